import QtQuick
import QtTest
import Saib

// Drives the real app: choose a passphrase, do a check-in with keys and clicks, find it
// in the history, lock and unlock, switch to Welsh. Saves screenshots on the way.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        id: tc
        name: "Checkin"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null, 3000, "no item named " + name)
            return find(name)
        }
        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        // Scrolls the page holding `item` so a click lands on it.
        function reveal(item, pageName) {
            const page = find(pageName)
            const flick = page.contentItem
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(pos.y - 120, flick.contentHeight - flick.height))
            wait(50)
        }
        function clickOn(item, pageName) {
            if (pageName) reveal(item, pageName)
            mouseClick(item)
        }
        function resize(w, h) {
            root.width = w; root.height = h
            root.Window.window.width = w; root.Window.window.height = h
            wait(100)
        }
        function shoot(fileName) {
            if (!screenshotDir) return
            wait(400) // let button and page animations settle
            grabImage(shell).save(screenshotDir + "/" + fileName) // throws on failure
        }

        function initTestCase() {
            const component = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml")
            compare(component.status, Component.Ready, component.errorString())
            shell = component.createObject(root)
            shell.anchors.fill = root
            verify(shell)
        }

        function test_1_choose_passphrase() {
            verify(!App.vaultExists)
            shoot("setup-phone-en.png")
            clickOn(waitFor("setupPassphrase"))
            type("short")
            clickOn(find("setupConfirm"))
            type("short")
            clickOn(find("setupCreate"))
            verify(find("setupMessage").text.indexOf("8 characters") >= 0)

            find("setupPassphrase").text = ""
            find("setupConfirm").text = ""
            clickOn(find("setupPassphrase"))
            type("afon goch llyfr tawel")
            compare(find("strengthLabel").text, "Strong")
            clickOn(find("setupConfirm"))
            type("afon goch llyfr tawel")
            clickOn(find("setupCreate"))
            tryVerify(() => App.unlocked)
            verify(App.vaultExists)
        }

        function test_2_fill_and_save_checkin() {
            const page = "checkinPage"
            const hours = waitFor("hoursScale").slider
            hours.forceActiveFocus()
            for (let i = 0; i < 3; ++i) keyClick(Qt.Key_Right) // 8 -> 9.5 h
            compare(hours.value, 9.5)
            const demand = find("demandScale").slider
            demand.forceActiveFocus()
            keyClick(Qt.Key_Right); keyClick(Qt.Key_Right)      // 5 -> 7
            compare(demand.value, 7)
            const emotional = find("emotionalScale").slider
            emotional.forceActiveFocus()
            for (let i = 0; i < 3; ++i) keyClick(Qt.Key_Right)  // 5 -> 8
            const energy = find("energyScale").slider
            energy.forceActiveFocus()
            keyClick(Qt.Key_Left); keyClick(Qt.Key_Left)        // 5 -> 3

            clickOn(find("drained_workload"), page)
            verify(find("drained_workload").checked)
            clickOn(find("drained_complaint"), page)
            clickOn(find("drained_free"), page)
            type("Parents evening")
            keyClick(Qt.Key_Return)
            clickOn(find("sustained_peer-heads"), page)
            clickOn(find("checkinNote"), page)
            type("Good team, hard day")

            clickOn(find("saveCheckin"), page)
            tryVerify(() => find("checkinStatus").text.indexOf("Saved") === 0)
            compare(find("saveCheckin").text, "Update check-in")
        }

        function test_3_history_shows_it() {
            clickOn(waitFor("tabNav3"))
            const list = find("historyList")
            tryCompare(list, "count", 1)
            compare(Checkins.history.count, 1)
            verify(find("historyCount").text.indexOf("1 check-in in") === 0, find("historyCount").text)
            shoot("history-phone-en.png")
        }

        function test_4_wrong_passphrase_then_unlock() {
            clickOn(find("barLock"))
            tryVerify(() => !App.unlocked)
            clickOn(waitFor("unlockPassphrase"))
            type("not my passphrase")
            clickOn(find("unlockButton"))
            verify(find("unlockMessage").text.indexOf("not right") >= 0)
            verify(!App.unlocked)
            clickOn(find("unlockPassphrase"))
            type("afon goch llyfr tawel")
            keyClick(Qt.Key_Return)
            tryVerify(() => App.unlocked)
            // The saved check-in is still there after unlock.
            tryVerify(() => find("saveCheckin") !== null)
            compare(find("saveCheckin").text, "Update check-in")
        }

        function test_5_switch_to_welsh() {
            clickOn(waitFor("tabNav4"))
            clickOn(waitFor("languageCy"), "settingsPage")
            compare(App.language, "cy")
            compare(find("settingsPage").visible, true) // switching language stays on the page
            tryCompare(find("tabNav3"), "text", "Hanes")
            compare(find("tabNav0").text, "Cofnodi")
            clickOn(find("tabNav3"))
            verify(find("historyCount").text.indexOf("1 cofnod") === 0, find("historyCount").text)
            shoot("history-phone-cy.png")
            clickOn(find("tabNav0"))
            compare(find("saveCheckin").text, "Diweddaru'r cofnod")
        }

        function test_6_screenshots_at_both_sizes() {
            for (const lang of ["cy", "en"]) {
                App.language = lang
                resize(390, 844)
                clickOn(waitFor("tabNav0"))
                find("checkinPage").contentItem.contentY = 0
                shoot("checkin-phone-" + lang + ".png")
                resize(1280, 800)
                clickOn(waitFor("railNav0"))
                find("checkinPage").contentItem.contentY = 0
                shoot("checkin-laptop-" + lang + ".png")
                clickOn(find("railNav3"))
                shoot("history-laptop-" + lang + ".png")
            }
            compare(App.language, "en")
            resize(390, 844)
        }
    }
}
