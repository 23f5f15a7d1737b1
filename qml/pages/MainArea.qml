import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saib

// The unlocked app: navigation (a side rail when wide, a bottom bar when narrow) and the
// pages. Page order matches `sections`. The navigation is a set of exclusive, checkable
// page tabs in the Tab order, so a screen reader says which page is current. Only the
// current page exists: each is created by its Loader when chosen, so the pages behind it
// are not in the accessibility tree (Qt 6.4 leaves hidden items there as "not showing").
Item {
    id: area
    property bool wide: false
    property int currentIndex: 0
    // Where Escape goes back to from a page's top level.
    property int previousIndex: 0
    readonly property var sections: [qsTr("Check-in"), qsTr("Journal"), qsTr("Insights"), qsTr("History"), qsTr("Settings")]
    readonly property var sectionIcons: ["checkin", "journal", "insights", "history", "settings"]
    property int shownIndex: 0
    // The page just left stays loaded (hidden) until the next turn of the event loop, so
    // it empties its views while everything around it is whole; unloading a page with a
    // filled ListView at once crashed Qt 6.4 under the AT-SPI bridge.
    property int leavingIndex: -1
    onCurrentIndexChanged: {
        if (area.currentIndex === area.shownIndex) return
        area.previousIndex = area.shownIndex
        area.leavingIndex = area.shownIndex
        area.shownIndex = area.currentIndex
        unloadLater.restart()
    }
    Timer { id: unloadLater; interval: 0; onTriggered: area.leavingIndex = -1 }
    function loaded(index) { return area.currentIndex === index || area.leavingIndex === index }

    // Desktop shortcuts: new journal entry, search, lock.
    Shortcut { sequence: "Ctrl+N"; onActivated: { area.currentIndex = 1; (journalLoader.item as JournalPage).openEditor({}) } }
    Shortcut { sequence: StandardKey.Find; onActivated: { area.currentIndex = 1; (journalLoader.item as JournalPage).focusSearch() } }
    Shortcut { sequence: "Ctrl+L"; onActivated: App.lock() }

    // Escape: back inside the page (a pushed sub-page) if it can, else to the page before.
    function back() {
        const journal = journalLoader.item as JournalPage
        const settings = settingsLoader.item as SettingsSection
        if (journal && journal.back()) return true
        if (settings && settings.back()) return true
        if (area.currentIndex === area.previousIndex) return false
        area.currentIndex = area.previousIndex
        area.focusNavigation()
        return true
    }
    // Focus on the current page's tab: named, and it says which page is shown.
    function focusNavigation() {
        const tab = area.wide ? railRepeater.itemAt(area.currentIndex) : bottomRepeater.itemAt(area.currentIndex)
        if (tab) tab.forceActiveFocus(Qt.OtherFocusReason)
    }
    // After unlocking, focus starts on a named control, not on an anonymous container.
    Timer { running: true; interval: 0; onTriggered: area.focusNavigation() }

    // A tapped reminder opens today's check-in, wherever the leader was.
    Connections {
        target: Reminders
        function onOpenCheckinRequested() { area.openCheckin(Checkins.todayIso) }
    }

    property string dayToOpen: ""
    Timer { id: openLater; interval: 0; onTriggered: area.openCheckin(area.dayToOpen) }
    // The check-in being answered outlives its page (see CheckinDraft.h).
    CheckinDraft { id: checkinDraft }
    function openCheckin(day) {
        currentIndex = 0
        const page = checkinLoader.item as CheckinPage
        page.open(day)
        page.focusFirst()
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
                    id: railRepeater
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
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: area.currentIndex
                Loader {
                    id: checkinLoader
                    active: area.loaded(0)
                    sourceComponent: CheckinPage { objectName: "checkinPage"; draft: checkinDraft }
                }
                Loader {
                    id: journalLoader
                    active: area.loaded(1)
                    sourceComponent: JournalPage { objectName: "journalPage" }
                }
                Loader {
                    active: area.loaded(2)
                    sourceComponent: InsightsPage { objectName: "insightsPage" }
                }
                Loader {
                    active: area.loaded(3)
                    // Later, not inside the signal: opening the day unloads this page.
                    sourceComponent: HistoryPage { onEditRequested: (day) => { area.dayToOpen = day; openLater.restart() } }
                }
                Loader {
                    id: settingsLoader
                    active: area.loaded(4)
                    sourceComponent: SettingsSection {}
                }
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
                    id: bottomRepeater
                    model: area.sections.length
                    delegate: BottomNavButton {
                        id: tabButton
                        required property int index
                        objectName: "tabNav" + tabButton.index
                        text: area.sections[tabButton.index]
                        iconName: area.sectionIcons[tabButton.index]
                        focusPolicy: Qt.StrongFocus
                        Accessible.selected: tabButton.checked
                    }
                }
            }
        }
    }
}
