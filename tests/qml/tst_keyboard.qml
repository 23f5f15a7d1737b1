import QtQuick
import QtTest
import Saib

// Keyboard and accessibility actions (issue 23), on the real pages at laptop size: Tab
// runs through the check-in in visual order with the focus always on screen and leaves
// the note; Home / End and the increase action move a scale and count as an answer;
// the "toggle" and "press" accessibility actions do what a click does and are saved
// (a tag ticked by "toggle" was once shown ticked but missing from the saved check-in);
// Return activates the focused button; Escape goes back. tests/a11y walks the same from
// outside through AT-SPI.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Keyboard"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            return find(name)
        }
        function focused() { return root.Window.activeFocusItem }
        function isInside(item, ancestor) {
            for (let p = item; p; p = p.parent)
                if (p === ancestor) return true
            return false
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            waitFor("checkinPage")
        }

        function test_1_focus_starts_on_the_current_page_tab() {
            tryVerify(() => focused() === find("railNav0"), 2000, "focus is on " + focused())
            verify(find("railNav0").checked)
            verify(find("railNav0").Accessible.name.length > 0)
        }

        function test_2_tab_runs_through_the_checkin_in_visual_order() {
            const page = find("checkinPage")
            find("railNav0").forceActiveFocus()
            let lastY = -1, lastX = -1
            const seen = []
            for (let i = 0; i < 60 && focused() !== find("saveCheckin"); ++i) {
                keyClick(Qt.Key_Tab)
                const f = focused()
                verify(f !== null)
                if (!isInside(f, page)) continue
                seen.push(f.objectName || f.Accessible.name)
                // Every stop is named and on screen (the page scrolls to it).
                verify(f.Accessible.name.length > 0, "unnamed focus stop " + f)
                const onPage = f.mapToItem(page, 0, 0)
                verify(onPage.y >= 0 && onPage.y + f.height <= page.height + 1,
                       (f.objectName || f.Accessible.name) + " is off screen at " + onPage.y)
                // Visual order, in the form's own coordinates: down the page, and left to
                // right along a row of chips.
                const flick = page.contentItem
                // Centres, so a taller button beside chips on one row counts as that row.
                const inForm = isInside(f, flick.contentItem) ? f.mapToItem(flick.contentItem, 0, f.height / 2) : null
                if (inForm) {
                    verify(inForm.y > lastY + 4 || (Math.abs(inForm.y - lastY) <= 4 && inForm.x > lastX),
                           (f.objectName || f.Accessible.name) + " comes before the previous stop")
                    lastY = inForm.y; lastX = inForm.x
                }
            }
            compare(focused(), find("saveCheckin"))
            for (const name of ["demandScale", "emotionalScale", "energyScale", "strategicScale"])
                verify(seen.indexOf(find(name).slider.Accessible.name) >= 0, name + " not reached: " + seen)
            for (const name of ["hours_8", "hoursMore", "drained_workload", "sustained_more", "addNote"])
                verify(seen.indexOf(name) >= 0, name + " not reached: " + seen)
        }

        function test_3_tab_leaves_the_note_and_ctrl_tab_types_a_tab() {
            find("addNote").forceActiveFocus()
            keyClick(Qt.Key_Space)
            const note = find("checkinNote")
            tryVerify(() => note.activeFocus)
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_Tab)
            verify(!note.activeFocus, "Tab stayed in the note")
            compare(note.text, "a")
            note.forceActiveFocus()
            note.cursorPosition = note.text.length
            keyClick(Qt.Key_Tab, Qt.ControlModifier)
            compare(note.text, "a\t")
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(!note.activeFocus, "Shift+Tab stayed in the note")
            note.text = ""
        }

        function test_4_home_end_and_actions_move_a_scale_and_answer_it() {
            const scale = find("demandScale")
            scale.slider.forceActiveFocus()
            compare(find("demandScaleValue").text, "Not answered")
            keyClick(Qt.Key_End)
            compare(scale.slider.value, 10)
            compare(find("demandScaleValue").text, "10")
            keyClick(Qt.Key_Home)
            compare(scale.slider.value, 0)
            scale.slider.Accessible.increaseAction()
            scale.slider.Accessible.increaseAction()
            compare(scale.slider.value, 2)
            scale.slider.Accessible.decreaseAction()
            compare(scale.slider.value, 1)
            // The range and the end words reach a screen reader.
            compare(scale.slider.minimumValue, 0)
            compare(scale.slider.maximumValue, 10)
            verify(scale.slider.Accessible.description.indexOf("Overwhelming") >= 0, scale.slider.Accessible.description)
        }

        function test_5_toggle_and_press_actions_are_saved() {
            const workload = find("drained_workload")
            verify(!workload.checked)
            workload.Accessible.toggleAction()
            verify(workload.checked, "toggle did not tick the tag")
            const sustainedId = find("sustained_family-friends") ? "family-friends" : "senior-team"
            const family = find("sustained_" + sustainedId)
            verify(family !== null)
            family.Accessible.pressAction()
            verify(family.checked)
            find("saveCheckin").forceActiveFocus()
            keyClick(Qt.Key_Return) // Return activates the focused button
            tryVerify(() => find("checkinStatus").text.indexOf("Saved") === 0)
            // The result takes the focus, so a screen reader reads it.
            tryVerify(() => focused() === find("checkinStatus"))
            const saved = Checkins.checkinFor(Checkins.todayIso)
            compare(saved.demand, 1)
            verify(saved.drained.indexOf("workload") >= 0, "toggled tag not saved: " + saved.drained)
            verify(saved.sustained.indexOf(sustainedId) >= 0, "pressed tag not saved: " + saved.sustained)
            // Toggle again unticks, and that is saved too (the chips are rebuilt after a
            // save, as the most used tags come first: find it again).
            find("drained_workload").Accessible.toggleAction()
            verify(!find("drained_workload").checked)
            keyClick(Qt.Key_Return) // focus is on the message: Return does nothing there
            find("saveCheckin").forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryVerify(() => Checkins.checkinFor(Checkins.todayIso).drained.indexOf("workload") < 0)
        }

        function test_6_return_opens_a_page_and_escape_goes_back() {
            find("railNav3").forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryVerify(() => find("historyCalendarView") !== null)
            verify(find("railNav3").checked && !find("railNav0").checked)
            // Only the shown page exists: the check-in has left the tree.
            compare(find("checkinPage"), null)
            keyClick(Qt.Key_Escape)
            tryVerify(() => find("checkinPage") !== null)
            verify(find("railNav0").checked)
            // In the journal, Escape closes the editor first.
            find("railNav1").forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryVerify(() => find("journalStack") !== null)
            // On a laptop the editor opens beside the list (journalDetail), on a phone over it.
            const beside = find("journalPage").twoPane
            const editorOpen = () => beside ? find("journalDetail").depth === 1 : find("journalStack").depth === 2
            keyClick(Qt.Key_N, Qt.ControlModifier)
            tryVerify(editorOpen)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !editorOpen())
            compare(find("journalStack").depth, 1)
            verify(find("railNav1").checked)
        }

        function test_7_history_day_opens_from_the_keyboard() {
            find("railNav3").forceActiveFocus()
            keyClick(Qt.Key_Space)
            const today = "calendarDay-" + Checkins.todayIso
            tryVerify(() => find(today) !== null)
            // The month is one Tab stop, on today; the arrows move between days.
            verify(find(today).activeFocusOnTab)
            find(today).forceActiveFocus()
            keyClick(Qt.Key_Left)
            const yesterday = focused()
            verify(yesterday !== find(today))
            keyClick(Qt.Key_Right)
            compare(focused(), find(today))
            keyClick(Qt.Key_Return)
            tryVerify(() => find("checkinPage") !== null && find("railNav0").checked)
            compare(find("checkinPage").day, Checkins.todayIso)
            // Focus lands on the first question, which has a name.
            tryVerify(() => focused() === find("demandScale").slider)
        }
    }
}
