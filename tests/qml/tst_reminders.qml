import QtQuick
import QtTest
import Saib

// Reminder settings in Settings: off by default; daily on with a chosen time and
// weekends off; the weekly rating day; the next reminder is spelled out; choices are
// stored (preferences.ini, readable while locked) and survive locking.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "Reminders"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            return find(name)
        }
        function reveal(item) {
            const flick = find("remindersSettings").contentItem
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(pos.y - 150, flick.contentHeight - flick.height))
            wait(50)
            return item
        }
        function openSettings() {
            if (!App.unlocked) verify(App.unlock("afon goch llyfr tawel").ok)
            mouseClick(waitFor("tabNav4"))
            if (!find("remindersSettings") || !find("remindersSettings").visible)
                mouseClick(waitFor("settingsGroup_reminders"))
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
        }

        function test_1_off_by_default() {
            openSettings()
            verify(!Reminders.dailyEnabled)
            verify(!Reminders.weeklyEnabled)
            verify(!find("dailyReminder").checked)
            compare(find("nextReminder").text, "No reminders are set.")
        }

        function test_2_daily_time_and_weekends() {
            openSettings()
            mouseClick(reveal(waitFor("dailyReminder")))
            verify(Reminders.dailyEnabled)
            // "How was today?" is asked after school by default: 17:00.
            compare(Reminders.time, "17:00")
            compare(find("reminderHour").currentIndex, 17)
            // The hour wheel from 17 back to 07 with the keyboard, the minutes on to 30.
            const hour = reveal(find("reminderHour"))
            hour.forceActiveFocus()
            for (let i = 0; i < 10; ++i) keyClick(Qt.Key_Up)
            compare(Reminders.hour, 7)
            const minute = find("reminderMinute")
            minute.forceActiveFocus()
            for (let i = 0; i < 6; ++i) keyClick(Qt.Key_Down)
            compare(Reminders.minute, 30)
            compare(Reminders.time, "07:30")
            verify(find("nextReminder").text.indexOf("Next reminder: ") === 0, find("nextReminder").text)
            verify(find("nextReminder").text.indexOf("at 07:30") > 0, find("nextReminder").text)
            verify(Reminders.weekdaysOnly) // school leaders' default
            mouseClick(reveal(find("weekdaysOnly")))
            verify(!Reminders.weekdaysOnly)
        }

        function test_3_weekly_day() {
            openSettings()
            const weekly = reveal(waitFor("weeklyReminder"))
            mouseClick(weekly)
            verify(Reminders.weeklyEnabled)
            const box = reveal(find("weeklyDay"))
            compare(box.currentText, "Friday")
            // Its own time, Friday 16:00 by default, apart from the daily one.
            compare(Reminders.weeklyTime, "16:00")
            compare(Reminders.time, "07:30")
            const weeklyHour = reveal(find("weeklyHour"))
            weeklyHour.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(Reminders.weeklyTime, "17:00")
            compare(Reminders.time, "07:30")
            box.currentIndex = 6
            box.activated(6)
            compare(Reminders.weeklyDay, 7)
            compare(box.currentText, "Sunday")
        }

        function test_4_kept_while_locked_and_no_retroactive_fire() {
            openSettings()
            App.lock()
            tryVerify(() => !App.unlocked)
            // Settings are readable without the passphrase...
            compare(Reminders.time, "07:30")
            verify(Reminders.dailyEnabled && Reminders.weeklyEnabled)
            compare(Reminders.weeklyDay, 7)
            // ...and changing them never fires one for a time already past.
            compare(Reminders.checkNowForTests(), "")
            openSettings()
            mouseClick(reveal(find("dailyReminder")))
            mouseClick(reveal(find("weeklyReminder")))
            compare(find("nextReminder").text, "No reminders are set.")
        }

        function test_5_fires_once_at_the_time_even_after_sleep() {
            // A fixed clock: tomorrow at 07:29 local time.
            const d = new Date(fixtures.nowMs()); d.setDate(d.getDate() + 1); d.setHours(7, 29, 0, 0)
            fixtures.setReminderClock(d.getTime())
            Reminders.weekdaysOnly = false
            Reminders.setTime(7, 30)
            Reminders.dailyEnabled = true
            compare(Reminders.checkNowForTests(), "")
            // The laptop sleeps through 07:30 and wakes at 07:50: one reminder, generic text.
            fixtures.setReminderClock(d.getTime() + 21 * 60 * 1000)
            const shown = Reminders.checkNowForTests()
            compare(shown, "Time for a pause|How was today? A check-in takes 30 seconds.")
            compare(fixtures.notifications().length, 1)
            fixtures.setReminderClock(d.getTime() + 22 * 60 * 1000)
            compare(Reminders.checkNowForTests(), "")
            compare(fixtures.notifications().length, 1)
            Reminders.dailyEnabled = false
            fixtures.clearReminderClock()
        }

        function test_6_tapping_a_reminder_opens_todays_checkin() {
            openSettings()
            verify(find("checkinPage") === null || !find("checkinPage").visible) // not loaded
            fixtures.tapReminder()
            tryVerify(() => find("checkinPage") !== null && find("checkinPage").visible)
            compare(find("checkinPage").day, Checkins.todayIso)
            compare(find("checkinHeading").text, "How was today?")
        }

        function test_7_welsh_day_names() {
            openSettings()
            App.language = "cy"
            const names = Reminders.weekdays.map(d => d.name)
            compare(names.length, 7)
            verify(names[0].indexOf("Llun") >= 0, names[0])
            App.language = "en"
        }
    }
}
