import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../theme"

// Journal home: search, an unsaved draft if there is one, the prompt of the day,
// "on this day" and the list of entries. Typing in the search box swaps the list for
// ranked results with the matching words in bold.
ScrollPage {
    id: home
    maxWidth: 760
    signal newEntry()
    signal openEntry(string id)
    signal writeFromPrompt(string promptId)
    signal resumeDraft()
    signal browsePrompts()

    property var shownPrompt: journal.promptOfTheDay
    readonly property bool searching: searchField.text.trim().length > 0 || tagFilter.text.trim().length > 0
                                      || fromFilter.text.trim().length > 0 || toFilter.text.trim().length > 0

    function focusSearch() { searchField.forceActiveFocus() }

    function runSearch() {
        if (!searching) { journal.clearSearch(); searchMessage.text = ""; return }
        searchMessage.text = journal.search(searchField.text, tagFilter.text, fromFilter.text, toFilter.text)
    }

    Connections {
        target: journal
        function onPromptsChanged() { home.shownPrompt = journal.promptOfTheDay }
    }

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: searchField
            objectName: "journalSearch"
            placeholderText: qsTr("Search your journal and notes")
            Layout.fillWidth: true
            Accessible.name: qsTr("Search your journal and notes")
            onTextChanged: searchDelay.restart()
        }
        Button {
            Accessible.name: text
            objectName: "toggleFilters"
            text: filters.visible ? qsTr("Hide filters") : qsTr("Filters")
            flat: true
            onClicked: filters.visible = !filters.visible
        }
    }
    Timer { id: searchDelay; interval: 250; onTriggered: home.runSearch() }
    GridLayout {
        id: filters
        visible: false
        columns: home.width > 560 ? 3 : 1
        Layout.fillWidth: true
        TextField {
            id: tagFilter
            objectName: "tagFilter"
            placeholderText: qsTr("Tag")
            Layout.fillWidth: true
            Accessible.name: qsTr("Only with this tag")
            onTextChanged: searchDelay.restart()
        }
        TextField {
            id: fromFilter
            objectName: "fromFilter"
            placeholderText: qsTr("From (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
            Accessible.name: qsTr("From date")
            onTextChanged: searchDelay.restart()
        }
        TextField {
            id: toFilter
            objectName: "toFilter"
            placeholderText: qsTr("To (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
            Accessible.name: qsTr("To date")
            onTextChanged: searchDelay.restart()
        }
    }
    FormMessage { id: searchMessage; objectName: "searchMessage"; Layout.fillWidth: true }

    // ---- Search results ----
    Label {
        visible: home.searching
        objectName: "resultCount"
        text: qsTr("%n result(s)", "", journal.results.length)
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        color: Theme.heading
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? journal.results : []
            delegate: Card {
                objectName: "searchResult" + index
                width: parent.width
                heading: modelData.kind === "entry" ? (modelData.title.length > 0 ? modelData.title : qsTr("Untitled entry"))
                                                    : qsTr("Check-in note")
                subheading: modelData.dayLabel
                body: modelData.snippet
                bodyFormat: Text.StyledText
                onClicked: if (modelData.kind === "entry") home.openEntry(modelData.id)
            }
        }
    }

    // ---- Home ----
    Rectangle {
        visible: !home.searching && journal.draft.body !== undefined
        Layout.fillWidth: true
        implicitHeight: draftRow.implicitHeight + 24
        radius: 10
        color: Theme.noticeBackground
        border.color: Theme.noticeBorder
        ColumnLayout {
            id: draftRow
            anchors.fill: parent
            anchors.margins: 12
            Label {
                text: qsTr("You have an unsaved entry from %1.").arg(journal.draft.savedAt || "")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                PrimaryButton {
                    objectName: "resumeDraft"
                    text: qsTr("Continue writing")
                    onClicked: home.resumeDraft()
                }
                Button {
                    Accessible.name: text
                    objectName: "discardDraft"
                    text: qsTr("Discard")
                    flat: true
                    onClicked: journal.discardDraft()
                }
            }
        }
    }

    Rectangle {
        visible: !home.searching
        objectName: "promptCard"
        Layout.fillWidth: true
        implicitHeight: promptColumn.implicitHeight + 32
        radius: 12
        color: Theme.promptBackground
        ColumnLayout {
            id: promptColumn
            anchors.fill: parent
            anchors.margins: 16
            spacing: 8
            Label {
                text: qsTr("Prompt of the day") + (home.shownPrompt.category ? " · " + home.shownPrompt.category : "")
                color: Theme.accentText
                font.pixelSize: Theme.px(13)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "promptText"
                text: home.shownPrompt.text || ""
                font.pixelSize: Theme.px(18)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                PrimaryButton {
                    objectName: "writeFromPrompt"
                    text: qsTr("Write about this")
                    onClicked: home.writeFromPrompt(home.shownPrompt.id)
                }
                Button {
                    Accessible.name: text
                    objectName: "shufflePrompt"
                    text: qsTr("Another prompt")
                    flat: true
                    onClicked: home.shownPrompt = journal.shufflePrompt(home.shownPrompt.id)
                }
                Button {
                    Accessible.name: text
                    objectName: "browsePrompts"
                    text: qsTr("Browse prompts")
                    flat: true
                    onClicked: home.browsePrompts()
                }
            }
        }
    }

    Button {
        Accessible.name: text
        visible: !home.searching
        objectName: "newEntry"
        text: qsTr("New entry")
        Layout.fillWidth: true
        onClicked: home.newEntry()
    }

    Label {
        visible: !home.searching && journal.onThisDay.length > 0
        text: qsTr("On this day")
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? [] : journal.onThisDay
            delegate: Card {
                width: parent.width
                heading: modelData.title.length > 0 ? modelData.title : qsTr("Untitled entry")
                subheading: modelData.dayLabel
                body: modelData.excerpt
                onClicked: home.openEntry(modelData.id)
            }
        }
    }

    Label {
        visible: !home.searching
        objectName: "entryCount"
        text: qsTr("%n entry(s)", "", journal.entryCount)
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        color: Theme.heading
        Layout.topMargin: 8
    }
    Label {
        visible: !home.searching && journal.entryCount === 0
        text: qsTr("Nothing here yet. This is your private space: nobody else can read it.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        Layout.fillWidth: true
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? [] : journal.entries
            delegate: Card {
                objectName: "journalEntry" + index
                width: parent.width
                heading: modelData.title.length > 0 ? modelData.title : qsTr("Untitled entry")
                subheading: modelData.dayLabel + (modelData.tags.length > 0 ? " · " + modelData.tags : "")
                body: modelData.excerpt
                onClicked: home.openEntry(modelData.id)
            }
        }
    }
    Button {
        Accessible.name: text
        visible: !home.searching && journal.hasMore
        text: qsTr("Show more")
        flat: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: journal.showMore()
    }
}
