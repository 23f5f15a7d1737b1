import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

// The lock screen. A wrong passphrase shows a message and changes nothing.
ScrollPage {
    id: page
    maxWidth: 460

    function submit() {
        message.text = app.unlock(passphrase.text)
        passphrase.text = ""
    }

    Component.onCompleted: passphrase.forceActiveFocus()

    LanguageSwitch { Layout.alignment: Qt.AlignRight }
    Item { Layout.preferredHeight: 40 }
    Label {
        text: qsTr("Saib")
        font.pixelSize: 40
        font.weight: Font.DemiBold
        color: "#004D40"
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: qsTr("Saib is locked. Enter your passphrase to open your private space.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: 16
        Layout.fillWidth: true
    }
    PassphraseField {
        id: passphrase
        objectName: "unlockPassphrase"
        placeholderText: qsTr("Passphrase")
        Layout.fillWidth: true
        onAccepted: page.submit()
    }
    FormMessage { id: message; objectName: "unlockMessage"; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "unlockButton"
        text: qsTr("Unlock")
        enabled: passphrase.text.length > 0
        Layout.fillWidth: true
        onClicked: page.submit()
    }
}
