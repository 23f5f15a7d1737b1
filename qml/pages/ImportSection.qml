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

    function previewFile(file) {
        // {error, summary, skipped}, copied into a plain object (qmllint reads fields of a
        // QVariantMap as unknown properties).
        const result = Object.assign({}, Importer.preview(section.kind, file))
        message.isError = result.error.length > 0
        message.text = result.error
        summary.text = result.summary
        skipped.text = result.skipped.join("\n")
    }
    function choose(kind) {
        section.kind = kind
        message.text = ""
        fileDialog.open()
    }

    Label {
        text: qsTr("Import from another app")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Day One: its JSON export (the zip, or the Journal.json inside). Daylio: its CSV export (moods rad, good, meh, bad and awful become check-ins; for your own moods use saib-cli). Check-ins CSV: the columns day, hours, strategic_percent, demand, emotional, energy, drained_by, sustained_by, note. Importing the same file twice adds nothing twice.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button { objectName: "importDayOne"; text: qsTr("Day One…"); Accessible.name: text; onClicked: section.choose("dayone") }
        Button { objectName: "importDaylio"; text: qsTr("Daylio…"); Accessible.name: text; onClicked: section.choose("daylio") }
        Button { objectName: "importCheckins"; text: qsTr("Check-ins CSV…"); Accessible.name: text; onClicked: section.choose("checkins") }
    }
    Label {
        id: summary
        objectName: "importSummary"
        visible: Importer.hasPreview && text.length > 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        id: skipped
        objectName: "importSkipped"
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
                const result = Importer.confirm()
                message.isError = result.error.length > 0
                message.text = result.error.length > 0 ? result.error : result.message
            }
        }
        Button {
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
        nameFilters: section.kind === "dayone" ? [qsTr("Day One exports (*.zip *.json)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: section.previewFile(selectedFile)
    }
}
