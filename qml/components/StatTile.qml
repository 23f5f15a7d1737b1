import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// One figure of "this week at a glance" against the four weeks before it: the value with
// its unit, an arrow for the direction, and the verdict (better / worse, worked out in
// core/insights/Change with the metric's polarity) as colour AND a word, so colour is
// never the only signal. Screen readers hear the whole comparison in one sentence.
Rectangle {
    id: tile
    property string label: ""
    property var value: null
    property var previous: null
    // "scale" (0-10), "hours" (a mean per day checked in) or "percent" (strategic share).
    property string kind: "scale"
    property var change: null // {direction: up|down|same|none, verdict: better|worse|same|unknown}
    readonly property int decimals: kind === "percent" ? 0 : 1
    readonly property bool hasValue: value !== null && value !== undefined
    readonly property bool hasPrevious: previous !== null && previous !== undefined
    function num(v) { return Number(v).toLocaleString(Qt.locale(), "f", tile.decimals) }
    readonly property string valueText: !hasValue ? "–" : num(value) + (kind === "percent" ? "%" : "")
    readonly property string unitText: !hasValue ? "" : kind === "hours" ? qsTr("h a day") : kind === "scale" ? qsTr("/ 10") : qsTr("of the day")
    readonly property string previousText: !hasPrevious ? "–"
        : kind === "hours" ? qsTr("%1 h").arg(num(previous)) : num(previous) + (kind === "percent" ? "%" : "")
    readonly property string direction: change ? change.direction : "none"
    readonly property string verdict: change ? change.verdict : "unknown"
    readonly property string arrow: direction === "up" ? "▲" : direction === "down" ? "▼" : direction === "same" ? "=" : ""
    readonly property string verdictText: verdict === "better" ? qsTr("better") : verdict === "worse" ? qsTr("worse")
                                          : verdict === "same" ? qsTr("about the same") : ""
    readonly property color verdictColour: verdict === "better" ? Theme.goodText : verdict === "worse" ? Theme.warningText : Theme.textSecondary
    readonly property string changeText: {
        if (tile.direction === "none" || !tile.change) return ""
        if (tile.direction === "same") return tile.arrow + " " + tile.verdictText
        return tile.arrow + " " + Number(Math.abs(tile.change.delta)).toLocaleString(Qt.locale(), "f", tile.decimals)
               + " · " + tile.verdictText
    }
    // The value as it is said: "6.0 out of 10", "12.5 hours a day", "20% of the day".
    function spoken(v) {
        return kind === "hours" ? qsTr("%1 hours a day").arg(num(v))
             : kind === "percent" ? qsTr("%1% of the day").arg(num(v)) : qsTr("%1 out of 10").arg(num(v))
    }
    readonly property string spokenChange: {
        if (!hasValue) return qsTr("No check-ins this week.")
        if (!hasPrevious) return qsTr("No figure for the four weeks before.")
        const before = spoken(previous)
        if (direction === "up") return verdict === "better" ? qsTr("Up from %1 in the four weeks before, which is better.").arg(before)
                                                            : qsTr("Up from %1 in the four weeks before, which is worse.").arg(before)
        if (direction === "down") return verdict === "better" ? qsTr("Down from %1 in the four weeks before, which is better.").arg(before)
                                                              : qsTr("Down from %1 in the four weeks before, which is worse.").arg(before)
        return qsTr("About the same as the four weeks before (%1).").arg(before)
    }
    implicitWidth: 150
    implicitHeight: column.implicitHeight + 20
    radius: 10
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + (hasValue ? spoken(value) : "–") + ". " + spokenChange

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 2
        Label { text: tile.label; color: Theme.textMuted; font.pixelSize: Theme.px(13); elide: Text.ElideRight; Layout.fillWidth: true }
        Row {
            spacing: 4
            Label { id: big; text: tile.valueText; font.pixelSize: Theme.px(24); font.weight: Font.DemiBold; color: Theme.heading }
            Label {
                text: tile.unitText
                color: Theme.textSecondary
                font.pixelSize: Theme.px(13)
                anchors.baseline: big.baseline
            }
        }
        Label {
            objectName: "tileChange"
            visible: text.length > 0
            text: tile.changeText
            color: tile.verdictColour
            font.pixelSize: Theme.px(13)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("4 weeks before: %1").arg(tile.previousText)
            color: Theme.textMuted
            font.pixelSize: Theme.px(12)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
