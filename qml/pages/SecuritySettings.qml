import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Security: the passphrase, when Saib locks, remembering it on this
// device, and the recovery key. Argon2id runs on a worker thread (App.busy).
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("Security"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }

    // Argon2id (twice) and the backup's key derivation run on worker threads; the buttons
    // show their progress and the answers arrive through the Connections below.
    function changePassphrase() {
        if (App.busy) return
        result.text = ""
        App.startChangePassphrase(current.text, next.text, confirm.text)
    }
    Connections {
        target: App
        function onPassphraseChangeFinished(answer) {
            result.isError = !answer.ok
            result.text = !answer.ok ? answer.message : qsTr("Passphrase changed. Use the new one next time you unlock.")
            if (!result.isError) { current.text = ""; next.text = ""; confirm.text = "" }
        }
    }

    Label {
        text: qsTr("Change passphrase")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Your data stays as it is; only the lock on its key changes.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PassphraseField {
        id: current
        objectName: "currentPassphrase"
        placeholderText: qsTr("Current passphrase")
        Layout.fillWidth: true
    }
    PassphraseField {
        id: next
        objectName: "newPassphrase"
        placeholderText: qsTr("New passphrase (at least 8 characters)")
        Layout.fillWidth: true
    }
    StrengthMeter {
        visible: next.text.length > 0
        strength: App.passphraseStrength(next.text)
        Layout.fillWidth: true
    }
    PassphraseField {
        id: confirm
        objectName: "confirmPassphrase"
        placeholderText: qsTr("Type the new passphrase again")
        Layout.fillWidth: true
        onAccepted: page.changePassphrase()
    }
    FormMessage { id: result; objectName: "passphraseResult"; takesFocus: true; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "changePassphraseButton"
        text: App.busy ? qsTr("Changing the passphrase…") : qsTr("Change passphrase")
        enabled: !App.busy && current.text.length > 0 && next.text.length > 0
        Layout.fillWidth: true
        onClicked: page.changePassphrase()
    }

    Label {
        text: qsTr("Locking")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Saib locks itself after %n minute(s) without use.", "", App.autoLockMinutes)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [1, 5, 15, 30]
            delegate: ChoiceChip {
                id: autoLockChip
                required property var modelData
                objectName: "autoLock" + autoLockChip.modelData
                text: qsTr("%n min", "", autoLockChip.modelData)
                checked: App.autoLockMinutes === autoLockChip.modelData
                Accessible.name: qsTr("Lock after %n minute(s)", "", autoLockChip.modelData)
                onClicked: App.autoLockMinutes = autoLockChip.modelData
            }
        }
    }
    Label {
        text: qsTr("When you switch to another app")
        font.weight: Font.DemiBold
        Layout.topMargin: 6
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [0, 1, 5]
            delegate: ChoiceChip {
                id: graceChip
                required property var modelData
                objectName: "grace" + graceChip.modelData
                text: graceChip.modelData === 0 ? qsTr("Lock at once") : qsTr("Wait %n min", "", graceChip.modelData)
                checked: App.graceMinutes === graceChip.modelData
                Accessible.name: graceChip.modelData === 0 ? text
                                 : qsTr("Wait %n minute(s) before locking", "", graceChip.modelData)
                onClicked: App.graceMinutes = graceChip.modelData
            }
        }
    }
    Label {
        text: qsTr("A short wait means a quick look at another app does not ask for your passphrase again. The trade-off: for those minutes the key stays in protected memory, so anyone who picks up your unlocked phone gets in. Being idle still locks Saib as above.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SecondaryButton {
        Accessible.name: text
        objectName: "settingsLock"
        text: qsTr("Lock now")
        iconName: "lock"
        onClicked: App.lock()
    }
    ToggleSwitch {
        id: rememberSwitch
        objectName: "rememberOnDevice"
        text: qsTr("Remember on this device")
        checked: App.rememberOnDevice
        enabled: !App.rememberBusy
        Accessible.name: text
        Layout.fillWidth: true
        // The keychain answers asynchronously; the switch shows the stored state again
        // once it has (and stays put if the keychain refused).
        onToggled: App.setRememberOnDevice(checked)
    }
    Label {
        text: qsTr("Unlock without your passphrase on this computer: the key to your data is kept in the system keychain, so anyone who can use this user account can open Saib. Off by default; turning it off removes the key from the keychain.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: rememberMessage; objectName: "rememberMessage"; Layout.fillWidth: true }
    Connections {
        target: App
        function onRememberFinished(result) {
            rememberMessage.isError = !result.ok
            rememberMessage.text = !result.ok ? result.message
                : App.rememberOnDevice ? qsTr("Saib will open on this device without your passphrase.")
                                       : qsTr("The key has been removed from this device's keychain.")
            rememberSwitch.checked = Qt.binding(() => App.rememberOnDevice)
        }
    }
    RecoverySection { Layout.fillWidth: true }
}
