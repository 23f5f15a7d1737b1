import QtQuick
import Saib

// A calendar heat map of emotional load: one column per week (Monday at the top), one
// cell per day; darker is heavier, pale grey is a day without a check-in.
Item {
    id: map
    property var cells: []   // [{day, emotional|null}], starting on a Monday
    property string summary: ""
    readonly property int weeks: Math.ceil(cells.length / 7)
    readonly property real cell: Math.max(3, Math.min(14, (width - (weeks - 1)) / Math.max(1, weeks)))
    implicitHeight: 7 * (cell + 1)

    Accessible.role: Accessible.Chart
    Accessible.description: summary

    function colour(v) { return Theme.heatColour(v) }

    Repeater {
        model: map.cells
        delegate: Rectangle {
            id: dayCell
            required property var modelData
            required property int index
            x: Math.floor(dayCell.index / 7) * (map.cell + 1)
            y: (dayCell.index % 7) * (map.cell + 1)
            width: map.cell
            height: map.cell
            radius: 1.5
            color: map.colour(dayCell.modelData.emotional)
        }
    }
}
