import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// First run: choose the passphrase that encrypts everything on this device.
ScrollPage {
    id: page
    maxWidth: 520

    // Argon2id runs on a worker thread: "Creating…" meanwhile, and no second submit.
    function submit() {
        if (App.busy) return
        message.text = ""
        Recovery.startSetUpVault(passphrase.text, confirm.text)
    }

    Connections {
        target: Recovery
        function onSetUpFinished(result) {
            message.text = result.message
            if (result.ok) { passphrase.text = ""; confirm.text = "" }
        }
    }

    LanguageSwitch { Layout.alignment: Qt.AlignRight }
    Label {
        text: qsTr("Welcome to Saib")
        font.pixelSize: Theme.px(30)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("A private place to pause: a 30-second daily check-in and room to reflect. Everything stays encrypted on this device.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Choose a passphrase")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 12
    }
    PassphraseField {
        id: passphrase
        objectName: "setupPassphrase"
        placeholderText: qsTr("Passphrase (at least 8 characters)")
        enabled: !App.busy
        Layout.fillWidth: true
        onAccepted: confirm.forceActiveFocus()
    }
    // Held back until the first keystroke: an empty form is not an error.
    StrengthMeter {
        objectName: "setupStrength"
        visible: passphrase.edited
        strength: App.passphraseStrength(passphrase.text)
        Layout.fillWidth: true
    }
    PassphraseField {
        id: confirm
        objectName: "setupConfirm"
        placeholderText: qsTr("Type it again")
        accessibleLabel: qsTr("Type the passphrase again")
        enabled: !App.busy
        Layout.fillWidth: true
        onAccepted: page.submit()
    }
    Label {
        objectName: "setupMismatch"
        visible: confirm.edited && confirm.text.length >= passphrase.text.length
                 && confirm.text !== passphrase.text
        text: qsTr("The two passphrases are not the same yet.")
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("A few unrelated words make a strong passphrase that is easy to remember.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: warning.implicitHeight + 24
        radius: 8
        color: Theme.noticeBackground
        border.color: Theme.noticeBorder
        Label {
            id: warning
            anchors.fill: parent
            anchors.margins: 12
            text: qsTr("Next, Saib gives you a recovery key to save or print: the only way back in if you forget this passphrase. Nobody else can reset it: not Saib, not your school, not IT.")
            wrapMode: Text.Wrap
            color: Theme.noticeText
        }
    }
    Label {
        text: qsTr("Your school year (optional)")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 12
    }
    Label {
        text: qsTr("Pick the term dates your school follows, so Saib can tell you which week of term it is. You can skip this and change it any time in Settings.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ComboBox {
        id: authority
        objectName: "setupAuthority"
        model: Calendar.authorities
        textRole: "name"
        valueRole: "id"
        enabled: !App.busy
        Layout.fillWidth: true
        onActivated: Calendar.chooseAuthorityForSetup(currentValue)
        Accessible.name: qsTr("Term dates")
        Binding { target: authority.contentItem; property: "Accessible.name"; value: authority.Accessible.name }
    }
    FormMessage { id: message; objectName: "setupMessage"; takesFocus: true; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "setupCreate"
        text: App.busy ? qsTr("Creating your private space…") : qsTr("Create my private space")
        busy: App.busy
        enabled: !App.busy
        Layout.fillWidth: true
        onClicked: page.submit()
    }
}
