import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The check-ins as a month calendar (every month back to the first check-in; tap any
// day up to today, empty ones too, to open or add its check-in) or as a list of the last
// 30 days, newest first, whose cards a screen reader reads in full. Both open the tapped
// day for editing.
Item {
    id: page
    signal editRequested(string day)
    property bool showList: false

    Row {
        id: viewSwitch
        objectName: "historyViewSwitch"
        anchors.top: parent.top
        anchors.topMargin: 12
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 8
        ChoiceChip {
            objectName: "historyCalendarButton"
            text: qsTr("Calendar")
            checked: !page.showList
            onClicked: page.showList = false
        }
        ChoiceChip {
            objectName: "historyListButton"
            text: qsTr("List")
            checked: page.showList
            onClicked: page.showList = true
        }
    }

    ScrollPage {
        objectName: "historyCalendarView"
        visible: !page.showList
        anchors.fill: parent
        anchors.topMargin: viewSwitch.height + 12
        maxWidth: Theme.contentWidth
        MonthCalendar {
            id: calendar
            objectName: "historyCalendar"
            Layout.fillWidth: true
            onDayChosen: (day) => page.editRequested(day)
        }
    }

    ListView {
        id: list
        objectName: "historyList"
        visible: page.showList
        anchors.fill: parent
        anchors.margins: 16
        anchors.topMargin: viewSwitch.height + 24
        spacing: 10
        clip: true
        // No cards while hidden (the calendar is shown, or the page is being left): they
        // leave the accessibility tree, and the view is empty when the page is unloaded.
        model: list.visible ? Checkins.history : null

        header: Label {
            objectName: "historyCount"
            width: list.width
            bottomPadding: 12
            text: qsTr("%n check-in(s) in the last 30 days", "", list.count)
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
        }

        delegate: ItemDelegate {
            id: card
            // The roles of CheckinListModel this card shows.
            required property string day
            required property string dayLabel
            // A scale not answered is undefined, shown as "–".
            required property var hours
            required property var strategic
            required property var demand
            required property var emotional
            required property var energy
            required property string drained
            required property string sustained
            required property string note
            required property int index
            readonly property string summary:
                qsTr("%L1 h · strategic %2% · demand %3 · emotional load %4 · energy %5")
                    .arg(card.shown(card.hours)).arg(card.shown(card.strategic)).arg(card.shown(card.demand))
                    .arg(card.shown(card.emotional)).arg(card.shown(card.energy))
            function shown(v) { return v === undefined || v === null ? "–" : v }
            width: Math.min(list.width, 760)
            padding: 14
            // A Tab stop with a press action: Space or Return opens the day.
            focusPolicy: Qt.StrongFocus
            Accessible.name: card.dayLabel + ". " + card.summary
                             + (card.drained.length > 0 ? ". " + qsTr("Drained by: %1").arg(card.drained) : "")
                             + (card.sustained.length > 0 ? ". " + qsTr("Sustained by: %1").arg(card.sustained) : "")
            Accessible.description: qsTr("Opens this check-in to change it")
            Accessible.onPressAction: page.editRequested(card.day)
            onClicked: page.editRequested(card.day)
            // Tab moves through the cards: keep the focused one in view.
            onActiveFocusChanged: if (activeFocus) list.positionViewAtIndex(card.index, ListView.Contain)
            background: Rectangle {
                radius: 10
                color: card.hovered ? Theme.surfaceHover : Theme.surface
                border.color: card.visualFocus ? Theme.heading : Theme.border
                border.width: card.visualFocus ? 2 : 1
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    text: card.dayLabel
                    font.pixelSize: Theme.px(16)
                    font.weight: Font.DemiBold
                }
                Label {
                    text: card.summary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.drained.length > 0
                    text: qsTr("Drained by: %1").arg(card.drained)
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.sustained.length > 0
                    text: qsTr("Sustained by: %1").arg(card.sustained)
                    color: Theme.goodText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.note.length > 0
                    text: card.note
                    font.italic: true
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        footer: Label {
            visible: list.count === 0
            width: list.width
            text: qsTr("No check-ins yet. Your first one takes less than 30 seconds.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
    }
}
