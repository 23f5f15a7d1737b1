import QtQuick
import QtQuick.Controls
import Saib

// A small line chart drawn with Canvas. Each series is {label, color, values: [number|null]};
// nulls are gaps (no check-in), not zeros. Screen readers get `summary`, not the pixels.
// `bands`, parallel to the values, can shade school holidays ({holiday: true}) and put a bar
// along the top of marked weeks ({marked: true}); the caller says so in `summary`.
Item {
    id: chart
    property var series: []
    property real minValue: 0
    property real maxValue: 10
    property string startLabel: ""
    property string endLabel: ""
    property string summary: ""
    property string title: ""
    property var bands: []
    implicitHeight: 180

    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: summary

    onSeriesChanged: canvas.requestPaint()
    onBandsChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onMaxValueChanged: canvas.requestPaint()
    // Canvas pixels do not follow bindings: repaint when the theme changes.
    readonly property color gridColour: Theme.chartGrid
    onGridColourChanged: canvas.requestPaint()
    readonly property color holidayColour: Theme.holiday
    onHolidayColourChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        anchors.bottomMargin: 18
        anchors.leftMargin: 26
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const w = width, h = height
            const range = Math.max(0.0001, chart.maxValue - chart.minValue)
            const y = v => h - 4 - (v - chart.minValue) / range * (h - 8)
            // Holidays first, under the grid and the lines: one column per point.
            const nb = chart.bands.length
            if (nb > 0) {
                const bx = i => nb === 1 ? w / 2 : i * (w - 8) / (nb - 1) + 4
                const half = nb === 1 ? w / 2 : (w - 8) / (nb - 1) / 2
                for (let i = 0; i < nb; ++i) {
                    const b = chart.bands[i]
                    if (b && b.holiday) {
                        ctx.fillStyle = Theme.holiday
                        ctx.fillRect(Math.max(0, bx(i) - half), 0, 2 * half, h)
                    }
                    if (b && b.marked) {
                        ctx.fillStyle = Theme.markedWeek
                        ctx.fillRect(Math.max(0, bx(i) - half), 0, 2 * half, 4)
                    }
                }
            }
            // Grid: bottom, middle, top.
            ctx.strokeStyle = Theme.chartGrid
            ctx.lineWidth = 1
            for (const f of [0, 0.5, 1]) {
                const gy = Math.round(y(chart.minValue + f * range)) + 0.5
                ctx.beginPath(); ctx.moveTo(0, gy); ctx.lineTo(w, gy); ctx.stroke()
            }
            for (const s of chart.series) {
                const n = s.values.length
                if (n === 0) continue
                const x = i => n === 1 ? w / 2 : i * (w - 8) / (n - 1) + 4
                ctx.strokeStyle = s.color
                ctx.fillStyle = s.color
                ctx.lineWidth = 2.5
                let drawing = false
                ctx.beginPath()
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i]
                    if (v === null || v === undefined || isNaN(v)) { drawing = false; continue }
                    if (!drawing) ctx.moveTo(x(i), y(v)); else ctx.lineTo(x(i), y(v))
                    drawing = true
                }
                ctx.stroke()
                // Dots make lone points (a single check-in in a week) visible.
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i]
                    if (v === null || v === undefined || isNaN(v)) continue
                    ctx.beginPath(); ctx.arc(x(i), y(v), 2.5, 0, 2 * Math.PI); ctx.fill()
                }
            }
        }
    }
    Label { x: 0; y: 0; text: chart.maxValue; font.pixelSize: Theme.px(11); color: Theme.textMuted }
    Label { x: 0; y: canvas.height - height; text: chart.minValue; font.pixelSize: Theme.px(11); color: Theme.textMuted }
    Label { x: canvas.x; anchors.bottom: parent.bottom; text: chart.startLabel; font.pixelSize: Theme.px(11); color: Theme.textMuted }
    Label { anchors.right: parent.right; anchors.bottom: parent.bottom; text: chart.endLabel; font.pixelSize: Theme.px(11); color: Theme.textMuted }
}
