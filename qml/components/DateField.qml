import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A day picked from a month calendar instead of typed as YYYY-MM-DD: the button shows
// the day in words (or the placeholder) and opens MonthCalendar in a popup; the cross
// clears it. `text` is the ISO day ("" for none), so code that read a TextField's text
// keeps working. Days run from the first check-in's month up to today (MonthCalendar),
// unless firstDay/lastDay say otherwise (school dates run into next year); showLoad
// false leaves the check-ins' colours out of the picker.
RowLayout {
    id: field
    property string text: ""
    property string placeholderText: ""
    property string accessibleName: placeholderText
    property string firstDay: Checkins.firstDayIso
    property string lastDay: Checkins.todayIso
    property bool showLoad: true
    spacing: 0
    SecondaryButton {
        objectName: field.objectName + "Button"
        text: field.text.length > 0 ? Checkins.longDay(field.text) : field.placeholderText
        iconName: "calendar"
        Layout.fillWidth: true
        Accessible.name: field.text.length > 0 ? qsTr("%1: %2").arg(field.accessibleName).arg(text) : field.accessibleName
        onClicked: popup.open()
    }
    IconButton {
        objectName: field.objectName + "Clear"
        visible: field.text.length > 0
        text: qsTr("Clear the date")
        iconName: "close"
        onClicked: field.text = ""
    }
    Popup {
        id: popup
        objectName: field.objectName + "Popup"
        parent: Overlay.overlay
        modal: true
        focus: true
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 2)
        width: Math.min(380, parent.width - 32)
        padding: 16
        background: Rectangle { color: Theme.surface; radius: 12; border.color: Theme.border }
        // Made only while open: a closed popup's calendar would still be laid out on every
        // window resize and language switch, which crashed Qt 6.4's GridLayout (a delegate
        // of the month grid already gone).
        contentItem: Loader {
            active: popup.visible
            sourceComponent: MonthCalendar {
                width: popup.availableWidth
                firstDay: field.firstDay
                lastDay: field.lastDay
                showLoad: field.showLoad
                startDay: field.text
                onDayChosen: (day) => { field.text = day; popup.close() }
            }
        }
    }
}
