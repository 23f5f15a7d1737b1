import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → About: the version, what Saib keeps private, and (on request) where the
// encrypted data lives.
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("About"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    Label {
        text: qsTr("Saib %1").arg(App.version)
        font.weight: Font.DemiBold
    }
    Label {
        text: qsTr("A private place for school leaders to pause, notice and write. Everything you enter is encrypted on this device; sync, if you turn it on, passes only ciphertext between your own devices.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Where the encrypted files are: useful to IT or for a manual copy, not day to day.
    TextButton {
        id: whereButton
        objectName: "showDataFolder"
        property bool open: false
        text: open ? qsTr("Hide where the data is stored") : qsTr("Show where the data is stored")
        iconName: "info"
        onClicked: open = !open
    }
    Label {
        visible: whereButton.open
        text: qsTr("Stored encrypted in this folder:")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        visible: whereButton.open
        text: App.dataDir
        readOnly: true
        selectByMouse: true
        Layout.fillWidth: true
        Accessible.name: qsTr("Data folder")
    }
}
