import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saib

// The unlocked app: navigation (a side rail when wide, a bottom bar when narrow) and the
// pages. Page order matches `sections`.
Item {
    id: area
    property bool wide: false
    property int currentIndex: 0
    readonly property var sections: [qsTr("Check-in"), qsTr("Journal"), qsTr("Insights"), qsTr("History"), qsTr("Settings")]
    readonly property var sectionIcons: ["checkin", "journal", "insights", "history", "settings"]

    // Desktop shortcuts: new journal entry, search, lock.
    Shortcut { sequence: "Ctrl+N"; onActivated: { area.currentIndex = 1; journalPage.openEditor({}) } }
    Shortcut { sequence: StandardKey.Find; onActivated: { area.currentIndex = 1; journalPage.focusSearch() } }
    Shortcut { sequence: "Ctrl+L"; onActivated: App.lock() }

    // A tapped reminder opens today's check-in, wherever the leader was.
    Connections {
        target: Reminders
        function onOpenCheckinRequested() { area.openCheckin(Checkins.todayIso) }
    }

    function openCheckin(day) {
        checkinPage.load(day)
        currentIndex = 0
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            id: rail
            visible: area.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 232
            Material.background: Theme.rail
            padding: 16

            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                Label {
                    text: qsTr("Saib")
                    font.pixelSize: Theme.px(28)
                    font.weight: Font.DemiBold
                    color: Theme.heading
                }
                Label {
                    text: qsTr("A pause for you")
                    color: Theme.textSecondary
                    Layout.bottomMargin: 16
                }
                Repeater {
                    // A count, not the translated list: a language switch must not
                    // recreate the buttons (that would jump back to the first page).
                    model: area.sections.length
                    delegate: NavButton {
                        id: railButton
                        required property int index
                        objectName: "railNav" + railButton.index
                        text: area.sections[railButton.index]
                        iconName: area.sectionIcons[railButton.index]
                        checked: area.currentIndex === railButton.index
                        Layout.fillWidth: true
                        onClicked: area.currentIndex = railButton.index
                    }
                }
                Item { Layout.fillHeight: true }
                TextButton {
                    objectName: "railLock"
                    text: qsTr("Lock")
                    iconName: "lock"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Lock Saib now")
                    onClicked: App.lock()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ToolBar {
                visible: !area.wide
                Layout.fillWidth: true
                background: Rectangle { color: Theme.toolbar }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    Label {
                        text: area.sections[area.currentIndex] || ""
                        color: Theme.textOnToolbar
                        font.pixelSize: Theme.px(20)
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    IconButton {
                        objectName: "barLock"
                        text: qsTr("Lock")
                        iconName: "lock"
                        iconColor: Theme.textOnToolbar
                        Accessible.name: qsTr("Lock Saib now")
                        onClicked: App.lock()
                    }
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: area.currentIndex
                CheckinPage { id: checkinPage; objectName: "checkinPage" }
                JournalPage { id: journalPage; objectName: "journalPage" }
                InsightsPage { objectName: "insightsPage" }
                HistoryPage { onEditRequested: (day) => area.openCheckin(day) }
                SettingsSection {}
            }

            // A hairline above the bottom bar, so the page reads as ending there, not cut off.
            Rectangle { visible: !area.wide; Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
            TabBar {
                id: bottomBar
                visible: !area.wide
                Layout.fillWidth: true
                position: TabBar.Footer
                currentIndex: area.currentIndex
                onCurrentIndexChanged: area.currentIndex = currentIndex
                Repeater {
                    model: area.sections.length
                    delegate: BottomNavButton {
                        id: tabButton
                        required property int index
                        objectName: "tabNav" + tabButton.index
                        text: area.sections[tabButton.index]
                        iconName: area.sectionIcons[tabButton.index]
                    }
                }
            }
        }
    }
}
