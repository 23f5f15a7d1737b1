import QtQuick
import QtQuick.Controls
import Saib

// A calendar heat map of emotional load: one column per week (Monday at the top), one
// cell per day; darker is heavier, pale grey is a day without a check-in. Month names
// run along the top (over the week holding the 1st) and Monday, Wednesday and Friday
// down the left, in the UI language (`uiLocale`).
Item {
    id: map
    property var cells: []   // [{day: "yyyy-MM-dd", emotional|null}], starting on a Monday
    property string summary: ""
    property var uiLocale: Qt.locale()
    readonly property int weeks: Math.ceil(cells.length / 7)
    readonly property real gutter: Math.max(mon.implicitWidth, wed.implicitWidth, fri.implicitWidth) + 6
    readonly property real topGutter: monthMetrics.height + 4
    readonly property real cell: Math.max(3, Math.min(14, (width - gutter - (weeks - 1)) / Math.max(1, weeks)))
    implicitHeight: topGutter + 7 * (cell + 1)

    Accessible.role: Accessible.Chart
    Accessible.description: summary

    function colour(v) { return Theme.heatColour(v) }

    // The weeks whose column holds the 1st of a month, labelled with the month's short name;
    // a name that would run into the one before is left out.
    readonly property var monthLabels: {
        const out = []
        let right = -Infinity
        for (let i = 0; i < cells.length; ++i) {
            const iso = cells[i].day
            if (!iso.endsWith("-01") && i !== 0) continue
            if (i === 0 && Number(iso.slice(8)) > 7) continue // a partial first month gets no name
            const text = map.uiLocale.standaloneMonthName(Number(iso.slice(5, 7)) - 1, Locale.ShortFormat)
            const x = map.gutter + Math.floor(i / 7) * (map.cell + 1)
            if (x < right + 4) continue
            out.push({ text: text, x: x })
            right = x + text.length * Theme.px(11) * 0.62
        }
        return out
    }

    Label { id: monthMetrics; visible: false; text: "M"; font.pixelSize: Theme.px(11) }
    Repeater {
        model: map.monthLabels
        delegate: Label {
            required property var modelData
            x: modelData.x
            y: 0
            text: modelData.text
            font.pixelSize: Theme.px(11)
            color: Theme.textMuted
        }
    }
    // Weekday names for rows 0, 2 and 4 (Monday, Wednesday, Friday), as GitHub-style maps do.
    Label {
        id: mon
        y: map.topGutter + 0 * (map.cell + 1) + (map.cell - height) / 2
        text: map.uiLocale.standaloneDayName(1, Locale.ShortFormat)
        font.pixelSize: Theme.px(11)
        color: Theme.textMuted
    }
    Label {
        id: wed
        y: map.topGutter + 2 * (map.cell + 1) + (map.cell - height) / 2
        text: map.uiLocale.standaloneDayName(3, Locale.ShortFormat)
        font.pixelSize: Theme.px(11)
        color: Theme.textMuted
    }
    Label {
        id: fri
        y: map.topGutter + 4 * (map.cell + 1) + (map.cell - height) / 2
        text: map.uiLocale.standaloneDayName(5, Locale.ShortFormat)
        font.pixelSize: Theme.px(11)
        color: Theme.textMuted
    }

    // One Canvas rather than a Rectangle per day: a year is 371 cells, and the page is
    // created as the store opens, inside the dashboard's 150 ms budget after unlock.
    Canvas {
        id: canvas
        x: map.gutter
        y: map.topGutter
        width: Math.max(1, map.weeks * (map.cell + 1))
        height: 7 * (map.cell + 1)
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            for (let i = 0; i < map.cells.length; ++i) {
                ctx.fillStyle = map.colour(map.cells[i].emotional)
                ctx.fillRect(Math.floor(i / 7) * (map.cell + 1), (i % 7) * (map.cell + 1), map.cell, map.cell)
            }
        }
    }
    onCellsChanged: canvas.requestPaint()
    onCellChanged: canvas.requestPaint()
    // Canvas pixels do not follow bindings: repaint when the theme changes.
    readonly property color emptyColour: Theme.heatColour(null)
    onEmptyColourChanged: canvas.requestPaint()
}
