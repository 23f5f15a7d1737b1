import QtQuick
import QtTest
import Saib

// Settings > Back up and restore, and the journal import: restore a backup from another
// device into this fresh (empty) Saib, refuse a second restore, back up again, import a
// journal export, a wrong backup passphrase, and that the file dialogs open.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Backup"
        when: windowShown
        property var shell: null
        property var page: null
        readonly property string backupPass: "cyfrinair y copi wrth gefn"

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            return find(name)
        }
        function openSettings() {
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_backup"))
            page = waitFor("backupSettings")
        }
        function setPassphrases(pass, confirm) {
            find("backupPassphrase").text = pass
            find("backupConfirm").text = confirm
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.writeOtherDeviceBackup(fixtures.tempPath("other.saibbackup"), backupPass, 20, 3))
        }

        function test_1_wrong_passphrase_restores_nothing() {
            openSettings()
            setPassphrases("not the backup passphrase", "")
            page.restoreFrom("file://" + fixtures.tempPath("other.saibbackup"))
            const result = find("backupResult")
            tryVerify(() => result.text.length > 0, 5000, "no answer from the restore")
            verify(result.isError)
            verify(result.text.indexOf("passphrase is not right") >= 0, result.text)
            compare(Journal.entryCount, 0)
        }

        function test_2_restore_into_an_empty_saib() {
            openSettings()
            setPassphrases(backupPass, "")
            verify(find("restoreButton").enabled)
            page.restoreFrom("file://" + fixtures.tempPath("other.saibbackup"))
            const result = find("backupResult")
            tryVerify(() => result.text.length > 0, 5000, "no answer from the restore")
            verify(!result.isError, result.text)
            verify(/Restored from the backup: \d+ check-ins, 3 journal entries/.test(result.text), result.text)
            compare(Journal.entryCount, 3)
            compare(find("backupPassphrase").text, "")
            // The history page shows the restored days.
            verify(Checkins.history.rowCount() > 0)
        }

        function test_3_second_restore_is_refused() {
            openSettings()
            setPassphrases(backupPass, "")
            page.restoreFrom("file://" + fixtures.tempPath("other.saibbackup"))
            tryVerify(() => find("backupResult").text.length > 0)
            verify(find("backupResult").isError)
            verify(find("backupResult").text.indexOf("empty Saib") >= 0, find("backupResult").text)
            compare(Journal.entryCount, 3)
        }

        function test_4_back_up() {
            openSettings()
            setPassphrases("short", "short")
            page.backUpTo(fixtures.tempPath("short.saibbackup"))
            verify(find("backupResult").isError)
            setPassphrases(backupPass, "a typo here")
            page.backUpTo(fixtures.tempPath("typo.saibbackup"))
            verify(find("backupResult").isError)
            setPassphrases(backupPass, backupPass)
            verify(find("backUpButton").enabled)
            page.backUpTo("file://" + fixtures.tempPath("mine.saibbackup"))
            // The key derivation runs on a worker: busy first, then the answer.
            verify(Backup.busy)
            verify(!find("backUpButton").enabled, "no second backup while one runs")
            tryVerify(() => !Backup.busy && find("backupResult").text.length > 0, 5000)
            verify(!find("backupResult").isError, find("backupResult").text)
            verify(fixtures.fileExists(fixtures.tempPath("mine.saibbackup")))
            verify(!fixtures.fileExists(fixtures.tempPath("short.saibbackup")))
        }

        function test_5_import_a_journal_export() {
            openSettings()
            const exported = Journal.exportJson(fixtures.tempPath("export"))
            verify(exported.ok, exported.message)
            const first = Journal.entries[0].id
            verify(Journal.deleteEntry(first).ok)
            compare(Journal.entryCount, 2)
            page.importFrom("file://" + exported.path)
            verify(!find("importResult").isError, find("importResult").text)
            verify(find("importResult").text.indexOf("1 new") >= 0, find("importResult").text)
            compare(Journal.entryCount, 3)
            page.importFrom(fixtures.tempPath("mine.saibbackup"))   // not a journal export
            verify(find("importResult").isError)
        }

        function test_6_dialogs_open() {
            openSettings()
            setPassphrases(backupPass, backupPass)
            const dialog = find("backupSaveDialog")
            verify(dialog !== null)
            find("backUpButton").clicked()   // the button may be scrolled out of view
            tryVerify(() => dialog.visible, 3000, "save dialog did not open")
            dialog.close()
            tryVerify(() => !dialog.visible)
        }
    }
}
