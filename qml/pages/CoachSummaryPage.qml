import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Saib

// Insights → Summary for a coach: a period, the sections to include and, ticked one by
// one, any journal entries; saved as a PDF (and a plain-text copy if wanted) where the
// leader chooses. The file is not encrypted, and the page says so before saving.
ScrollPage {
    id: page
    objectName: "coachSummaryPage"
    maxWidth: Theme.contentWidth
    signal closed()
    property string from: ""
    property string to: ""
    // Ids of the journal entries ticked, in the order ticked (the summary sorts them by day).
    property var ticked: []
    readonly property var entries: CoachSummary.entriesIn(page.from, page.to)
    readonly property bool periodValid: /^\d{4}-\d{2}-\d{2}$/.test(page.from) && /^\d{4}-\d{2}-\d{2}$/.test(page.to)
                                        && page.from <= page.to

    Component.onCompleted: page.lastWeeks(12)
    function setTicked(id, on) {
        const next = page.ticked.filter(x => x !== id)
        if (on) next.push(id)
        page.ticked = next
    }
    function lastWeeks(weeks) {
        const period = Object.assign({}, CoachSummary.lastWeeks(weeks))
        page.from = period.from
        page.to = period.to
        fromField.text = page.from
        toField.text = page.to
    }
    function saveTo(file) {
        const result = CoachSummary.save(file, page.from, page.to, trends.checked, domains.checked,
                                         skills.checked, helps.checked,
                                         page.ticked.filter(id => page.entries.some(e => e.id === id)),
                                         alsoText.checked)
        message.isError = !result.ok
        message.text = result.message
    }

    RowLayout {
        Layout.fillWidth: true
        IconButton { objectName: "closeCoachSummary"; text: qsTr("Back"); iconName: "back"; onClicked: page.closed(); Accessible.name: text }
        Label {
            text: qsTr("Summary for a coach")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    Label {
        text: qsTr("Take something concrete to a coaching, mentoring or supervision session without handing over your journal. Choose the period and what goes in; nothing else does.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        Layout.fillWidth: true
    }

    SectionTitle { text: qsTr("Period") }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        SecondaryButton { objectName: "period4w"; text: qsTr("Last 4 weeks"); Accessible.name: text; onClicked: page.lastWeeks(4) }
        SecondaryButton { objectName: "period12w"; text: qsTr("Last 12 weeks"); Accessible.name: text; onClicked: page.lastWeeks(12) }
        SecondaryButton { objectName: "period1y"; text: qsTr("Last year"); Accessible.name: text; onClicked: page.lastWeeks(52) }
    }
    GridLayout {
        columns: 2
        columnSpacing: 12
        Layout.fillWidth: true
        Label { text: qsTr("From") }
        DateField {
            id: fromField
            objectName: "summaryFrom"
            text: page.from
            placeholderText: qsTr("Choose the first day")
            accessibleName: qsTr("First day of the summary")
            Layout.fillWidth: true
            onTextChanged: page.from = text
        }
        Label { text: qsTr("To") }
        DateField {
            id: toField
            objectName: "summaryTo"
            text: page.to
            placeholderText: qsTr("Choose the last day")
            accessibleName: qsTr("Last day of the summary")
            Layout.fillWidth: true
            onTextChanged: page.to = text
        }
    }
    Label {
        visible: !page.periodValid
        text: qsTr("Choose both days, the first before the last.")
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionTitle { text: qsTr("What to include") }
    CheckBox { id: trends; objectName: "includeTrends"; checked: true; text: qsTr("Trends: demand, emotional load, energy, hours and strategic share"); Accessible.name: text }
    CheckBox { id: domains; objectName: "includeDomains"; checked: true; text: qsTr("The six domains (weekly ratings)"); Accessible.name: text }
    CheckBox { id: skills; objectName: "includeSkills"; checked: true; text: qsTr("Leadership skills gaps"); Accessible.name: text }
    CheckBox { id: helps; objectName: "includeHelps"; checked: true; text: qsTr("What seems to help"); Accessible.name: text }

    SectionTitle { text: qsTr("Journal entries (only the ones you tick)") }
    Label {
        visible: page.entries.length === 0
        text: qsTr("No journal entries in this period.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.entries
        delegate: CheckBox {
            id: entryBox
            required property var modelData
            objectName: "entry_" + entryBox.modelData.id
            Layout.fillWidth: true
            text: entryBox.modelData.day + " · " + entryBox.modelData.title
            checked: page.ticked.indexOf(entryBox.modelData.id) >= 0
            Accessible.name: text
            onToggled: page.setTicked(entryBox.modelData.id, entryBox.checked)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: warning.implicitHeight + 24
        radius: 6
        color: Theme.noticeBackground
        border.color: Theme.noticeBorder
        Label {
            id: warning
            objectName: "summaryNotEncrypted"
            anchors.fill: parent
            anchors.margins: 12
            text: qsTr("The saved file is not encrypted. Saib writes it so that only your user account can open it on this device, but anyone you give it to, or who can reach the folder you choose, can read it. Delete it when you no longer need it.")
            color: Theme.noticeText
            wrapMode: Text.Wrap
        }
    }
    CheckBox { id: alsoText; objectName: "alsoText"; text: qsTr("Also save a plain-text copy beside the PDF"); Accessible.name: text }
    FormMessage { id: message; objectName: "summaryMessage"; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "saveSummary"
        text: qsTr("Save summary as PDF…")
        enabled: page.periodValid && (trends.checked || domains.checked || skills.checked || helps.checked || page.ticked.length > 0)
        Layout.fillWidth: true
        onClicked: saveDialog.open()
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the summary")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        selectedFile: CoachSummary.suggestedFile(page.to)
        onAccepted: page.saveTo(selectedFile)
    }
}
