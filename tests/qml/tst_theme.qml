import QtQuick
import QtTest
import Saib

// Light and dark: every foreground/background pair of the palette meets WCAG AA in both
// sets; Settings switches the theme and the real pages follow it; font sizes follow the
// system text size. Saves dark screenshots (phone and laptop) on the way.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "Theme"
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
        function scrollTo(pageName, item) {
            const flick = find(pageName).contentItem
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(pos.y - 100, flick.contentHeight - flick.height))
            wait(50)
        }
        function scrollTop(pageName) { find(pageName).contentItem.contentY = 0; wait(50) }

        // WCAG 2.x relative luminance and contrast ratio.
        function luminance(c) {
            const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.fillSyntheticYear(false))
        }
        function cleanupTestCase() { App.theme = "system"; fixtures.setFontScale(1) }

        function test_1_every_pair_meets_wcag_aa_in_both_themes() {
            const roles = Object.keys(Theme.lightSet)
            compare(Object.keys(Theme.darkSet).sort().join(","), roles.slice().sort().join(","),
                    "light and dark sets name the same colours")
            // Every colour is checked against something, or declared decorative.
            const used = {}
            for (const p of Theme.contrastPairs) { used[p[0]] = true; used[p[1]] = true }
            for (const r of Theme.decorativeRoles) used[r] = true
            const unchecked = roles.filter(r => !used[r])
            verify(unchecked.length === 0, "colours in no contrast pair: " + unchecked.join(", "))

            const failures = []
            for (const theme of ["light", "dark"]) {
                App.theme = theme
                compare(Theme.dark, theme === "dark")
                for (const p of Theme.contrastPairs) {
                    verify(roles.indexOf(p[0]) >= 0 && roles.indexOf(p[1]) >= 0, "unknown colour in " + p)
                    const ratio = contrast(Theme[p[0]], Theme[p[1]])
                    if (ratio < p[2])
                        failures.push(theme + ": " + p[0] + " on " + p[1] + " = " + ratio.toFixed(2) + " < " + p[2])
                }
            }
            verify(failures.length === 0, failures.join("; "))
        }

        function test_2_settings_switch_light_dark_system() {
            App.theme = "light"
            const light = Qt.color(Theme.background)
            compare(find("shellBackground").color, light)
            mouseClick(waitFor("tabNav4"))
            mouseClick(waitFor("settingsGroup_appearance"))
            const dark = waitFor("theme_dark")
            scrollTo("appearanceSettings", dark)
            mouseClick(dark)
            compare(App.theme, "dark")
            verify(App.darkMode)
            tryCompare(find("shellBackground"), "color", Qt.color(Theme.darkSet.background))
            verify(find("theme_dark").checked)
            // The choice survives a restart: it is in preferences.ini.
            mouseClick(find("theme_system"))
            compare(App.theme, "system")
            compare(App.darkMode, false) // the offscreen platform is light
            compare(find("shellBackground").color, light)
            mouseClick(find("theme_dark"))
            verify(App.darkMode)
        }

        function test_3_font_sizes_follow_the_system_text_size() {
            const base = Theme.px(20)
            fixtures.setFontScale(1.5)
            compare(Theme.px(20), 30)
            compare(shell.font.pixelSize, Theme.px(14))
            fixtures.setFontScale(1)
            compare(Theme.px(20), base)
        }

        function test_4_dark_screenshots() {
            App.theme = "dark"
            for (const size of [[390, 844, "phone"], [1280, 800, "laptop"]]) {
                resize(size[0], size[1])
                const nav = size[2] === "phone" ? "tabNav" : "railNav"
                mouseClick(waitFor(nav + "0"))
                scrollTop("checkinPage")
                shoot("checkin-" + size[2] + "-en-dark.png")
                mouseClick(waitFor(nav + "2"))
                tryVerify(() => find("jdrChart") !== null)
                wait(300)
                shoot("dashboard-" + size[2] + "-en-dark.png")
                mouseClick(waitFor(nav + "1"))
                shoot("journal-" + size[2] + "-en-dark.png")
            }
            // Settings with reminders on, in both themes.
            Reminders.dailyEnabled = true
            Reminders.weeklyEnabled = true
            for (const theme of ["light", "dark"]) {
                App.theme = theme
                resize(1280, 800)
                mouseClick(waitFor("railNav4"))
                mouseClick(waitFor("settingsGroup_reminders"))
                scrollTo("remindersSettings", find("dailyReminder"))
                shoot("settings-reminders-laptop-en" + (theme === "dark" ? "-dark" : "") + ".png")
                resize(390, 844)
                scrollTo("remindersSettings", find("dailyReminder"))
                shoot("settings-reminders-phone-en" + (theme === "dark" ? "-dark" : "") + ".png")
                // Back to the list of groups, as a phone shows Settings first.
                mouseClick(waitFor("settingsBack"))
                waitFor("settingsGroup_security")
                shoot("settings-phone-en" + (theme === "dark" ? "-dark" : "") + ".png")
            }
            Reminders.dailyEnabled = false
            Reminders.weeklyEnabled = false
            App.lock()
            tryVerify(() => find("unlockButton") !== null)
            App.theme = "dark"
            shoot("unlock-phone-en-dark.png")
            App.theme = "system"
        }
    }
}
