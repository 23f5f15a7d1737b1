import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Colour keys for a chart.
Flow {
    property var items: []
    Layout.fillWidth: true
    spacing: 14
    Repeater {
        model: parent.items
        delegate: Row {
            id: key
            required property var modelData
            spacing: 6
            Rectangle { width: 14; height: 14; radius: 3; color: key.modelData.colour; anchors.verticalCenter: parent.verticalCenter }
            Label { text: key.modelData.label; font.pixelSize: Theme.px(13) }
        }
    }
}
