import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Saib

// Language, passphrase, locking, where the data lives, and the way into national surveys.
ScrollPage {
    id: page
    signal openSurveys()

    // Argon2id (twice) and the backup's key derivation run on worker threads; the buttons
    // show their progress and the answers arrive through the Connections below.
    function changePassphrase() {
        if (App.busy) return
        result.text = ""
        App.startChangePassphrase(current.text, next.text, confirm.text)
    }
    Connections {
        target: App
        function onPassphraseChangeFinished(error) {
            result.isError = error.length > 0
            result.text = error.length > 0 ? error : qsTr("Passphrase changed. Use the new one next time you unlock.")
            if (!result.isError) { current.text = ""; next.text = ""; confirm.text = "" }
        }
    }
    Connections {
        target: Backup
        function onBackUpFinished(answer) { page.backupDone(answer) }
        function onRestoreFinished(answer) { page.backupDone(answer) }
    }

    // The file dialogs call these; tests call them with a path directly.
    function show(target, result) {
        target.isError = result.error.length > 0
        target.text = target.isError ? result.error : result.message
    }
    function backUpTo(file) {
        backupResult.text = ""
        Backup.startBackUp(file, backupPassphrase.text, backupConfirm.text)
    }
    function restoreFrom(file) {
        backupResult.text = ""
        Backup.startRestore(file, backupPassphrase.text)
    }
    function backupDone(answer) {
        page.show(backupResult, answer)
        if (!backupResult.isError) { backupPassphrase.text = ""; backupConfirm.text = "" }
    }
    function importFrom(file) { page.show(importResult, Backup.importJournal(file)) }

    function showExport(result) {
        exportResult.isError = result.error.length > 0
        exportResult.text = exportResult.isError ? result.error
            : qsTr("Exported %n entry(s) to %1", "", result.count).arg(result.path)
    }

    Label {
        text: qsTr("Language")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
    }
    LanguageSwitch {}

    Label {
        text: qsTr("Appearance")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [{ id: "system", label: qsTr("Same as this device") },
                    { id: "light", label: qsTr("Light") },
                    { id: "dark", label: qsTr("Dark") }]
            delegate: ChoiceChip {
                id: themeChip
                required property var modelData
                objectName: "theme_" + themeChip.modelData.id
                text: themeChip.modelData.label
                checked: App.theme === themeChip.modelData.id
                Accessible.name: qsTr("Colours: %1").arg(themeChip.modelData.label)
                onClicked: App.theme = themeChip.modelData.id
            }
        }
    }

    Label {
        text: qsTr("Change passphrase")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Your data stays as it is; only the lock on its key changes.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PassphraseField {
        id: current
        objectName: "currentPassphrase"
        placeholderText: qsTr("Current passphrase")
        Layout.fillWidth: true
    }
    PassphraseField {
        id: next
        objectName: "newPassphrase"
        placeholderText: qsTr("New passphrase (at least 8 characters)")
        Layout.fillWidth: true
    }
    StrengthMeter {
        visible: next.text.length > 0
        strength: App.passphraseStrength(next.text)
        Layout.fillWidth: true
    }
    PassphraseField {
        id: confirm
        objectName: "confirmPassphrase"
        placeholderText: qsTr("Type the new passphrase again")
        Layout.fillWidth: true
        onAccepted: page.changePassphrase()
    }
    FormMessage { id: result; objectName: "passphraseResult"; takesFocus: true; Layout.fillWidth: true }
    Button {
        Accessible.name: text
        objectName: "changePassphraseButton"
        text: App.busy ? qsTr("Changing the passphrase…") : qsTr("Change passphrase")
        enabled: !App.busy && current.text.length > 0 && next.text.length > 0
        Layout.fillWidth: true
        onClicked: page.changePassphrase()
    }

    Label {
        text: qsTr("Locking")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Saib locks itself after %n minute(s) without use.", "", App.autoLockMinutes)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [1, 5, 15, 30]
            delegate: ChoiceChip {
                id: autoLockChip
                required property var modelData
                objectName: "autoLock" + autoLockChip.modelData
                text: qsTr("%n min", "", autoLockChip.modelData)
                checked: App.autoLockMinutes === autoLockChip.modelData
                Accessible.name: qsTr("Lock after %n minute(s)", "", autoLockChip.modelData)
                onClicked: App.autoLockMinutes = autoLockChip.modelData
            }
        }
    }
    Label {
        text: qsTr("When you switch to another app")
        font.weight: Font.DemiBold
        Layout.topMargin: 6
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [0, 1, 5]
            delegate: ChoiceChip {
                id: graceChip
                required property var modelData
                objectName: "grace" + graceChip.modelData
                text: graceChip.modelData === 0 ? qsTr("Lock at once") : qsTr("Wait %n min", "", graceChip.modelData)
                checked: App.graceMinutes === graceChip.modelData
                Accessible.name: graceChip.modelData === 0 ? text
                                 : qsTr("Wait %n minute(s) before locking", "", graceChip.modelData)
                onClicked: App.graceMinutes = graceChip.modelData
            }
        }
    }
    Label {
        text: qsTr("A short wait means a quick look at another app does not ask for your passphrase again. The trade-off: for those minutes the key stays in protected memory, so anyone who picks up your unlocked phone gets in. Being idle still locks Saib as above.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        Accessible.name: text
        objectName: "settingsLock"
        text: qsTr("Lock now")
        onClicked: App.lock()
    }
    ToggleSwitch {
        id: rememberSwitch
        objectName: "rememberOnDevice"
        text: qsTr("Remember on this device")
        checked: App.rememberOnDevice
        enabled: !App.rememberBusy
        Accessible.name: text
        Layout.fillWidth: true
        // The keychain answers asynchronously; the switch shows the stored state again
        // once it has (and stays put if the keychain refused).
        onToggled: App.setRememberOnDevice(checked)
    }
    Label {
        text: qsTr("Unlock without your passphrase on this computer: the key to your data is kept in the system keychain, so anyone who can use this user account can open Saib. Off by default; turning it off removes the key from the keychain.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: rememberMessage; objectName: "rememberMessage"; Layout.fillWidth: true }
    Connections {
        target: App
        function onRememberResult(message) {
            rememberMessage.isError = message.length > 0
            rememberMessage.text = message.length > 0 ? message
                : App.rememberOnDevice ? qsTr("Saib will open on this device without your passphrase.")
                                       : qsTr("The key has been removed from this device's keychain.")
            rememberSwitch.checked = Qt.binding(() => App.rememberOnDevice)
        }
    }

    Label {
        text: qsTr("Reminders")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
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

    SchoolYearSection { Layout.fillWidth: true }

    SyncSection { Layout.fillWidth: true }

    Label {
        text: qsTr("Your data")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Stored encrypted in this folder:")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        text: App.dataDir
        readOnly: true
        selectByMouse: true
        Layout.fillWidth: true
        Accessible.name: qsTr("Data folder")
    }
    RecoverySection { Layout.fillWidth: true }
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
    TextField {
        id: exportFolder
        objectName: "exportFolder"
        text: Journal.defaultExportFolder()
        selectByMouse: true
        Layout.fillWidth: true
        Accessible.name: qsTr("Export folder")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Button {
            Accessible.name: text
            objectName: "exportMarkdown"
            text: qsTr("Export as Markdown")
            onClicked: page.showExport(Journal.exportMarkdown(exportFolder.text))
        }
        Button {
            Accessible.name: text
            objectName: "exportJson"
            text: qsTr("Export as JSON")
            onClicked: page.showExport(Journal.exportJson(exportFolder.text))
        }
    }
    FormMessage { id: exportResult; objectName: "exportResult"; Layout.fillWidth: true }
    Button {
        Accessible.name: text
        objectName: "importJournal"
        text: qsTr("Import a journal export (JSON)…")
        onClicked: importDialog.open()
    }
    FormMessage { id: importResult; objectName: "importResult"; Layout.fillWidth: true }
    ImportSection { Layout.fillWidth: true }

    Label {
        text: qsTr("Back up and restore")
        font.pixelSize: 20
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
        Button {
            Accessible.name: text
            objectName: "backUpButton"
            text: qsTr("Back up…")
            enabled: !Backup.busy && backupPassphrase.text.length > 0 && backupConfirm.text.length > 0
            onClicked: saveDialog.open()
        }
        Button {
            Accessible.name: text
            objectName: "restoreButton"
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
        color: "#5A6662"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: backupResult; objectName: "backupResult"; Layout.fillWidth: true }

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

    Label {
        text: qsTr("National surveys")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Take part, if you choose, in anonymous national surveys of school leaders' well-being. Nothing is sent until you have seen it and said yes.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        Accessible.name: text
        objectName: "openSurveys"
        text: qsTr("Open national surveys")
        onClicked: page.openSurveys()
    }

    Label {
        text: qsTr("Saib %1").arg(App.version)
        color: Theme.textMuted
        Layout.topMargin: 8
    }
}
