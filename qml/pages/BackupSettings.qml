import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Saib

// Settings → Backup and export: an encrypted backup and its restore, plain exports of
// the journal, and imports. Every file is chosen in the platform's file dialogs; the
// functions they call take a URL or a path (tests call them directly).
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("Backup and export"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    Connections {
        target: Backup
        function onBackUpFinished(result) { page.backupDone(result) }
        function onRestoreFinished(result) { page.backupDone(result) }
    }

    // The file dialogs call these; tests call them with a path directly.
    function show(target, result) {
        target.isError = !result.ok
        target.text = result.message
    }
    function backUpTo(file) {
        backupResult.text = ""
        Backup.startBackUp(file, backupPassphrase.text, backupConfirm.text)
    }
    function restoreFrom(file) {
        backupResult.text = ""
        Backup.startRestore(file, backupPassphrase.text)
    }
    function backupDone(result) {
        page.show(backupResult, result)
        if (!backupResult.isError) { backupPassphrase.text = ""; backupConfirm.text = "" }
    }
    function importFrom(file) { page.show(importResult, Backup.importJournal(file)) }
    // The export goes into a new dated folder inside the one chosen, so a Markdown export's
    // many files do not spill over, say, Documents.
    function exportTo(folder, format) {
        const target = folder.toString().replace(/\/$/, "") + "/"
                     + encodeURIComponent(qsTr("Saib export %1").arg(Checkins.todayIso))
        page.showExport(format === "json" ? Journal.exportJson(target) : Journal.exportMarkdown(target))
    }

    function showExport(result) {
        exportResult.isError = !result.ok
        exportResult.text = !result.ok ? result.message
            : qsTr("Exported %n entry(s) to %1", "", result.count).arg(result.path)
    }

    Label {
        text: qsTr("Back up and restore")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("A backup is one encrypted file holding everything in Saib. It has its own passphrase, so you can restore it on a new device. Without that passphrase nobody can open the backup, not even you.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PassphraseField {
        id: backupPassphrase
        objectName: "backupPassphrase"
        placeholderText: qsTr("Backup passphrase (at least 8 characters)")
        Layout.fillWidth: true
    }
    StrengthMeter {
        visible: backupPassphrase.text.length > 0
        strength: App.passphraseStrength(backupPassphrase.text)
        Layout.fillWidth: true
    }
    PassphraseField {
        id: backupConfirm
        objectName: "backupConfirm"
        placeholderText: qsTr("Type the backup passphrase again (not needed to restore)")
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        PrimaryButton {
            objectName: "backUpButton"
            text: qsTr("Back up…")
            enabled: !Backup.busy && backupPassphrase.text.length > 0 && backupConfirm.text.length > 0
            onClicked: saveDialog.open()
        }
        SecondaryButton {
            objectName: "restoreButton"
            iconName: "restore"
            text: qsTr("Restore from backup…")
            enabled: !Backup.busy && backupPassphrase.text.length > 0
            onClicked: restoreDialog.open()
        }
    }
    RowLayout {
        objectName: "backupBusy"
        visible: Backup.busy
        spacing: 8
        Layout.fillWidth: true
        BusyIndicator { running: Backup.busy; implicitWidth: 28; implicitHeight: 28; padding: 0 }
        Label {
            text: qsTr("Working on the backup… Saib stays usable meanwhile.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label {
        text: qsTr("Restoring works only while Saib is empty, for example on a new device: nothing here is ever overwritten.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: backupResult; objectName: "backupResult"; Layout.fillWidth: true }

    Label {
        text: qsTr("Export your journal")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Exported files are not encrypted: keep them somewhere only you can reach.")
        color: Theme.warningText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        SecondaryButton {
            objectName: "exportMarkdown"
            text: qsTr("Export as Markdown…")
            iconName: "download"
            onClicked: { exportDialog.format = "markdown"; exportDialog.open() }
        }
        SecondaryButton {
            objectName: "exportJson"
            text: qsTr("Export as JSON…")
            iconName: "download"
            onClicked: { exportDialog.format = "json"; exportDialog.open() }
        }
    }
    FormMessage { id: exportResult; objectName: "exportResult"; Layout.fillWidth: true }
    SecondaryButton {
        objectName: "importJournal"
        iconName: "upload"
        text: qsTr("Import a journal export (JSON)…")
        onClicked: importDialog.open()
    }
    FormMessage { id: importResult; objectName: "importResult"; Layout.fillWidth: true }
    ImportSection { Layout.fillWidth: true }

    FileDialog {
        id: saveDialog
        objectName: "backupSaveDialog"
        title: qsTr("Save the backup as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "saibbackup"
        nameFilters: [qsTr("Saib backups (*.saibbackup)"), qsTr("All files (*)")]
        currentFolder: Backup.documentsFolder()
        onAccepted: page.backUpTo(selectedFile)
    }
    FileDialog {
        id: restoreDialog
        objectName: "backupOpenDialog"
        title: qsTr("Choose a backup to restore")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Saib backups (*.saibbackup)"), qsTr("All files (*)")]
        currentFolder: Backup.documentsFolder()
        onAccepted: page.restoreFrom(selectedFile)
    }
    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Choose a journal export to import")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        currentFolder: Backup.documentsFolder()
        onAccepted: page.importFrom(selectedFile)
    }
    FolderDialog {
        id: exportDialog
        objectName: "exportFolderDialog"
        property string format: "markdown"
        title: qsTr("Choose where to save the export")
        currentFolder: Backup.documentsFolder()
        onAccepted: page.exportTo(selectedFolder, format)
    }
}
