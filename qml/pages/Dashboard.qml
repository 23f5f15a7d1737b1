import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The dashboard: support first when load has stayed high, then this week's rating if
// due, this week at a glance, demands against resources, trends, the six domains, what
// helps, the year at a glance and skills gaps. Every chart has a text summary.
ScrollPage {
    id: dash
    maxWidth: Theme.contentWidth
    signal openSkills()
    signal openNational()

    readonly property var d: Insights.dashboard
    readonly property var rating: Insights.thisWeeksRating
    readonly property var metrics: [
        { id: "demand", label: qsTr("Demand"), max: 10, colour: Theme.chartDemand },
        { id: "emotional", label: qsTr("Emotional load"), max: 10, colour: Theme.chartEmotional },
        { id: "energy", label: qsTr("Energy"), max: 10, colour: Theme.chartEnergy },
        { id: "hours", label: qsTr("Hours worked"), max: 16, colour: Theme.chartHours },
        { id: "strategic", label: qsTr("Strategic share"), max: 100, colour: Theme.chartStrategic }
    ]
    property int metricIndex: 0

    function values(points, key) { return (points || []).map(p => p[key || "value"]) }
    function fmt(v) { return v === null || v === undefined ? "–" : Number(v).toLocaleString(Qt.locale(), "f", 1) }
    function rangeLabel(points) {
        if (!points || points.length === 0) return ["", ""]
        const loc = Qt.locale(App.language === "cy" ? "cy_GB" : "en_GB")
        const f = s => Date.fromLocaleString(Qt.locale("en_GB"), s, "yyyy-MM-dd").toLocaleDateString(loc, "d MMM")
        return [f(points[0].from), f(points[points.length - 1].to)]
    }
    function seriesSummary(label, points) {
        const vs = values(points).filter(v => v !== null && v !== undefined)
        if (vs.length === 0) return qsTr("%1: no check-ins in this period.").arg(label)
        const mean = vs.reduce((a, b) => a + b, 0) / vs.length
        return qsTr("%1: latest %2, average %3, lowest %4, highest %5.")
            .arg(label).arg(fmt(vs[vs.length - 1])).arg(fmt(mean)).arg(fmt(Math.min(...vs))).arg(fmt(Math.max(...vs)))
    }

    // The school year under a chart's points, when the leader follows an authority's dates.
    function termBands(points) {
        if (Calendar.authority.length === 0 || !points) return []
        return points.map(p => Calendar.spanContext(p.from, p.to))
    }
    // Says in words what the shading shows (screen readers get no pixels).
    function termNote(points, bands) {
        if (bands.length === 0 || !points || points.length !== bands.length) return "" // mid-update
        const holidays = bands.filter(b => b.holiday).length
        const marked = [] // consecutive marked points as one span: "28 Nov–30 Nov"
        for (let i = 0; i < bands.length; ++i) {
            if (!bands[i].marked) continue
            let j = i
            while (j + 1 < bands.length && bands[j + 1].marked) ++j
            marked.push(rangeLabel([points[i], points[j]]).join("–"))
            i = j
        }
        let text = qsTr("Shaded columns are school holidays (%1 of the %2 periods shown).").arg(holidays).arg(bands.length)
        if (marked.length > 0)
            text += " " + qsTr("A bar along the top marks your marked weeks: %1.").arg(marked.join(", "))
        return text
    }

    Component.onCompleted: Insights.refresh()

    Label {
        text: qsTr("Your trends")
        font.pixelSize: Theme.px(26)
        font.weight: Font.DemiBold
        color: Theme.heading
    }
    Label {
        objectName: "dashboardSummary"
        text: Insights.summary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    SupportCard { visible: Insights.showSupport; Layout.fillWidth: true }
    RatingCard { visible: Insights.ratingDue; Layout.fillWidth: true }
    TermCard { objectName: "termCard"; Layout.fillWidth: true }
    Button {
        id: nationalLink
        objectName: "openNational"
        text: qsTr("You are not alone: how leaders nationally are doing")
        flat: true
        // A long link wraps rather than widening the page.
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        contentItem: Label {
            text: nationalLink.text
            wrapMode: Text.Wrap
            color: Theme.heading
            font.underline: true
        }
        Accessible.name: text
        onClicked: dash.openNational()
    }

    TabBar {
        id: rangeBar
        objectName: "rangeBar"
        Layout.fillWidth: true
        currentIndex: Insights.range === "4w" ? 0 : Insights.range === "3m" ? 1 : 2
        TabButton { objectName: "range4w"; text: qsTr("4 weeks"); onClicked: Insights.range = "4w"; Accessible.name: text }
        TabButton { objectName: "range3m"; text: qsTr("3 months"); onClicked: Insights.range = "3m"; Accessible.name: text }
        TabButton { objectName: "range1y"; text: qsTr("Year"); onClicked: Insights.range = "1y"; Accessible.name: text }
    }

    SectionTitle { text: qsTr("This week at a glance") }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: dash.metrics
            delegate: StatTile {
                id: metricTile
                required property var modelData
                width: dash.width > 700 ? 160 : (dash.width - 48) / 2
                label: metricTile.modelData.label
                value: dash.d.week ? dash.d.week.thisWeek[metricTile.modelData.id] : null
                previous: dash.d.week ? dash.d.week.previousFourWeeks[metricTile.modelData.id] : null
                unit: metricTile.modelData.id === "strategic" ? "%" : ""
                decimals: metricTile.modelData.id === "strategic" ? 0 : 1
            }
        }
    }

    SectionTitle { text: qsTr("Demands and resources") }
    Label {
        text: qsTr("Demands: the average of demand and emotional load. Resources: energy, with support from the people and things that sustained you.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    LineChart {
        id: jdrChart
        objectName: "jdrChart"
        Layout.fillWidth: true
        title: qsTr("Demands and resources")
        series: dash.d.jdr ? [
            { label: qsTr("Demands"), color: Theme.chartDemand, values: dash.values(dash.d.jdr.points, "demands") },
            { label: qsTr("Resources"), color: Theme.chartEnergy, values: dash.values(dash.d.jdr.points, "resources") }
        ] : []
        startLabel: dash.d.jdr ? dash.rangeLabel(dash.d.jdr.points)[0] : ""
        endLabel: dash.d.jdr ? dash.rangeLabel(dash.d.jdr.points)[1] : ""
        bands: (App.language, Calendar.markedWeeks, dash.termBands(dash.d.jdr ? dash.d.jdr.points : []))
        summary: dash.d.jdr ? dash.seriesSummary(qsTr("Demands"), dash.d.jdr.points.map(p => ({ value: p.demands })))
                              + " " + dash.seriesSummary(qsTr("Resources"), dash.d.jdr.points.map(p => ({ value: p.resources })))
                              + (jdrChart.bands.length > 0 ? " " + dash.termNote(dash.d.jdr.points, jdrChart.bands) : "") : ""
    }
    Legend { items: [{ label: qsTr("Demands"), colour: Theme.chartDemand }, { label: qsTr("Resources"), colour: Theme.chartEnergy }] }
    Label {
        objectName: "gapWarning"
        visible: dash.d.jdr ? dash.d.jdr.widening : false
        text: qsTr("The gap is widening: demands have pulled ahead of your resources over this period.")
        color: Theme.warningText
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionTitle { text: qsTr("Trends") }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: dash.metrics
            delegate: ChoiceChip {
                id: metricChip
                required property var modelData
                required property int index
                objectName: "metric_" + metricChip.modelData.id
                text: metricChip.modelData.label
                checked: dash.metricIndex === metricChip.index
                onClicked: dash.metricIndex = metricChip.index
            }
        }
    }
    LineChart {
        id: trendChart
        objectName: "trendChart"
        Layout.fillWidth: true
        readonly property var m: dash.metrics[dash.metricIndex]
        readonly property var points: dash.d.trends ? dash.d.trends[m.id] : []
        title: m.label
        maxValue: m.max
        series: [{ label: m.label, color: m.colour, values: dash.values(points) }]
        startLabel: dash.rangeLabel(points)[0]
        endLabel: dash.rangeLabel(points)[1]
        bands: (App.language, Calendar.markedWeeks, dash.termBands(points))
        summary: dash.seriesSummary(m.label, points) + (trendTermNote.text.length > 0 ? " " + trendTermNote.text : "")
    }
    Label {
        id: trendTermNote
        objectName: "trendTermNote"
        visible: text.length > 0
        text: dash.termNote(trendChart.points, trendChart.bands)
        color: Theme.textSecondary
        font.pixelSize: Theme.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionTitle { text: qsTr("The six domains") }
    Label {
        objectName: "domainPattern"
        visible: dash.d.purposeWithoutCare === true
        text: qsTr("You rate purpose and belonging highly, but feeling valued and cared for low. Leaders who left headship often described this pattern: it is worth talking about with someone you trust.")
        color: Theme.warningText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Positioners, not Layouts, around Repeaters whose models change on every refresh:
    // Qt 6.4 Layouts can touch deleted delegates during a resize.
    Grid {
        id: domainGrid
        Layout.fillWidth: true
        columns: dash.width > 700 ? 3 : 2
        columnSpacing: 12
        rowSpacing: 8
        Repeater {
            model: 6
            delegate: Column {
                id: domainCell
                required property int index
                readonly property var domain: (dash.d.domains || [])[domainCell.index]
                width: (domainGrid.width - (domainGrid.columns - 1) * domainGrid.columnSpacing) / domainGrid.columns
                spacing: 0
                Label {
                    width: parent.width
                    text: domainCell.domain ? domainCell.domain.label + " · " + dash.fmt(domainCell.domain.recentMean) : ""
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                LineChart {
                    width: parent.width
                    height: 70
                    minValue: 1
                    maxValue: 5
                    title: domainCell.domain ? domainCell.domain.label : ""
                    series: domainCell.domain ? [{ label: domainCell.domain.label, color: Theme.chartHours, values: dash.values(domainCell.domain.points) }] : []
                    summary: domainCell.domain ? dash.seriesSummary(domainCell.domain.label, domainCell.domain.points) : ""
                }
            }
        }
    }
    Button {
        Accessible.name: text
        objectName: "rateThisWeek"
        visible: !Insights.ratingDue
        text: dash.rating.scores ? qsTr("Change this week's rating") : qsTr("Rate this week")
        flat: true
        onClicked: ratingPopup.open()
    }

    SectionTitle { text: qsTr("What helps") }
    Label {
        visible: (dash.d.whatHelps || []).length === 0
        text: qsTr("After a few weeks of check-ins, this shows how your emotional load differs on days with and without each thing you tag. Each needs at least 5 days with it and 5 without.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Two short ranked lists rather than sentences: a tag label is never embedded in a
    // sentence (in Welsh it would follow a word that mutates it), and a list reads as a
    // comparison of days, not as a claim that the tag causes the change.
    Repeater {
        model: [
            { id: "lifts", title: qsTr("Lifts you"), colour: Theme.goodText,
              effects: (dash.d.whatHelps || []).filter(e => e.difference < 0)
                           .sort((a, b) => a.difference - b.difference).slice(0, 5) },
            { id: "weighs", title: qsTr("Weighs on you"), colour: Theme.warningText,
              effects: (dash.d.whatHelps || []).filter(e => e.difference > 0)
                           .sort((a, b) => b.difference - a.difference).slice(0, 5) }
        ]
        delegate: Column {
            id: helpList
            required property var modelData
            visible: helpList.modelData.effects.length > 0
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: helpList.modelData.title
                font.weight: Font.DemiBold
                color: helpList.modelData.colour
            }
            Repeater {
                model: helpList.modelData.effects
                delegate: RowLayout {
                    id: helpRow
                    required property var modelData
                    required property int index
                    objectName: helpList.modelData.id + helpRow.index
                    width: helpList.width
                    spacing: 8
                    Accessible.role: Accessible.StaticText
                    Accessible.name: helpRowLabel.text + ": " + helpRowFigure.text
                    Label {
                        id: helpRowLabel
                        text: helpRow.modelData.label
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        id: helpRowFigure
                        text: (helpRow.modelData.difference < 0
                               ? qsTr("load %1 lower on %n day(s)", "", helpRow.modelData.daysWith)
                               : qsTr("load %1 higher on %n day(s)", "", helpRow.modelData.daysWith))
                              .arg(dash.fmt(Math.abs(helpRow.modelData.difference)))
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
    Label {
        visible: (dash.d.whatHelps || []).length > 0
        objectName: "whatHelpsCaveat"
        text: qsTr("Emotional load on the days you used each tag, against the days you did not. These are associations, not causes: a tag may simply come with a different kind of day.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionTitle { text: qsTr("Your year") }
    HeatMap {
        objectName: "heatMap"
        Layout.fillWidth: true
        cells: dash.d.heatmap || []
        summary: qsTr("A calendar of emotional load over the last year, one square per day.")
    }
    Legend { items: [{ label: qsTr("Light load"), colour: Theme.heatColour(1) }, { label: qsTr("Heavy load"), colour: Theme.heatColour(9) }, { label: qsTr("No check-in"), colour: Theme.heatColour(null) }] }

    SectionTitle { text: qsTr("Leadership skills") }
    Label {
        visible: (dash.d.skills || []).length === 0
        text: qsTr("Once a term, rate how important each leadership skill is to you and how confident you feel in it. The gaps show where development would help most.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Column {
        id: skillList
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: (dash.d.skills || []).slice(0, 6)
            delegate: Column {
                id: skillRow
                required property var modelData
                width: skillList.width
                spacing: 2
                Label { width: parent.width; text: skillRow.modelData.label; wrapMode: Text.Wrap }
                Row {
                    spacing: 8
                    Rectangle {
                        width: Math.max(4, Math.abs(skillRow.modelData.gap) / 9 * (skillList.width * 0.5))
                        height: 10
                        radius: 3
                        color: skillRow.modelData.gap > 0 ? Theme.gapAbove : Theme.gapBelow
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Label {
                        text: qsTr("gap %1").arg(skillRow.modelData.gap)
                              + (skillRow.modelData.previousGap === null || skillRow.modelData.previousGap === undefined ? ""
                                 : " · " + qsTr("was %1").arg(skillRow.modelData.previousGap))
                        color: Theme.textSecondary
                        font.pixelSize: Theme.px(13)
                    }
                }
            }
        }
    }
    Button {
        Accessible.name: text
        objectName: "openSkills"
        text: (dash.d.skills || []).length === 0 ? qsTr("Start the skills self-assessment") : qsTr("Assess your skills again")
        onClicked: dash.openSkills()
    }

    Popup {
        id: ratingPopup
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 520)
        modal: true
        padding: 0
        RatingCard { width: parent.width; onFinished: ratingPopup.close() }
    }
}
