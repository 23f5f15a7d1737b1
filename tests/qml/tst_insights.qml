import QtQuick
import QtTest
import Saib

// Drives the real dashboard over a synthetic year: the support card appears after a
// heavy week and can be dismissed, the weekly rating saves, ranges switch, charts carry
// text summaries, and the skills self-assessment records gaps. Screenshots both sizes,
// both languages.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "Insights"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            const stack = find("insightsStack")
            if (stack) tryVerify(() => !stack.busy, 3000)
            return find(name)
        }
        function reveal(item) {
            const page = item.parent
            let flick = null
            for (let p = item; p; p = p.parent)
                if (p.contentY !== undefined && p.contentHeight !== undefined) { flick = p; break }
            if (flick) {
                // Until the item stays put: a card that just closed (support, rating) may
                // still be collapsing, and one scroll would aim at the item's old place.
                let last = -1
                for (let i = 0; i < 10; ++i) {
                    const pos = item.mapToItem(flick.contentItem, 0, 0)
                    flick.contentY = Math.max(0, Math.min(pos.y - 100, flick.contentHeight - flick.height))
                    wait(50)
                    const now = item.mapToItem(flick.contentItem, 0, 0).y
                    if (now === pos.y && now === last) break
                    last = now
                }
            }
            return item
        }
        function resize(w, h) {
            root.width = w; root.height = h
            root.Window.window.width = w; root.Window.window.height = h
            wait(100)
        }
        function shoot(fileName) {
            if (!screenshotDir) return
            wait(400)
            grabImage(shell).save(screenshotDir + "/" + fileName)
        }
        function scrollTop() {
            for (let p = find("dashboardSummary"); p; p = p.parent)
                if (p.contentY !== undefined) { p.contentY = 0; break }
            wait(50)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            verify(fixtures.fillSyntheticYear(true))
        }

        function test_1_support_card_after_a_heavy_week() {
            mouseClick(waitFor("tabNav2"))
            tryVerify(() => Insights.showSupport)
            verify(waitFor("supportCard").visible)
            verify(find("supportReason").text.indexOf("of your last 7 check-ins") > 0, find("supportReason").text)
            verify(find("support_education-support") !== null)
            verify(find("support_samaritans") !== null)
            shoot("dashboard-support-phone-en.png")
            mouseClick(reveal(find("dismissSupport")))
            tryVerify(() => !Insights.showSupport)
        }

        function test_2_weekly_rating() {
            if (!Insights.ratingDue) { Insights.skipRating(); return } // synthetic data rated this week
            for (const id of ["purpose", "belonging", "valued", "cared_for", "fairness", "control"])
                mouseClick(reveal(waitFor("rate_" + id + "_4")))
            mouseClick(reveal(find("saveRating")))
            tryVerify(() => !Insights.ratingDue)
            compare(Insights.thisWeeksRating.scores[0], 4)
        }

        function test_3_figures_and_summaries() {
            scrollTop()
            const d = Insights.dashboard
            verify(d.week.checkins >= 0)
            compare(d.trends.demand.length, 28)
            verify(find("dashboardSummary").text.length > 20)
            // The headline card: core's one sentence about this week.
            verify(d.headline.text.length > 20)
            compare(find("headline").text, d.headline.text)
            // Tiles: unit, direction and verdict in words, and the verdict's colour.
            for (const id of ["demand", "emotional", "energy", "hours", "strategic"]) {
                const tile = find("tile_" + id)
                const c = d.week.changes[id]
                verify(/^.+: .+\. .+\.$/.test(tile.Accessible.name), tile.Accessible.name)
                if (c.verdict === "worse") {
                    verify(tile.Accessible.name.indexOf("which is worse") > 0, tile.Accessible.name)
                    compare(String(findChild(tile, "tileChange").color), String(Theme.warningText))
                    verify(findChild(tile, "tileChange").text.indexOf("worse") > 0)
                    verify(findChild(tile, "tileChange").text.indexOf(c.direction === "up" ? "▲" : "▼") === 0)
                } else if (c.verdict === "better") {
                    verify(tile.Accessible.name.indexOf("which is better") > 0, tile.Accessible.name)
                    compare(String(findChild(tile, "tileChange").color), String(Theme.goodText))
                }
            }
            verify(find("tile_hours").Accessible.name.indexOf("hours a day") > 0, find("tile_hours").Accessible.name)
            verify(find("tile_demand").Accessible.name.indexOf("out of 10") > 0, find("tile_demand").Accessible.name)
            verify(find("tile_strategic").Accessible.name.indexOf("% of the day") > 0, find("tile_strategic").Accessible.name)
            // Four weeks, daily: short gaps are bridged, Mondays label the axis.
            const jdr = find("jdrChart")
            compare(jdr.bridge, 3)
            compare(jdr.xLabels.length, 4)
            verify(jdr.Accessible.description.indexOf("day by day") > 0, jdr.Accessible.description)
            verify(jdr.Accessible.description.indexOf("Demands: latest") > 0, jdr.Accessible.description)
            mouseClick(reveal(find("range1y")))
            tryCompare(Insights, "range", "1y")
            compare(Insights.dashboard.trends.demand.length, 52)
            // A year: weekly means with the band of each week's days, month names on the axis,
            // no bridging (an empty week is a gap).
            const trendChart = find("trendChart")
            tryVerify(() => trendChart.series[0].values.length === 52)
            compare(trendChart.series[0].lows.length, 52)
            const week = Insights.dashboard.trends.demand[50]
            verify(week.low <= week.value && week.value <= week.high, JSON.stringify(week))
            compare(trendChart.bridge, 0)
            verify(trendChart.xLabels.length >= 11 && trendChart.xLabels.length <= 13, trendChart.xLabels.length)
            verify(find("jdrChart").Accessible.description.indexOf("weekly averages") > 0)
            verify(find("weeklyNote").text.indexOf("weekly averages") > 0)
            verify(Insights.dashboard.whatHelps.length > 0)
            const firstLift = find("lifts0") || find("weighs0")
            verify(firstLift, "a ranked list of what lifts or weighs on you")
            verify(/^.+: load [0-9.]+ (lower|higher) on [0-9]+ days?$/.test(firstLift.Accessible.name), firstLift.Accessible.name)
            verify(find("whatHelpsCaveat").text.indexOf("not causes") > 0)
            const weekday = fixtures.todayWeekday() // Monday 1 ... Sunday 7, from the one clock
            compare(find("heatMap").cells.length, 52 * 7 + weekday)
            verify(find("heatMap").monthLabels.length >= 10, find("heatMap").monthLabels.length)
            verify(find("heatMap").Accessible.description.indexOf("You checked in on") > 0)
            verify(find("heatMap").Accessible.description.indexOf("The heaviest month was") > 0)
            reveal(find("jdrChart"))
            shoot("dashboard-charts-phone-en.png")
            scrollTop()
            shoot("dashboard-phone-en.png")
            reveal(find("heatMap"))
            shoot("dashboard-year-phone-en.png")
        }

        function test_4_skills_self_assessment() {
            mouseClick(reveal(waitFor("openSkills")))
            const imp = waitFor("importance_data-analysis").slider
            imp.forceActiveFocus()
            for (let i = 0; i < 9; ++i) keyClick(Qt.Key_Right)
            const conf = find("confidence_data-analysis").slider
            conf.forceActiveFocus()
            for (let i = 0; i < 4; ++i) keyClick(Qt.Key_Right)
            mouseClick(reveal(find("saveSkills")))
            tryVerify(() => Insights.dashboard.skills.length === 1)
            compare(Insights.dashboard.skills[0].id, "data-analysis")
            compare(Insights.dashboard.skills[0].gap, 5)
        }

        function test_5_welsh_and_laptop() {
            App.language = "cy"
            waitFor("rangeBar")
            scrollTop()
            verify(find("dashboardSummary").text.indexOf("yr wythnos hon") > 0, find("dashboardSummary").text)
            shoot("dashboard-phone-cy.png")
            resize(1280, 800)
            mouseClick(waitFor("railNav2"))
            scrollTop()
            shoot("dashboard-laptop-cy.png")
            reveal(find("domainPattern"))
            shoot("dashboard-domains-laptop-cy.png")
            App.language = "en"
            scrollTop()
            shoot("dashboard-laptop-en.png")
            // Four weeks, daily: weekends joined by a dashed line, Mondays on the axis.
            mouseClick(reveal(find("range4w")))
            tryCompare(Insights, "range", "4w")
            reveal(find("jdrChart"))
            shoot("dashboard-charts-laptop-en.png")
            resize(390, 844)
        }

        // Statistics are worked out once per range and kept; saving data drops them.
        function test_6_statistics_cached_until_data_changes() {
            const start = Insights.computations
            Insights.refresh()
            Insights.refresh()
            compare(Insights.computations, start, "a refresh serves the cache")
            const other = Insights.range === "3m" ? "1y" : "3m"
            const back = Insights.range
            Insights.range = other
            compare(Insights.computations, start + 1)
            Insights.range = back
            compare(Insights.computations, start + 1, "switching back is served from the cache")
            const before = Insights.dashboard.week.thisWeek.hours
            verify(Checkins.saveCheckin({ day: Checkins.todayIso, hours: 15.5, strategic: 0, demand: 10,
                                          emotional: 10, energy: 1 }).ok)
            compare(Insights.computations, start + 2, "a saved check-in drops the cache")
            verify(Insights.dashboard.week.thisWeek.hours !== before || before === 15.5)
            Insights.range = other
            compare(Insights.computations, start + 3, "every range was dropped, not only the one shown")
            Insights.range = back
            compare(Insights.computations, start + 3, "worked out again after the save, then kept")
            verify(Insights.saveRating([3, 3, 3, 3, 3, 3]).ok)
            compare(Insights.computations, start + 4, "a saved rating drops the cache")
            App.language = "cy"
            compare(Insights.computations, start + 5, "labels and the headline follow the language")
            App.language = "en"
            compare(Insights.computations, start + 6)
        }
    }
}
