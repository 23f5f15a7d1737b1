import QtQuick
import QtTest
import Saib

// The History calendar (issue 16): months back to the first check-in and not past today,
// each day coloured by its load, and back-filling: a missed day two days ago is tapped,
// filled in on the real check-in page, saved, and then shows on the calendar. The list
// view stays one tap away. Screenshots at both sizes, English and Welsh, light and dark.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "History"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            return find(name)
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
        function monthOf(iso) { return iso.substring(0, 7) }
        function calendar() { return find("historyCalendar") }
        function shownMonth() {
            const c = calendar()
            return c.year + "-" + (c.month < 10 ? "0" : "") + c.month
        }
        function openHistory() {
            const nav = find(root.width > 700 ? "railNav3" : "tabNav3")
            mouseClick(nav)
            waitFor("historyCalendarView")
        }
        // Goes to the month holding `iso` with the previous / next buttons.
        function goToMonth(iso) {
            for (let i = 0; i < 24 && shownMonth() !== monthOf(iso); ++i) {
                mouseClick(find(shownMonth() > monthOf(iso) ? "calendarPrevious" : "calendarNext"))
                // Let the layout settle before the next click: "Back to this month" appears
                // after the first step and, until the column is laid out again, sits at its
                // top, over "Previous month" (found on 1 January, two months from the first
                // check-in, where a second click went to it instead).
                tryVerify(() => !isPolishScheduled(calendar()), 2000)
                waitForRendering(calendar())
            }
            compare(shownMonth(), monthOf(iso), "first " + Checkins.firstDayIso + " today " + Checkins.todayIso + " back " + calendar().canGoBack)
        }
        function cell(iso) {
            const c = find("calendarDay-" + iso)
            verify(c !== null, "no calendar cell for " + iso)
            return c
        }

        // About seven weeks of a real head's term: weekdays checked in, weekends mostly
        // not, loads that rise towards a hard week, and a few days missed.
        function fillWeeks() {
            const weekdayToday = fixtures.todayWeekday() // 1 = Monday
            for (let ago = 50; ago >= 1; --ago) {
                const weekday = ((weekdayToday - 1 - ago) % 7 + 7) % 7 + 1
                if (ago === 2 || ago === 9 || ago === 23) continue // missed days
                if (ago !== 50 && weekday >= 6 && ago % 3 !== 0) continue
                const wave = (ago * 37) % 11
                const heavy = ago >= 10 && ago <= 14
                const fields = { day: fixtures.isoDaysAgo(ago), hours: 8 + (ago % 5),
                                 strategic: 5 + (ago * 7) % 30,
                                 demand: heavy ? 8 + ago % 3 : 2 + wave % 5,
                                 emotional: heavy ? 9 : (ago % 7 === 3 ? 7 : 1 + (wave * 3) % 6),
                                 energy: Math.max(0, 7 - wave % 6),
                                 drained: ["workload", "staffing"], sustained: ["senior-team"] }
                if (ago === 30) { delete fields.demand; delete fields.emotional } // load not rated
                compare(Checkins.saveCheckin(fields).message, "", "saving " + fields.day)
            }
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            fillWeeks()
        }

        function test_1_months_back_to_the_first_checkin_and_not_past_today() {
            openHistory()
            compare(shownMonth(), monthOf(Checkins.todayIso))
            verify(!find("calendarNext").enabled, "no months after today's")
            compare(Checkins.firstDayIso, fixtures.isoDaysAgo(50))
            // Back, month by month, to the first check-in's month; no further.
            goToMonth(fixtures.isoDaysAgo(50))
            verify(!find("calendarPrevious").enabled, "no months before the first check-in")
            verify(cell(fixtures.isoDaysAgo(50)).modelData.exists)
            // A swipe to the left moves forward a month.
            const before = shownMonth()
            const grid = find("calendarGrid")
            mouseDrag(grid, grid.width * 0.8, grid.height / 2, -grid.width * 0.6, 0)
            verify(shownMonth() > before, "the swipe did not move on: " + shownMonth())
            // "Back to this month" shows whenever another month is on screen.
            compare(find("calendarToday").visible, shownMonth() !== monthOf(Checkins.todayIso))
            if (find("calendarToday").visible) mouseClick(find("calendarToday"))
            compare(shownMonth(), monthOf(Checkins.todayIso))
            verify(!find("calendarToday").visible)
        }

        function test_2_days_show_their_load_and_today() {
            openHistory()
            const today = cell(Checkins.todayIso)
            verify(today.modelData.isToday)
            verify(today.enabled, "today can be opened")
            verify(today.Accessible.name.indexOf("Today") === 0, today.Accessible.name)
            const tomorrow = find("calendarDay-" + fixtures.isoDaysAgo(-1))
            if (tomorrow) verify(!tomorrow.enabled, "a future day cannot be opened")
            goToMonth(fixtures.isoDaysAgo(12))
            const hard = cell(fixtures.isoDaysAgo(12))
            compare(hard.modelData.load, 3) // heavy
            verify(hard.Accessible.name.indexOf("heavy load") > 0, hard.Accessible.name)
            goToMonth(fixtures.isoDaysAgo(9))
            const missed = cell(fixtures.isoDaysAgo(9))
            verify(!missed.modelData.exists)
            verify(missed.Accessible.name.indexOf("no check-in") > 0, missed.Accessible.name)
            // Saving a day in the future is refused by the store, with a reason.
            verify(!Checkins.saveCheckin({ day: fixtures.isoDaysAgo(-1), demand: 3 }).ok)
        }

        function test_3_back_fill_a_missed_day() {
            openHistory()
            const missedDay = fixtures.isoDaysAgo(2)
            goToMonth(missedDay)
            verify(!cell(missedDay).modelData.exists)
            mouseClick(cell(missedDay))
            // The check-in page opens on that day, empty.
            const heading = waitFor("checkinHeading")
            compare(heading.text, "Check-in for an earlier day")
            compare(find("demandScaleValue").text, "Not answered")
            const demand = find("demandScale").slider
            demand.forceActiveFocus()
            for (let i = 0; i < 7; ++i) keyClick(Qt.Key_Right)
            const emotional = find("emotionalScale").slider
            emotional.forceActiveFocus()
            for (let i = 0; i < 5; ++i) keyClick(Qt.Key_Right)
            mouseClick(find("saveCheckin"))
            tryVerify(() => find("checkinStatus").text.indexOf("Saved") === 0, 3000, find("checkinStatus").text)
            const saved = Checkins.checkinFor(missedDay)
            verify(saved.exists)
            verify(saved.demand > 0 && saved.emotional > 0, saved.demand + " " + saved.emotional)
            // Back on the calendar the day is filled in.
            openHistory()
            goToMonth(missedDay)
            tryVerify(() => cell(missedDay).modelData.exists)
            compare(cell(missedDay).modelData.load, Math.max(saved.demand, saved.emotional) >= 7 ? 3 : 2)
        }

        function test_4_the_list_is_one_tap_away() {
            openHistory()
            mouseClick(find("historyListButton"))
            const list = waitFor("historyList")
            verify(!find("historyCalendarView").visible)
            tryVerify(() => list.count > 10)
            mouseClick(find("historyCalendarButton"))
            waitFor("historyCalendarView")
            verify(!list.visible)
        }

        function test_5_screenshots() {
            if (!screenshotDir) skip("no screenshot folder")
            for (const theme of ["light", "dark"]) {
                App.theme = theme
                for (const lang of ["en", "cy"]) {
                    App.language = lang
                    for (const size of [["phone", 390, 844], ["laptop", 1280, 800]]) {
                        resize(size[1], size[2])
                        openHistory()
                        // The month with the hard week, when it is not this one.
                        goToMonth(fixtures.isoDaysAgo(12))
                        shoot("history-calendar-" + size[0] + "-" + lang + (theme === "dark" ? "-dark" : "") + ".png")
                    }
                }
            }
            App.theme = "light"
            App.language = "en"
            resize(390, 844)
        }
    }
}
