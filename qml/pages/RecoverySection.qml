import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Recovery key: whether there is one, and "Make a new recovery key" (which
// shows it, like at setup, and makes the old one stop working).
ColumnLayout {
    spacing: 8

    Label {
        text: qsTr("Recovery key")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        objectName: "recoveryStatus"
        text: Recovery.status
        color: Recovery.hasKey ? Theme.textSecondary : Theme.warningText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Your passphrase and your recovery key each open your data. Nobody else can: not Saib, not your school, not IT.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SecondaryButton {
        objectName: "recoveryMakeNew"
        text: Recovery.hasKey ? qsTr("Make a new recovery key") : qsTr("Make a recovery key")
        Accessible.name: text
        onClicked: result.text = Recovery.makeNewKey().message
    }
    FormMessage { id: result; objectName: "recoveryMakeResult"; Layout.fillWidth: true }
}
