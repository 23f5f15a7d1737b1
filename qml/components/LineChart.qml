import QtQuick
import QtQuick.Controls
import Saib

// A small line chart drawn with Canvas. Each series is {label, color, values: [number|null]}
// with optional `lows` and `highs` (parallel to values): a shaded band, e.g. the lowest and
// highest day of each week around the weekly mean. Nulls are gaps (no check-in), not zeros:
// no line and no band is drawn through them, except that a run of at most `bridge` missing
// points between two real ones (a weekend in a daily view) is joined by a thin dashed line,
// so a weekday-only leader's four weeks do not fall apart into dots.
// Screen readers get `summary` (Accessible.description), not the pixels.
// `bands`, parallel to the values, can shade school holidays ({holiday: true}) and put a bar
// along the top of marked weeks ({marked: true}); the caller says so in `summary`.
// `xLabels` ([{index, text}]) label the x axis (months, or Mondays in a daily view); a label
// that would overlap the one before is left out.
Item {
    id: chart
    property var series: []
    property real minValue: 0
    property real maxValue: 10
    property string summary: ""
    property string title: ""
    property var bands: []
    property var xLabels: []
    property int bridge: 0
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

    readonly property int pointCount: series.length > 0 && series[0].values ? series[0].values.length : bands.length
    // The x of point i inside the canvas (the same rule for lines, bands and labels).
    function xAt(i, n, w) { return n <= 1 ? w / 2 : i * (w - 8) / (n - 1) + 4 }
    function isGap(v) { return v === null || v === undefined || isNaN(v) }
    function axisNumber(v) { return Number(v).toLocaleString(Qt.locale(), "f", 0) }

    Canvas {
        id: canvas
        anchors.fill: parent
        anchors.bottomMargin: 18
        anchors.leftMargin: 28
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const w = width, h = height
            const range = Math.max(0.0001, chart.maxValue - chart.minValue)
            const y = v => h - 4 - (Math.max(chart.minValue, Math.min(chart.maxValue, v)) - chart.minValue) / range * (h - 8)
            // Holidays first, under the grid and the lines: one column per point.
            const nb = chart.bands.length
            if (nb > 0) {
                const half = nb === 1 ? w / 2 : (w - 8) / (nb - 1) / 2
                for (let i = 0; i < nb; ++i) {
                    const b = chart.bands[i]
                    if (b && b.holiday) {
                        ctx.fillStyle = Theme.holiday
                        ctx.fillRect(Math.max(0, chart.xAt(i, nb, w) - half), 0, 2 * half, h)
                    }
                    if (b && b.marked) {
                        ctx.fillStyle = Theme.markedWeek
                        ctx.fillRect(Math.max(0, chart.xAt(i, nb, w) - half), 0, 2 * half, 4)
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
                const x = i => chart.xAt(i, n, w)
                // The band: one filled shape per run of points that have one; a lone
                // point's band is a short whisker.
                if (s.lows && s.highs) {
                    ctx.fillStyle = s.color
                    ctx.strokeStyle = s.color
                    ctx.globalAlpha = 0.2
                    for (let i = 0; i < n; ++i) {
                        if (chart.isGap(s.lows[i]) || chart.isGap(s.highs[i])) continue
                        let j = i
                        while (j + 1 < n && !chart.isGap(s.lows[j + 1]) && !chart.isGap(s.highs[j + 1])) ++j
                        if (j === i) {
                            ctx.globalAlpha = 0.35
                            ctx.lineWidth = 5
                            ctx.beginPath(); ctx.moveTo(x(i), y(s.lows[i])); ctx.lineTo(x(i), y(s.highs[i])); ctx.stroke()
                            ctx.globalAlpha = 0.2
                        } else {
                            ctx.beginPath()
                            ctx.moveTo(x(i), y(s.highs[i]))
                            for (let k = i + 1; k <= j; ++k) ctx.lineTo(x(k), y(s.highs[k]))
                            for (let k = j; k >= i; --k) ctx.lineTo(x(k), y(s.lows[k]))
                            ctx.closePath()
                            ctx.fill()
                        }
                        i = j
                    }
                    ctx.globalAlpha = 1
                }
                ctx.strokeStyle = s.color
                ctx.fillStyle = s.color
                ctx.lineWidth = 2.5
                ctx.lineJoin = "round"
                let drawing = false
                let last = -1 // the last real point, for bridging a short gap
                ctx.beginPath()
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i]
                    if (chart.isGap(v)) { drawing = false; continue }
                    if (!drawing) ctx.moveTo(x(i), y(v)); else ctx.lineTo(x(i), y(v))
                    drawing = true
                    last = i
                }
                ctx.stroke()
                // Short gaps (at most `bridge` missing points): a thin dashed join, its
                // dashes drawn as short segments.
                if (chart.bridge > 0) {
                    ctx.lineWidth = 1.5
                    let prev = -1
                    for (let i = 0; i < n; ++i) {
                        if (chart.isGap(s.values[i])) continue
                        if (prev >= 0 && i - prev > 1 && i - prev - 1 <= chart.bridge) {
                            const x1 = x(prev), y1 = y(s.values[prev]), x2 = x(i), y2 = y(s.values[i])
                            const len = Math.hypot(x2 - x1, y2 - y1), steps = Math.max(1, Math.floor(len / 6))
                            ctx.beginPath()
                            for (let k = 0; k < steps; k += 2) {
                                const a = k / steps, b = Math.min(1, (k + 1) / steps)
                                ctx.moveTo(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a)
                                ctx.lineTo(x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)
                            }
                            ctx.stroke()
                        }
                        prev = i
                    }
                }
                // Dots mark points with no line on either side (a lone week's check-ins).
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i]
                    if (chart.isGap(v)) continue
                    const joined = (i > 0 && !chart.isGap(s.values[i - 1])) || (i + 1 < n && !chart.isGap(s.values[i + 1]))
                    ctx.beginPath(); ctx.arc(x(i), y(v), joined ? 2 : 3, 0, 2 * Math.PI); ctx.fill()
                }
            }
        }
    }
    Label { x: 0; y: 0; text: chart.axisNumber(chart.maxValue); font.pixelSize: Theme.px(11); color: Theme.textMuted }
    Label {
        x: 0; y: (canvas.height - height) / 2
        text: chart.axisNumber((chart.minValue + chart.maxValue) / 2)
        font.pixelSize: Theme.px(11); color: Theme.textMuted
    }
    Label { x: 0; y: canvas.height - height; text: chart.axisNumber(chart.minValue); font.pixelSize: Theme.px(11); color: Theme.textMuted }
    // x-axis labels, centred on their point and kept inside the chart; one that would touch
    // the label before it is hidden (a year of month names on a phone).
    Item {
        id: xAxis
        x: canvas.x
        width: canvas.width
        anchors.bottom: parent.bottom
        height: 16
        readonly property var placed: {
            const out = []
            let right = -Infinity
            for (const l of chart.xLabels) {
                const wEst = l.text.length * Theme.px(11) * 0.58
                const left = Math.max(0, Math.min(xAxis.width - wEst, chart.xAt(l.index, chart.pointCount, xAxis.width) - wEst / 2))
                if (left < right + 3) continue
                out.push({ text: l.text, x: left })
                right = left + wEst
            }
            return out
        }
        Repeater {
            model: xAxis.placed
            delegate: Label {
                required property var modelData
                x: modelData.x
                anchors.bottom: parent.bottom
                text: modelData.text
                font.pixelSize: Theme.px(11)
                color: Theme.textMuted
            }
        }
    }
}
