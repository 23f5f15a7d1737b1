import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The dashboard: the headline (the one sentence that matters this week), support when
// load has stayed high, this week's rating if due, this week at a glance (tiles with
// direction and better/worse), demands against resources, trends, the six domains, what
// helps, the year at a glance and skills gaps. Every chart has a text summary in words
// (Accessible.description). The figures come from Insights (core/insights), not from here.
ScrollPage {
    id: dash
    maxWidth: Theme.contentWidth
    signal openSkills()
    signal openNational()

    readonly property var d: Insights.dashboard
    readonly property var rating: Insights.thisWeeksRating
    readonly property var metrics: [
        { id: "demand", label: qsTr("Demand"), max: 10, colour: Theme.chartDemand, kind: "scale" },
        { id: "emotional", label: qsTr("Emotional load"), max: 10, colour: Theme.chartEmotional, kind: "scale" },
        { id: "energy", label: qsTr("Energy"), max: 10, colour: Theme.chartEnergy, kind: "scale" },
        { id: "hours", label: qsTr("Hours worked"), max: 16, colour: Theme.chartHours, kind: "hours" },
        { id: "strategic", label: qsTr("Strategic share"), max: 100, colour: Theme.chartStrategic, kind: "percent" }
    ]
    property int metricIndex: 0

    function values(points, key) { return (points || []).map(p => p[key || "value"]) }
    function fmt(v) { return v === null || v === undefined ? "–" : Number(v).toLocaleString(Qt.locale(), "f", 1) }
    readonly property var uiLocale: Qt.locale(App.language === "cy" ? "cy_GB" : "en_GB")
    readonly property bool weekly: Insights.range !== "4w"
    function dateOf(iso) { return Date.fromLocaleString(Qt.locale("en_GB"), iso, "yyyy-MM-dd") }
    function rangeLabel(points) {
        if (!points || points.length === 0) return ["", ""]
        const f = s => dash.dateOf(s).toLocaleDateString(dash.uiLocale, "d MMM")
        return [f(points[0].from), f(points[points.length - 1].to)]
    }
    // x-axis labels: the month's name under the week holding its 1st (weekly views), or
    // the date under each Monday (four weeks, daily).
    function xLabels(points) {
        const out = []
        for (let i = 0; i < (points || []).length; ++i) {
            const from = dash.dateOf(points[i].from), to = dash.dateOf(points[i].to)
            if (!dash.weekly) {
                if (from.getDay() === 1) out.push({ index: i, text: from.toLocaleDateString(dash.uiLocale, "d MMM") })
            } else if (to.getDate() < from.getDate() || from.getDate() === 1) {
                out.push({ index: i, text: dash.uiLocale.standaloneMonthName(to.getMonth(), Locale.ShortFormat) })
            }
        }
        return out
    }
    // What a chart draws, in words, for its Accessible.description.
    function periodNote(points) {
        const r = dash.rangeLabel(points)
        if (r[0].length === 0) return ""
        return dash.weekly
            ? qsTr("From %1 to %2, as weekly averages; a shaded band runs from each week's lowest to its highest day, and weeks without a check-in are left as gaps.").arg(r[0]).arg(r[1])
            : qsTr("From %1 to %2, day by day; days without a check-in are left out, and a dashed line joins a gap of up to three days.").arg(r[0]).arg(r[1])
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

    // The heat map in words: how many days, how many heavy, and the heaviest month.
    function heatSummary(cells) {
        const checked = cells.filter(c => c.emotional !== null && c.emotional !== undefined)
        let text = qsTr("A calendar of emotional load over the last year, one square per day, darker for heavier days.")
        text += " " + qsTr("You checked in on %n day(s).", "", checked.length)
        if (checked.length === 0) return text
        text += " " + qsTr("Emotional load was 8 or more on %n of them.", "", checked.filter(c => c.emotional >= 8).length)
        const months = {}
        for (const c of checked) {
            const key = c.day.slice(0, 7)
            months[key] = months[key] || { sum: 0, n: 0 }
            months[key].sum += c.emotional
            months[key].n += 1
        }
        let heaviest = ""
        for (const key in months)
            if (months[key].n >= 5 && (!heaviest || months[key].sum / months[key].n > months[heaviest].sum / months[heaviest].n))
                heaviest = key
        if (heaviest)
            text += " " + qsTr("The heaviest month was %1.").arg(dash.dateOf(heaviest + "-01").toLocaleDateString(dash.uiLocale, "MMMM yyyy"))
        return text
    }

    Component.onCompleted: Insights.refresh()

    // The headline: the one sentence that matters this week (core/insights/Headline), with
    // the week's figures in one line under it.
    Rectangle {
        objectName: "headlineCard"
        Layout.fillWidth: true
        implicitHeight: headlineColumn.implicitHeight + 32
        radius: 12
        color: Theme.surface
        border.color: Theme.border
        Rectangle { width: 5; height: parent.height - 24; y: 12; x: 0; radius: 2; color: Theme.accent }
        ColumnLayout {
            id: headlineColumn
            anchors.fill: parent
            anchors.margins: 16
            anchors.leftMargin: 20
            spacing: 6
            Label {
                text: qsTr("This week")
                color: Theme.textMuted
                font.pixelSize: Theme.px(13)
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "headline"
                text: dash.d.headline ? dash.d.headline.text : ""
                font.pixelSize: Theme.px(20)
                font.weight: Font.DemiBold
                color: Theme.heading
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "dashboardSummary"
                text: Insights.summary
                color: Theme.textSecondary
                font.pixelSize: Theme.px(14)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
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
    Label {
        objectName: "weeklyNote"
        text: dash.weekly ? qsTr("Charts show weekly averages. The shaded band runs from each week's lowest to its highest day; a week without a check-in is a gap.")
                          : qsTr("Charts show each day. A dashed line joins a weekend or other short gap; a longer gap is left empty.")
        color: Theme.textSecondary
        font.pixelSize: Theme.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
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
                objectName: "tile_" + metricTile.modelData.id
                label: metricTile.modelData.label
                kind: metricTile.modelData.kind
                value: dash.d.week ? dash.d.week.thisWeek[metricTile.modelData.id] : null
                previous: dash.d.week ? dash.d.week.previousFourWeeks[metricTile.modelData.id] : null
                change: dash.d.week ? dash.d.week.changes[metricTile.modelData.id] : null
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
            { label: qsTr("Demands"), color: Theme.chartDemand, values: dash.values(dash.d.jdr.points, "demands"),
              lows: dash.weekly ? dash.values(dash.d.jdr.points, "demandsLow") : null,
              highs: dash.weekly ? dash.values(dash.d.jdr.points, "demandsHigh") : null },
            { label: qsTr("Resources"), color: Theme.chartEnergy, values: dash.values(dash.d.jdr.points, "resources"),
              lows: dash.weekly ? dash.values(dash.d.jdr.points, "resourcesLow") : null,
              highs: dash.weekly ? dash.values(dash.d.jdr.points, "resourcesHigh") : null }
        ] : []
        bridge: dash.weekly ? 0 : 3
        xLabels: (App.language, dash.xLabels(dash.d.jdr ? dash.d.jdr.points : []))
        bands: (App.language, Calendar.markedWeeks, dash.termBands(dash.d.jdr ? dash.d.jdr.points : []))
        summary: dash.d.jdr ? dash.periodNote(dash.d.jdr.points)
                              + " " + dash.seriesSummary(qsTr("Demands"), dash.d.jdr.points.map(p => ({ value: p.demands })))
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
        series: [{ label: m.label, color: m.colour, values: dash.values(points),
                   lows: dash.weekly ? dash.values(points, "low") : null, highs: dash.weekly ? dash.values(points, "high") : null }]
        bridge: dash.weekly ? 0 : 3
        xLabels: (App.language, dash.xLabels(points))
        bands: (App.language, Calendar.markedWeeks, dash.termBands(points))
        summary: dash.periodNote(points) + " " + dash.seriesSummary(m.label, points)
                 + (trendTermNote.text.length > 0 ? " " + trendTermNote.text : "")
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
    Label {
        visible: (dash.d.whatHelps || []).length > 0
        objectName: "whatHelpsCaveat"
        text: qsTr("Emotional load on the days you used each tag, against the days you did not. These are associations, not causes: a tag may simply come with a different kind of day.")
        color: Theme.textSecondary
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

    SectionTitle { text: qsTr("Your year") }
    HeatMap {
        objectName: "heatMap"
        Layout.fillWidth: true
        cells: dash.d.heatmap || []
        uiLocale: dash.uiLocale
        summary: (App.language, dash.heatSummary(dash.d.heatmap || []))
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
