import QtQuick
import QtTest
import Saib

// The school year in the app (issue 18): pick term dates in Settings, mark an inspection
// week, see "Week N of the ... term" on the check-in and the term-shaped insights on the
// dashboard, and the national figures page. Screenshots both sizes, both languages.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "SchoolYear"
        when: windowShown
        property var shell: null
        property string halfTermDay: ""

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            // Not mid-transition: a click during a push or pop is lost.
            const stack = find("insightsStack")
            if (stack) tryVerify(() => !stack.busy, 3000)
            return find(name)
        }
        function reveal(item) {
            for (let p = item; p; p = p.parent)
                if (p.contentY !== undefined && p.contentHeight !== undefined) {
                    const pos = item.mapToItem(p.contentItem, 0, 0)
                    p.contentY = Math.max(0, Math.min(pos.y - 100, p.contentHeight - p.height))
                    break
                }
            wait(50)
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
        function closeNational() {
            mouseClick(waitFor("closeNational"))
            tryVerify(() => find("nationalPage") === null, 3000, "the national page should close")
            tryVerify(() => !find("insightsStack").busy, 3000)
        }
        function nav(index) {
            const rail = find("railNav" + index)
            mouseClick(rail && rail.visible ? rail : waitFor("tabNav" + index))
        }

        function cleanupTestCase() { fixtures.releaseClock() }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(fixtures.pinClockInsideTermData("wales")) // the data ends in summer 2028
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.fillSyntheticDays(3 * 365))
        }

        function test_1_pick_term_dates_and_mark_a_week() {
            nav(4)
            mouseClick(waitFor("settingsGroup_schoolyear"))
            waitFor("schoolYearSettings")
            compare(Calendar.authority, "")
            verify(!find("addMark").visible)
            verify(Calendar.setAuthority("wales").ok)
            compare(Calendar.authority, "wales")
            verify(find("authorityNote").text.length > 0)
            find("markFrom").text = fixtures.isoDaysAgo(2)
            find("markTo").text = fixtures.isoDaysAgo(0)
            find("markLabel").text = "Estyn"
            mouseClick(reveal(waitFor("addMark")))
            tryVerify(() => Calendar.markedWeeks.length === 1)
            compare(Calendar.markedWeeks[0].kind, "inspection")
            reveal(find("authorityBox"))
            shoot("schoolyear-settings-phone-en.png")
            // A backwards range is refused with a translated error, and nothing is stored.
            find("markFrom").text = fixtures.isoDaysAgo(0)
            find("markTo").text = fixtures.isoDaysAgo(3)
            mouseClick(reveal(find("addMark")))
            compare(Calendar.markedWeeks.length, 1)
        }

        // The school's own INSET days and term dates (Settings, issue 18).
        function test_1b_inset_days_and_the_schools_own_term_dates() {
            // A week's range keeps its weekdays only.
            find("insetFrom").text = fixtures.isoDaysAgo(6)
            find("insetTo").text = fixtures.isoDaysAgo(0)
            reveal(waitFor("addInset")).clicked()
            tryVerify(() => Calendar.insetDays.length === 5, 3000, JSON.stringify(Calendar.insetDays) + " " + find("insetResult").text)
            compare(find("insetFrom").text, "")
            verify(Calendar.removeInsetDay(0).ok)
            compare(Calendar.insetDays.length, 4)
            // Three weeks at once is a typo, not INSET: refused, nothing stored.
            find("insetFrom").text = fixtures.isoDaysAgo(21)
            find("insetTo").text = fixtures.isoDaysAgo(0)
            reveal(find("addInset")).clicked()
            compare(Calendar.insetDays.length, 4)

            // An autumn term running into spring does not fit the year: refused with why.
            const terms = Calendar.terms
            verify(terms.length >= 3, JSON.stringify(terms))
            compare(terms[0].term, "autumn")
            verify(!terms[0].changed)
            reveal(waitFor("changeTerm0")).clicked()
            compare(find("termFrom0").text, terms[0].from)
            find("termTo0").text = terms[1].to
            reveal(waitFor("saveTerm0")).clicked()
            verify(find("termResult").text.indexOf("do not fit together") >= 0, find("termResult").text)
            verify(!Calendar.terms[0].changed)
            // Dates that fit are kept as the school's own; then back to the published ones.
            find("termTo0").text = terms[0].to
            find("termFrom0").text = terms[0].from
            reveal(find("saveTerm0")).clicked()
            tryVerify(() => Calendar.terms[0].changed)
            verify(Calendar.resetTerm(terms[0].year, "autumn").ok)
            verify(!Calendar.terms[0].changed)
            while (Calendar.insetDays.length > 0) // the rest of the suite runs without them
                verify(Calendar.removeInsetDay(0).ok)
        }

        // School dates are picked from a calendar that runs into next year, not typed.
        function test_1c_a_future_day_is_picked_from_the_calendar() {
            const field = find("insetFrom")
            field.text = ""
            mouseClick(reveal(waitFor("insetFromButton")))
            const popup = find("insetFromPopup")
            tryVerify(() => popup.opened)
            // The popup's content sits in the window's overlay, outside the shell.
            const inPopup = (name) => findChild(popup.contentItem, name)
            const next = inPopup("calendarNext")
            verify(next.enabled) // the check-in calendar stops at this month; this one goes on
            mouseClick(next)
            const today = Checkins.todayIso
            const y = parseInt(today.substring(0, 4), 10), m = parseInt(today.substring(5, 7), 10)
            const day = (m === 12 ? y + 1 : y) + "-" + String(m === 12 ? 1 : m + 1).padStart(2, "0") + "-10"
            tryVerify(() => inPopup("calendarDay-" + day) !== null)
            const cell = inPopup("calendarDay-" + day)
            verify(cell.enabled)
            // The new month's grid is laid out before the tap lands on it.
            tryVerify(() => !inPopup("calendarGrid").isPolishScheduled && cell.width > 0)
            waitForRendering(cell)
            // A date picker: the day is named, without check-in load words.
            compare(cell.Accessible.name.indexOf("check-in"), -1)
            shoot("schoolyear-datepicker-phone-en.png")
            mouseClick(cell)
            tryVerify(() => !popup.visible)
            compare(field.text, day)
            verify(find("insetFromButton").text.indexOf("10") >= 0, find("insetFromButton").text)
            field.text = ""
        }

        function test_2_checkin_header_knows_the_week() {
            nav(0)
            const label = waitFor("checkinTermLabel")
            compare(label.text, Calendar.dayLabel(fixtures.isoDaysAgo(0)))
            verify(label.text.indexOf("Estyn") > 0, label.text)
            shoot("checkin-term-phone-en.png")
        }

        // History's calendar: the month header names the weeks of term, holidays are shaded
        // and read out, the marked week carries its bar and its name.
        function weekday(iso) {
            const d = Date.fromLocaleString(Qt.locale("en_GB"), iso, "yyyy-MM-dd").getDay()
            return d >= 1 && d <= 5
        }
        function historyMonthWithHalfTerm() {
            const c = find("historyCalendar")
            for (let i = 0; i < 13; ++i) {
                const days = Calendar.monthContext(c.year, c.month).days
                for (const iso in days)
                    if (days[iso].spoken === "half-term" && iso.substring(5, 7) === (c.month < 10 ? "0" : "") + c.month
                            && iso <= Checkins.todayIso && weekday(iso))
                        return iso
                mouseClick(find("calendarPrevious"))
            }
            return ""
        }
        function test_2b_history_calendar_knows_the_year() {
            nav(3)
            waitFor("historyCalendarView")
            const c = find("historyCalendar")
            const today = fixtures.isoDaysAgo(0)
            const todayCell = find("calendarDay-" + today)
            verify(todayCell.Accessible.name.indexOf("Estyn week") > 0, todayCell.Accessible.name)
            verify(find("calendarMark-" + today).visible)
            const title = find("calendarTermTitle")
            compare(title.text, Calendar.monthContext(c.year, c.month).title)
            verify(/term, weeks? \d|holiday|half-term/.test(title.text), title.text)
            shoot("history-term-phone-en.png")
            const day = historyMonthWithHalfTerm()
            verify(day !== "", "no half-term in the last year")
            halfTermDay = day
            const cell = find("calendarDay-" + day)
            verify(cell.Accessible.name.endsWith(", half-term"), cell.Accessible.name)
            verify(Qt.colorEqual(find("calendarHoliday-" + day).color, Theme.holiday))
            verify(find("calendarTermTitle").text.indexOf("half-term") >= 0, find("calendarTermTitle").text)
            reveal(find("calendarLegend"))
            shoot("history-halfterm-phone-en.png")
            App.language = "cy"
            tryVerify(() => find("calendarTermTitle").text.indexOf("hanner tymor") >= 0
                      || find("calendarTermTitle").text.indexOf("Hanner tymor") >= 0, 3000, find("calendarTermTitle").text)
            tryVerify(() => find("calendarDay-" + day).Accessible.name.indexOf("hanner tymor") > 0, 3000, find("calendarDay-" + day).Accessible.name)
            shoot("history-halfterm-phone-cy.png")
            resize(1280, 800)
            wait(200)
            shoot("history-halfterm-laptop-cy.png")
            App.language = "en"
            shoot("history-halfterm-laptop-en.png")
            resize(390, 844)
        }

        function test_3_dashboard_term_insights() {
            nav(2)
            const card = waitFor("termCard")
            tryVerify(() => card.lines.length >= 2, 3000, "term sentences: " + card.lines)
            verify(card.lines[0].indexOf("heaviest") > 0, card.lines[0])
            reveal(card)
            shoot("dashboard-term-phone-en.png")
        }

        // The trend chart shades holidays and marks the Estyn week, and says so in words.
        function test_3b_dashboard_chart_knows_the_year() {
            mouseClick(reveal(waitFor("range3m"))) // three months back holds the autumn half-term
            const chart = waitFor("trendChart")
            tryVerify(() => chart.points.length > 0 && chart.bands.length === chart.points.length, 3000)
            // The half-term week History found is a holiday to the chart; the marked days are marked.
            verify(Calendar.spanContext(halfTermDay, halfTermDay).holiday, halfTermDay)
            verify(!Calendar.spanContext(fixtures.isoDaysAgo(0), fixtures.isoDaysAgo(0)).holiday)
            verify(chart.bands[chart.bands.length - 1].marked)
            const holidays = chart.bands.filter(b => b.holiday).length
            verify(holidays >= 1, "no holiday shaded in three months")
            const note = find("trendTermNote")
            verify(note.visible)
            verify(note.text.indexOf("(" + holidays + " of the " + chart.points.length + " periods shown)") > 0, note.text)
            verify(note.text.indexOf("A bar along the top") > 0, note.text)
            verify(chart.summary.indexOf(note.text) > 0, chart.summary)
            reveal(chart)
            shoot("dashboard-chart-term-phone-en.png")
            // Without an authority nothing is shaded and nothing is said.
            verify(Calendar.setAuthority("").ok)
            tryCompare(chart, "bands", [])
            verify(!find("trendTermNote").visible)
            verify(Calendar.setAuthority("wales").ok)
            tryVerify(() => chart.bands.length === chart.points.length)
        }

        function test_4_national_figures_page() {
            mouseClick(reveal(waitFor("openNational")))
            const page = waitFor("nationalPage")
            tryVerify(() => (National.page.rows || []).length >= 6)
            verify(find("nationalPrivacy").text.indexOf("Nothing is sent") >= 0)
            const rows = National.page.rows
            let yours = 0
            for (const r of rows) if (r.yours.length > 0) ++yours
            verify(yours >= 1, "no row carries the leader's own figure")
            shoot("national-phone-en.png")
            closeNational()
        }

        function test_5_welsh_and_laptop() {
            App.language = "cy"
            nav(2)
            const card = waitFor("termCard")
            tryVerify(() => find("termToday").text.indexOf("tymor") > 0 || find("termToday").text.indexOf("Gwyliau") === 0
                      || find("termToday").text.indexOf("Hanner") === 0, 3000, find("termToday").text)
            reveal(card)
            shoot("dashboard-term-phone-cy.png")
            reveal(find("trendChart"))
            shoot("dashboard-chart-term-phone-cy.png")
            mouseClick(reveal(waitFor("openNational")))
            waitFor("nationalPage")
            shoot("national-phone-cy.png")
            closeNational()
            resize(1280, 800)
            nav(4)
            mouseClick(waitFor("settingsGroup_schoolyear"))
            tryVerify(() => find("authorityBox") !== null)
            reveal(find("authorityBox"))
            shoot("schoolyear-settings-laptop-cy.png")
            App.language = "en"
            shoot("schoolyear-settings-laptop-en.png")
            nav(0)
            waitFor("checkinTermLabel")
            shoot("checkin-term-laptop-en.png")
            App.language = "cy"
            nav(2)
            reveal(waitFor("termCard"))
            shoot("dashboard-term-laptop-cy.png")
            reveal(find("trendChart"))
            shoot("dashboard-chart-term-laptop-cy.png")
            App.language = "en"
            shoot("dashboard-chart-term-laptop-en.png")
            App.language = "cy"
            mouseClick(reveal(waitFor("openNational")))
            waitFor("nationalPage")
            shoot("national-laptop-cy.png")
            App.language = "en"
            shoot("national-laptop-en.png")
            closeNational()
            Insights.range = "4w"
            resize(390, 844)
        }
    }
}
