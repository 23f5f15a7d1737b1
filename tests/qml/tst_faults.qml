import QtQuick
import QtTest
import Saib

// A store that cannot be written (read-only data folder): saving a check-in shows the
// translated reason instead of "Saved", nothing else breaks, history and the journal can
// still be read, and saving works again once the store is writable.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        id: tc
        name: "Faults"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null, 3000, "no item named " + name)
            return find(name)
        }
        // Scrolls the check-in page until the save button is on screen, then clicks it.
        function clickSave() {
            const button = waitFor("saveCheckin")
            const flick = find("checkinPage").contentItem
            for (let i = 0; i < 10; ++i) {
                const y = button.mapToItem(root, 0, 0).y
                if (y > 0 && y + button.height < root.height)
                    break
                flick.contentY = Math.max(0, Math.min(flick.contentY + y - root.height / 2,
                                                      flick.contentHeight - flick.height))
                wait(50)
            }
            mouseClick(button)
        }

        function initTestCase() {
            const component = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml")
            compare(component.status, Component.Ready, component.errorString())
            shell = component.createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.fillSyntheticYear(false))
        }

        function test_read_only_store_shows_the_reason_and_keeps_reading() {
            const entries = Journal.entryCount
            verify(entries > 0)
            verify(fixtures.setStoreReadOnly(true))
            clickSave()
            const status = find("checkinStatus")
            tryVerify(() => status.text.length > 0)
            compare(status.text, "The data folder is read-only, so this was not saved.")
            verify(status.isError)
            // Still unlocked and readable: the journal, search and the dashboard.
            verify(App.unlocked)
            compare(Journal.entryCount, entries)
            verify(Journal.search("school", "", "", "").ok)
            verify(Journal.results.length > 0)
            Insights.range = "1y"
            verify(Insights.summary.length > 0)

            verify(fixtures.setStoreReadOnly(false))
            clickSave()
            tryCompare(status, "text", "Saved. Thank you for pausing.")
            verify(!status.isError)
        }
    }
}
