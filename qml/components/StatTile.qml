import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// One figure of "this week at a glance" with the four weeks before it for comparison.
Rectangle {
    id: tile
    property string label: ""
    property var value: null
    property var previous: null
    property string unit: ""
    property int decimals: 1
    readonly property string valueText: value === null || value === undefined ? "–" : Number(value).toLocaleString(Qt.locale(), "f", decimals) + unit
    readonly property string previousText: previous === null || previous === undefined ? "–" : Number(previous).toLocaleString(Qt.locale(), "f", decimals) + unit
    implicitWidth: 150
    implicitHeight: column.implicitHeight + 20
    radius: 10
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + valueText + ". " + qsTr("Previous four weeks: %1").arg(previousText)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 2
        Label { text: tile.label; color: Theme.textMuted; font.pixelSize: Theme.px(13); wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { text: tile.valueText; font.pixelSize: Theme.px(24); font.weight: Font.DemiBold; color: Theme.heading }
        Label { text: qsTr("4 weeks before: %1").arg(tile.previousText); color: Theme.textMuted; font.pixelSize: Theme.px(12); wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
