import QtQuick
import QtTest
import Saib

// Locking and desktop use: idle auto-lock (and that input postpones it), the lock,
// new-entry and search shortcuts, the layout switch at the width threshold, and that
// every interactive control on the main pages has an accessible name.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Platform"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            return find(name)
        }
        function unlock() {
            if (!App.unlocked) verify(App.unlock("afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
        }
        // Collects visible controls a person can act on (buttons, fields, sliders...).
        function interactive(item, out) {
            if (!item || !item.visible) return out
            const isControl = item.hasOwnProperty("activeFocusOnTab") && item.activeFocusOnTab
                && (item.hasOwnProperty("clicked") || item.hasOwnProperty("text") || item.hasOwnProperty("value"))
            if (isControl) out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                interactive(item.children[i], out)
            if (item.contentItem && item.contentItem !== item && item.contentItem.parent !== item)
                interactive(item.contentItem, out)
            return out
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
        }

        function test_1_idle_lock_and_activity() {
            unlock()
            fixtures.setAutoLockMs(600)
            for (let i = 0; i < 4; ++i) {   // keep busy for longer than the idle time
                wait(300)
                mouseMove(shell, 200 + i, 200)
            }
            verify(App.unlocked, "input should postpone the auto-lock")
            tryVerify(() => !App.unlocked, 3000, "did not lock after being idle")
            fixtures.setAutoLockMs(5 * 60 * 1000)
        }

        // Issue 20: time asleep counts. A laptop that slept past the limit is locked on
        // wake, by the first input (which must not count as activity) or by the wake tick.
        function test_1b_sleep_past_the_limit_locks_on_wake() {
            unlock()
            fixtures.setAutoLockMs(60 * 1000)
            fixtures.sleepFor(2 * 60 * 1000)
            mouseMove(shell, 300, 300)
            verify(!App.unlocked, "the first input after waking must find Saib locked")

            unlock()
            fixtures.sleepFor(2 * 60 * 1000)
            tryVerify(() => !App.unlocked, 7000, "the wake tick did not lock")

            unlock()
            fixtures.sleepFor(30 * 1000) // asleep, but not for long enough
            mouseMove(shell, 310, 300)
            verify(App.unlocked, "a short sleep must not lock")
            fixtures.setAutoLockMs(5 * 60 * 1000)
        }

        function test_1c_suspend_locks() {
            unlock()
            fixtures.announceSuspend()
            verify(!App.unlocked, "logind's PrepareForSleep must lock")
        }

        function test_2_auto_lock_choice_persists() {
            unlock()
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_security"))
            mouseClick(waitFor("autoLock15"))
            compare(App.autoLockMinutes, 15)
            App.autoLockMinutes = 5
        }

        function test_2b_grace_period_when_switching_apps() {
            unlock()
            // Off (the default): leaving the app locks at once, as before.
            compare(App.graceMinutes, 0)
            fixtures.setAppHidden(true)
            verify(!App.unlocked)
            fixtures.setAppHidden(false)
            unlock()
            // A grace period: back within it, still unlocked; away longer, locked.
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_security"))
            mouseClick(waitFor("grace1"))
            compare(App.graceMinutes, 1)
            fixtures.setGraceMs(400)
            fixtures.setAppHidden(true)
            wait(100)
            fixtures.setAppHidden(false)
            wait(500)
            verify(App.unlocked, "came back within the grace period")
            fixtures.setAppHidden(true)
            tryVerify(() => !App.unlocked, 3000, "did not lock after the grace period")
            fixtures.setAppHidden(false)
            fixtures.setGraceMs(0)
            unlock()
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_security"))
            mouseClick(waitFor("grace0"))
            compare(App.graceMinutes, 0)
        }

        function test_3_shortcuts() {
            unlock()
            mouseClick(waitFor("railNav0"))
            keySequence("Ctrl+N")
            const title = waitFor("entryTitle")
            tryVerify(() => title.activeFocus, 3000, "new entry editor should take focus")
            mouseClick(find("closeEditor"))
            keySequence("Ctrl+F")
            tryVerify(() => find("journalSearch").activeFocus)
            keySequence("Ctrl+L")
            tryVerify(() => !App.unlocked)
        }

        function test_4_layout_switches_at_width() {
            unlock()
            verify(waitFor("railNav0").visible)
            verify(!find("tabNav0").visible)
            root.width = 700; root.Window.window.width = 700
            tryVerify(() => find("tabNav0").visible && !find("railNav0").visible)
            root.width = 720; root.Window.window.width = 720
            tryVerify(() => find("railNav0").visible)
            root.width = 1280; root.Window.window.width = 1280
        }

        function test_5_accessible_names() {
            unlock()
            for (let page = 0; page < 5; ++page) {
                mouseClick(waitFor("railNav" + page))
                wait(200)
                const items = interactive(shell, [])
                verify(items.length > 0, "found controls on page " + page)
                const missing = []
                for (const item of items) {
                    const name = item.Accessible.name
                    if (name === undefined || String(name).trim().length === 0)
                        missing.push(item + " (" + item.objectName + ")")
                }
                verify(missing.length === 0, "page " + page + " controls without accessible names: " + missing.join(", "))
            }
        }
    }
}
