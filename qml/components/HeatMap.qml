import QtQuick
import QtQuick.Controls

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

    function colour(v) {
        if (v === null || v === undefined) return "#ECEFEE"
        const shades = ["#E0F2EE", "#C6E6DE", "#A9D8CC", "#8CC9BA", "#F3D9A6", "#EDBE79", "#E39E52", "#D27A3A", "#B85A2B", "#97401F", "#732D16"]
        return shades[Math.max(0, Math.min(10, v))]
    }

    Repeater {
        model: map.cells
        delegate: Rectangle {
            x: Math.floor(index / 7) * (map.cell + 1)
            y: (index % 7) * (map.cell + 1)
            width: map.cell
            height: map.cell
            radius: 1.5
            color: map.colour(modelData.emotional)
        }
    }
}
