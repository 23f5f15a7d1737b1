import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Reminders: the daily check-in and the weekly rating, each with its time;
// the next reminder spelled out.
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("Reminders"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    Label {
        text: qsTr("A reminder only says it is time for a pause: never anything you wrote. It can arrive while Saib is locked.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: !Reminders.canNotify
        text: qsTr("This device is not showing notifications from Saib, so reminders cannot appear yet.")
        color: Theme.warningText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ToggleSwitch {
        objectName: "dailyReminder"
        text: qsTr("Remind me to check in each day")
        checked: Reminders.dailyEnabled
        Accessible.name: text
        Layout.fillWidth: true
        onToggled: Reminders.dailyEnabled = checked
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Label { text: qsTr("Time") }
        TimePicker {
            namePrefix: "reminder"
            label: qsTr("Daily reminder")
            hour: Reminders.hour
            minute: Reminders.minute
            onPicked: (h, m) => Reminders.setTime(h, m)
        }
    }
    ToggleSwitch {
        objectName: "weekdaysOnly"
        text: qsTr("Not at weekends")
        checked: Reminders.weekdaysOnly
        enabled: Reminders.dailyEnabled
        Accessible.name: text
        Layout.fillWidth: true
        onToggled: Reminders.weekdaysOnly = checked
    }
    ToggleSwitch {
        objectName: "weeklyReminder"
        text: qsTr("Remind me to rate my week")
        checked: Reminders.weeklyEnabled
        Accessible.name: text
        Layout.fillWidth: true
        onToggled: Reminders.weeklyEnabled = checked
    }
    RowLayout {
        Layout.fillWidth: true
        enabled: Reminders.weeklyEnabled
        Label { text: qsTr("On") }
        ComboBox {
            id: dayBox
            objectName: "weeklyDay"
            model: Reminders.weekdays
            textRole: "name"
            valueRole: "day"
            currentIndex: Reminders.weeklyDay - 1
            Layout.fillWidth: true
            Accessible.name: qsTr("Day for the weekly rating")
            onActivated: Reminders.weeklyDay = currentValue
            Binding { target: dayBox.contentItem; property: "Accessible.name"; value: dayBox.Accessible.name }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        enabled: Reminders.weeklyEnabled
        spacing: 12
        Label { text: qsTr("At") }
        TimePicker {
            namePrefix: "weekly"
            label: qsTr("Weekly reminder")
            hour: Reminders.weeklyHour
            minute: Reminders.weeklyMinute
            onPicked: (h, m) => Reminders.setWeeklyTime(h, m)
        }
    }
    Label {
        objectName: "nextReminder"
        text: Reminders.nextText
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ToggleSwitch {
        objectName: "keepInTray"
        visible: Reminders.trayAvailable
        text: qsTr("Keep Saib in the system tray when its window is closed, so reminders can arrive")
        checked: Reminders.keepInTray
        Accessible.name: text
        Layout.fillWidth: true
        onToggled: Reminders.keepInTray = checked
    }
}
