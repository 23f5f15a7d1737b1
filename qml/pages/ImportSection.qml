import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Saib

// Settings → Import from another app: Day One (Journal.json), Daylio (CSV export) or a
// check-ins CSV. Choosing a file shows what would be added and what is skipped and why;
// nothing is written until "Import".
ColumnLayout {
    id: section
    spacing: 8
    property string kind: ""
    // Daylio: the file chosen and its moods, each {name, rows, demand, emotional, energy,
    // known}, shown for the leader to map before any preview or import.
    property string daylioFile: ""
    property var moods: []

    // The preview itself shows in Importer.previewSummary and previewSkipped.
    function showPreview(result: opResult) {
        message.isError = !result.ok
        message.text = result.message
    }
    function previewFile(file) { section.showPreview(Importer.preview(section.kind, file)) }
    function choose(kind) {
        section.kind = kind
        section.moods = []
        message.text = ""
        fileDialog.open()
    }
    function fileChosen(file) {
        message.text = ""
        if (section.kind !== "daylio") { section.previewFile(file); return }
        section.daylioFile = file
        // Plain, editable objects (a QVariantList is read-only to qmllint and JS alike).
        const found = []
        for (const m of Importer.daylioMoods(file)) found.push(Object.assign({}, m))
        section.moods = found
        // Not a Daylio export (or no moods): the preview names the problem.
        if (section.moods.length === 0) section.previewFile(file)
    }
    // In place, without reassigning the list: that would rebuild the rows (and drop the
    // focus of the box being typed in) on every change.
    function setMood(index, key, value) {
        section.moods[index][key] = value
    }
    function previewMoods() { section.showPreview(Importer.previewDaylio(section.daylioFile, section.moods)) }

    Label {
        text: qsTr("Import from another app")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Day One: its JSON export (the zip, or the Journal.json inside). Daylio: its CSV export, or its own backup file (.daylio); you choose how each of your moods maps onto demand, emotional load and energy. Check-ins CSV: the columns day, hours, strategic_percent, demand, emotional, energy, drained_by, sustained_by, note. Importing the same file twice adds nothing twice.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        SecondaryButton { objectName: "importDayOne"; text: qsTr("Day One…"); Accessible.name: text; onClicked: section.choose("dayone") }
        SecondaryButton { objectName: "importDaylio"; text: qsTr("Daylio…"); Accessible.name: text; onClicked: section.choose("daylio") }
        SecondaryButton { objectName: "importCheckins"; text: qsTr("Check-ins CSV…"); Accessible.name: text; onClicked: section.choose("checkins") }
    }
    ColumnLayout {
        objectName: "daylioMoods"
        visible: section.moods.length > 0 && !Importer.hasPreview
        spacing: 6
        Layout.fillWidth: true
        Label {
            text: qsTr("How should each Daylio mood count in Saib? Each becomes a check-in with these scores (0–10). Daylio's own five moods start with suggestions; your own moods start at 5.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: section.moods
            delegate: GridLayout {
                id: moodRow
                required property var modelData
                required property int index
                // The mood and its three scores on one line where they fit, else the mood
                // above its scores (settings beside the list on a laptop), else stacked.
                columns: section.width >= 760 ? 4 : section.width >= 600 ? 3 : 1
                columnSpacing: 10
                Layout.fillWidth: true
                Label {
                    text: qsTr("%1 (rows: %2)").arg(moodRow.modelData.name).arg(moodRow.modelData.rows)
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.columnSpan: moodRow.columns === 3 ? 3 : 1
                    Layout.preferredWidth: 160
                }
                Repeater {
                    model: [
                        { key: "demand", label: qsTr("Demand") },
                        { key: "emotional", label: qsTr("Emotional load") },
                        { key: "energy", label: qsTr("Energy") }
                    ]
                    delegate: ColumnLayout {
                        id: scale
                        required property var modelData
                        spacing: 0
                        Label { text: scale.modelData.label; color: Theme.textSecondary; font.pixelSize: Theme.px(13) }
                        SpinBox {
                            objectName: "mood_" + moodRow.index + "_" + scale.modelData.key
                            from: 0
                            to: 10
                            value: moodRow.modelData[scale.modelData.key]
                            editable: true
                            Accessible.name: qsTr("%1 for the mood %2").arg(scale.modelData.label).arg(moodRow.modelData.name)
                            onValueModified: section.setMood(moodRow.index, scale.modelData.key, value)
                        }
                    }
                }
            }
        }
        RowLayout {
            spacing: 8
            PrimaryButton {
                objectName: "daylioPreview"
                text: qsTr("Preview the import")
                onClicked: section.previewMoods()
            }
            TextButton {
                objectName: "daylioCancel"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                onClicked: section.moods = []
            }
        }
    }
    Label {
        objectName: "importSummary"
        text: Importer.previewSummary
        visible: Importer.hasPreview && text.length > 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "importSkipped"
        text: Importer.previewSkipped
        visible: Importer.hasPreview && text.length > 0
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: Importer.hasPreview
        spacing: 8
        PrimaryButton {
            objectName: "importConfirm"
            text: qsTr("Import")
            onClicked: {
                section.moods = []
                const result = Importer.confirm()
                message.isError = !result.ok
                message.text = result.message
            }
        }
        TextButton {
            objectName: "importCancel"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: text
            onClicked: Importer.cancel()
        }
    }
    FormMessage { id: message; objectName: "importMessage"; Layout.fillWidth: true }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose the file to import")
        fileMode: FileDialog.OpenFile
        nameFilters: section.kind === "dayone" ? [qsTr("Day One exports (*.zip *.json)")]
                     : section.kind === "daylio" ? [qsTr("Daylio exports and backups (*.csv *.daylio)")]
                     : [qsTr("CSV files (*.csv)")]
        onAccepted: section.fileChosen(selectedFile)
    }
}
