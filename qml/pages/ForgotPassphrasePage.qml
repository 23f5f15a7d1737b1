import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Lock screen → "Forgot your passphrase?": the recovery key, then a new passphrase.
// Only the key file changes; every check-in and entry stays as it was.
ScrollPage {
    id: page
    objectName: "forgotPassphrasePage"
    maxWidth: 520
    signal closed()

    // Argon2id runs off the UI thread (App.busy meanwhile); the answer comes back below.
    function submit() {
        if (App.busy) return
        message.text = ""
        Recovery.startResetPassphrase(keyField.text, passphrase.text, confirm.text)
    }

    Connections {
        target: Recovery
        function onResetFinished(result: opResult) {
            message.text = result.message
            if (result.ok) {
                keyField.text = ""; passphrase.text = ""; confirm.text = ""
                page.closed()
            }
        }
    }

    Component.onCompleted: keyField.forceActiveFocus()

    Label {
        text: qsTr("Forgot your passphrase?")
        font.pixelSize: Theme.px(28)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Type the recovery key you saved when you set up Saib (13 groups of 5), then choose a new passphrase. Your check-ins and journal stay as they are.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
    }
    NoteArea {
        id: keyField
        objectName: "recoveryKeyField"
        placeholderText: qsTr("Recovery key")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        font.family: "monospace"
        wrapMode: TextEdit.Wrap
        Accessible.name: placeholderText
        Layout.fillWidth: true
        // A typo is named (by group) as soon as the whole key is there.
        onTextChanged: keyCheck.text = text.replace(/[\s-]/g, "").length >= 65 ? Recovery.checkKey(text).message : ""
    }
    FormMessage { id: keyCheck; objectName: "recoveryKeyCheck"; Layout.fillWidth: true }
    PassphraseField {
        id: passphrase
        objectName: "recoveryNewPassphrase"
        placeholderText: qsTr("New passphrase (at least 8 characters)")
        Layout.fillWidth: true
        onAccepted: confirm.forceActiveFocus()
    }
    StrengthMeter {
        strength: App.passphraseStrength(passphrase.text)
        Layout.fillWidth: true
    }
    PassphraseField {
        id: confirm
        objectName: "recoveryNewConfirm"
        placeholderText: qsTr("Type it again")
        Layout.fillWidth: true
        onAccepted: page.submit()
    }
    FormMessage { id: message; objectName: "recoveryResetMessage"; takesFocus: true; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "recoveryReset"
        text: App.busy ? qsTr("Opening Saib…") : qsTr("Set the new passphrase and open Saib")
        busy: App.busy
        enabled: !App.busy && keyField.text.length > 0 && passphrase.text.length > 0
        Layout.fillWidth: true
        onClicked: page.submit()
    }
    TextButton {
        objectName: "recoveryBack"
        text: qsTr("Back to unlock")
        flat: true
        Accessible.name: text
        Layout.alignment: Qt.AlignHCenter
        onClicked: page.closed()
    }
}
