import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Saib

// Shows the strength hint for a new passphrase: four bars and a sentence.
ColumnLayout {
    id: meter
    property int strength: 0
    readonly property var colours: [Theme.error, Theme.error, Theme.fair, Theme.success, Theme.goodText]
    spacing: 4
    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            model: 4
            delegate: Rectangle {
                id: segment
                required property int index
                Layout.fillWidth: true
                height: 6
                radius: 3
                color: segment.index < meter.strength ? meter.colours[meter.strength] : Theme.meterTrack
            }
        }
    }
    Label {
        objectName: "strengthLabel"
        // App.language is read so the label is re-read when the language changes.
        text: (App.language, App.strengthLabel(meter.strength))
        color: meter.colours[meter.strength]
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
