import QtQuick
import QtTest
import Saib

// Settings → Import from another app: a Daylio export is previewed (counts, a skipped
// row and why), nothing is written until Import, then it is; importing it again adds
// nothing twice; a malformed check-ins CSV names its line; a Daylio file's own moods are
// mapped onto the scales before anything is previewed or written.
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
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.writeFile(fixtures.tempPath("daylio.csv"),
                "full_date,date,weekday,time,mood,activities,note_title,note\n" +
                "2024-05-02,May 2,Thursday,20:15,rad,friends | exercise,Diwrnod da,\"Cerdded â ffrindiau\"\n" +
                "2024-05-01,May 1,Wednesday,21:00,tired,work,,\n"))
            verify(fixtures.writeFile(fixtures.tempPath("bad.csv"),
                "day,hours,strategic_percent,demand,emotional,energy,drained_by,sustained_by,note\n" +
                "2024-09-02,9.5,20,7,6,4,,,\n2024-09-03,9,20,12,6,4,,,\n"))
            verify(fixtures.writeFile(fixtures.tempPath("moods.csv"),
                "full_date,date,weekday,time,mood,activities,note_title,note\n" +
                "2024-06-05,June 5,Wednesday,20:00,Tired,work,,\n" +
                "2024-06-04,June 4,Tuesday,20:00,rad,,,\n" +
                "2024-06-03,June 3,Monday,20:00,tired,,,\n"))
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_backup"))
            waitFor("backupSettings")
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

        function test_3_daylio_moods_are_mapped_first() {
            const section = waitFor("importDaylio").parent.parent
            section.kind = "daylio"
            section.fileChosen("file://" + fixtures.tempPath("moods.csv"))
            verify(!Importer.hasPreview) // nothing read into a preview yet
            tryVerify(() => find("daylioMoods").visible)
            compare(section.moods.length, 2) // "Tired" and "tired" are one mood, as in the import
            compare(section.moods[0].name, "Tired")
            compare(section.moods[0].rows, 2)
            verify(!section.moods[0].known)
            compare(section.moods[0].demand, 5)
            compare(section.moods[1].name, "rad")
            verify(section.moods[1].known)
            compare([section.moods[1].demand, section.moods[1].emotional, section.moods[1].energy], [3, 1, 9])

            const demand = find("mood_0_demand")
            demand.value = 6
            demand.valueModified()
            const energy = find("mood_0_energy")
            energy.value = 2
            energy.valueModified()
            const moods = find("daylioMoods")
            for (let p = moods; p; p = p.parent)
                if (p.contentY !== undefined && p.contentHeight !== undefined) {
                    const pos = moods.mapToItem(p.contentItem, 0, 0)
                    p.contentY = Math.max(0, Math.min(pos.y - 250, p.contentHeight - p.height))
                    break
                }
            if (screenshotDir) { wait(300); grabImage(root).save(screenshotDir + "/import-daylio-moods-laptop-en.png") }

            find("daylioPreview").clicked()
            verify(Importer.hasPreview)
            verify(!find("daylioMoods").visible)
            verify(find("importSummary").text.indexOf("check-ins: 3;") >= 0, find("importSummary").text)
            compare(Checkins.checkinFor("2024-06-05").exists, false) // still nothing written
            find("importConfirm").clicked()
            verify(!find("importMessage").isError, find("importMessage").text)
            const tired = Checkins.checkinFor("2024-06-05")
            verify(tired.exists)
            compare([tired.demand, tired.emotional, tired.energy], [6, 5, 2])
            const rad = Checkins.checkinFor("2024-06-04")
            compare([rad.demand, rad.emotional, rad.energy], [3, 1, 9])
        }
    }
}
