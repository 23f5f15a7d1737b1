import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Journal home: search, an unsaved draft if there is one, the prompt of the day,
// "on this day" and the list of entries. Typing in the search box swaps the list for
// ranked results with the matching words in bold.
ScrollPage {
    id: home
    maxWidth: Theme.contentWidth
    signal newEntry()
    signal openEntry(string id)
    signal writeFromPrompt(string promptId)
    signal resumeDraft()
    signal browsePrompts()

    property var shownPrompt: Journal.promptOfTheDay
    readonly property var draft: Journal.draft // a plain map: {body, savedAt, ...}
    readonly property bool searching: searchField.text.trim().length > 0 || tagFilter.text.trim().length > 0
                                      || fromFilter.text.trim().length > 0 || toFilter.text.trim().length > 0

    function focusSearch() { searchField.forceActiveFocus() }

    // As you type: the search runs off the UI thread and each keystroke replaces the last.
    function runSearch() {
        if (!searching) { Journal.clearSearch(); searchMessage.text = ""; return }
        searchMessage.text = Journal.searchAsYouType(searchField.text, tagFilter.text, fromFilter.text, toFilter.text).message
    }

    // A snippet is plain text with the matching words between U+0002 and U+0003.
    function styledSnippet(plain) {
        return plain.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                    .replace(/\u0002/g, "<b>").replace(/\u0003/g, "</b>")
    }

    Connections {
        target: Journal
        function onPromptsChanged() { home.shownPrompt = Journal.promptOfTheDay }
        function onSearchFinished(result) { searchMessage.text = result.message }
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
        IconButton {
            Accessible.name: text
            objectName: "toggleFilters"
            text: filters.visible ? qsTr("Hide filters") : qsTr("Filters")
            iconName: filters.visible ? "close" : "filter"
            onClicked: filters.visible = !filters.visible
        }
    }
    Timer { id: searchDelay; interval: 60; onTriggered: home.runSearch() }
    GridLayout {
        id: filters
        visible: false
        columns: home.width > 560 ? 3 : 1
        Layout.fillWidth: true
        TextField {
            id: tagFilter
            objectName: "tagFilter"
            placeholderText: qsTr("Filter by tag")
            Layout.fillWidth: true
            Accessible.name: qsTr("Only with this tag")
            onTextChanged: searchDelay.restart()
        }
        DateField {
            id: fromFilter
            objectName: "fromFilter"
            placeholderText: qsTr("From")
            Layout.fillWidth: true
            accessibleName: qsTr("From date")
            onTextChanged: searchDelay.restart()
        }
        DateField {
            id: toFilter
            objectName: "toFilter"
            placeholderText: qsTr("To")
            Layout.fillWidth: true
            accessibleName: qsTr("To date")
            onTextChanged: searchDelay.restart()
        }
    }
    FormMessage { id: searchMessage; objectName: "searchMessage"; Layout.fillWidth: true }

    // ---- Search results ----
    Label {
        visible: home.searching
        objectName: "resultCount"
        text: qsTr("%n result(s)", "", Journal.results.length)
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        color: Theme.heading
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? Journal.results : []
            delegate: Card {
                id: resultCard
                required property var modelData
                required property int index
                objectName: "searchResult" + resultCard.index
                width: parent.width
                heading: resultCard.modelData.kind === "entry" ? (resultCard.modelData.title.length > 0 ? resultCard.modelData.title : qsTr("Untitled entry"))
                                                    : qsTr("Check-in note")
                subheading: resultCard.modelData.dayLabel
                body: home.styledSnippet(resultCard.modelData.snippet)
                bodyFormat: Text.StyledText
                onClicked: if (resultCard.modelData.kind === "entry") home.openEntry(resultCard.modelData.id)
            }
        }
    }

    // ---- Home ----
    Rectangle {
        visible: !home.searching && home.draft.body !== undefined
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
                text: qsTr("You have an unsaved entry from %1.").arg(home.draft.savedAt || "")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                PrimaryButton {
                    objectName: "resumeDraft"
                    text: qsTr("Continue writing")
                    onClicked: home.resumeDraft()
                }
                TextButton {
                    Accessible.name: text
                    objectName: "discardDraft"
                    text: qsTr("Discard")
                    flat: true
                    onClicked: Journal.discardDraft()
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
                TextButton {
                    Accessible.name: text
                    objectName: "shufflePrompt"
                    text: qsTr("Another prompt")
                    flat: true
                    onClicked: home.shownPrompt = Journal.shufflePrompt(home.shownPrompt.id)
                }
                TextButton {
                    Accessible.name: text
                    objectName: "browsePrompts"
                    text: qsTr("Browse prompts")
                    flat: true
                    onClicked: home.browsePrompts()
                }
            }
        }
    }

    SecondaryButton {
        Accessible.name: text
        visible: !home.searching
        objectName: "newEntry"
        text: qsTr("New entry")
        iconName: "add"
        tonal: true
        Layout.fillWidth: true
        onClicked: home.newEntry()
    }

    Label {
        visible: !home.searching && Journal.onThisDay.length > 0
        text: qsTr("On this day")
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? [] : Journal.onThisDay
            delegate: Card {
                id: onThisDayCard
                required property var modelData
                width: parent.width
                heading: onThisDayCard.modelData.title.length > 0 ? onThisDayCard.modelData.title : qsTr("Untitled entry")
                subheading: onThisDayCard.modelData.dayLabel
                body: onThisDayCard.modelData.excerpt
                onClicked: home.openEntry(onThisDayCard.modelData.id)
            }
        }
    }

    Label {
        visible: !home.searching
        objectName: "entryCount"
        text: qsTr("%n entry(s)", "", Journal.entryCount)
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        color: Theme.heading
        Layout.topMargin: 8
    }
    Label {
        visible: !home.searching && Journal.entryCount === 0
        text: qsTr("Nothing here yet. This is your private space: nobody else can read it.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        Layout.fillWidth: true
    }
    Column {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            model: home.searching ? [] : Journal.entries
            delegate: Card {
                id: entryCard
                required property var modelData
                required property int index
                objectName: "journalEntry" + entryCard.index
                width: parent.width
                heading: entryCard.modelData.title.length > 0 ? entryCard.modelData.title : qsTr("Untitled entry")
                subheading: entryCard.modelData.dayLabel + (entryCard.modelData.tags.length > 0 ? " · " + entryCard.modelData.tags : "")
                body: entryCard.modelData.excerpt
                onClicked: home.openEntry(entryCard.modelData.id)
            }
        }
    }
    TextButton {
        Accessible.name: text
        visible: !home.searching && Journal.hasMore
        text: qsTr("Show more")
        flat: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: Journal.showMore()
    }
}
