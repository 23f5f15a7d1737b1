import QtQuick
import QtTest
import Saib

// Settings → Import from another app: a Daylio export is previewed (counts, a skipped
// row and why), nothing is written until Import, then it is; importing it again adds
// nothing twice; a malformed check-ins CSV names its line.
Item {
    id: root
    width: 1280
    height: 1000

    TestCase {
        name: "Import"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null, 3000, "no item named " + name)
            return find(name)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel") === "")
            tryVerify(() => App.unlocked)
            verify(fixtures.writeFile(fixtures.tempPath("daylio.csv"),
                "full_date,date,weekday,time,mood,activities,note_title,note\n" +
                "2024-05-02,May 2,Thursday,20:15,rad,friends | exercise,Diwrnod da,\"Cerdded â ffrindiau\"\n" +
                "2024-05-01,May 1,Wednesday,21:00,tired,work,,\n"))
            verify(fixtures.writeFile(fixtures.tempPath("bad.csv"),
                "day,hours,strategic_percent,demand,emotional,energy,drained_by,sustained_by,note\n" +
                "2024-09-02,9.5,20,7,6,4,,,\n2024-09-03,9,20,12,6,4,,,\n"))
            mouseClick(waitFor("railNav4"))
            waitFor("settingsPage")
        }

        function test_1_preview_then_import() {
            const section = waitFor("importDaylio").parent.parent
            section.kind = "daylio"
            section.previewFile("file://" + fixtures.tempPath("daylio.csv"))
            verify(Importer.hasPreview)
            verify(find("importSummary").text.indexOf("Journal entries: 1; check-ins: 1;") >= 0, find("importSummary").text)
            verify(find("importSkipped").text.indexOf("Line 3") >= 0 && find("importSkipped").text.indexOf("tired") >= 0,
                   find("importSkipped").text)
            compare(Journal.entryCount, 0) // nothing written yet
            find("importConfirm").clicked()
            verify(!Importer.hasPreview)
            verify(!find("importMessage").isError, find("importMessage").text)
            tryCompare(Journal, "entryCount", 1)

            section.previewFile("file://" + fixtures.tempPath("daylio.csv"))
            verify(find("importSummary").text.indexOf("Journal entries: 0; check-ins: 0;") >= 0, find("importSummary").text)
            find("importCancel").clicked()
            verify(!Importer.hasPreview)
        }

        function test_2_a_bad_line_is_named() {
            const section = waitFor("importCheckins").parent.parent
            section.kind = "checkins"
            section.previewFile("file://" + fixtures.tempPath("bad.csv"))
            verify(!Importer.hasPreview)
            verify(find("importMessage").isError)
            verify(find("importMessage").text.indexOf("line 3") >= 0, find("importMessage").text)
        }
    }
}
