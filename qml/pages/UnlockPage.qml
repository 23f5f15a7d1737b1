import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The lock screen. A wrong passphrase shows a message and changes nothing. The passphrase
// is checked on a worker thread (Argon2id takes about a second): meanwhile the page shows
// "Unlocking…" with a spinner, and nothing can be submitted twice.
ScrollPage {
    id: page
    maxWidth: 460
    signal forgotPassphrase()

    function submit() {
        if (App.busy || passphrase.text.length === 0) return
        message.text = ""
        App.startUnlock(passphrase.text)
        passphrase.text = ""
    }

    Component.onCompleted: passphrase.forceActiveFocus()

    Connections {
        target: App
        function onRememberFinished(result) { message.text = result.message }
        function onUnlockFinished(result) {
            message.text = result.message
            if (!result.ok) passphrase.forceActiveFocus()
        }
    }

    LanguageSwitch { Layout.alignment: Qt.AlignRight }
    Item { Layout.preferredHeight: 40 }
    Label {
        text: qsTr("Saib")
        font.pixelSize: Theme.px(40)
        font.weight: Font.DemiBold
        color: Theme.heading
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: qsTr("Saib is locked. Enter your passphrase to open your private space.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
    }
    // "Remember on this device" is on: one tap, no passphrase (never automatic, or the
    // auto-lock would be undone the moment it happened).
    PrimaryButton {
        objectName: "unlockRemembered"
        visible: App.rememberOnDevice
        text: qsTr("Unlock on this device")
        enabled: !App.rememberBusy && !App.busy
        Layout.fillWidth: true
        onClicked: { message.text = ""; App.unlockRemembered() }
    }
    Label {
        visible: App.rememberOnDevice
        text: qsTr("Or use your passphrase:")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    PassphraseField {
        id: passphrase
        objectName: "unlockPassphrase"
        placeholderText: qsTr("Passphrase")
        enabled: !App.busy
        Layout.fillWidth: true
        onAccepted: page.submit()
    }
    FormMessage { id: message; objectName: "unlockMessage"; takesFocus: true; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "unlockButton"
        text: App.busy ? qsTr("Unlocking…") : qsTr("Unlock")
        busy: App.busy
        enabled: !App.busy && passphrase.text.length > 0
        Layout.fillWidth: true
        onClicked: page.submit()
    }
    TextButton {
        objectName: "forgotPassphrase"
        text: qsTr("Forgot your passphrase?")
        flat: true
        Accessible.name: text
        enabled: !App.busy
        Layout.alignment: Qt.AlignHCenter
        onClicked: page.forgotPassphrase()
    }
}
