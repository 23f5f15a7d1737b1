import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Writing or editing one entry. Every pause in typing autosaves an encrypted draft, and
// the draft is flushed before the app locks or closes, so nothing typed is lost.
ScrollPage {
    id: editor
    maxWidth: Theme.contentWidth
    signal closed()

    property string entryId: ""
    property string promptId: ""
    property bool fromDraft: false
    property string promptText: ""
    property string meta: ""
    property bool dirty: false
    property bool loading: true

    function saveDraftNow() {
        if (!dirty) return
        const result = Journal.saveDraft(entryId, title.text, body.text, tags.text, promptId)
        status.isError = !result.ok
        status.text = !result.ok ? result.message : qsTr("Draft saved")
        if (!status.isError) dirty = false
    }
    function save() {
        const result = Journal.saveEntry(entryId, title.text, body.text, tags.text, promptId)
        status.isError = !result.ok
        if (status.isError) { status.text = result.message; return }
        dirty = false
        editor.closed()
    }
    function changed() {
        if (loading) return
        dirty = true
        autosave.restart()
    }

    Component.onCompleted: {
        if (fromDraft) {
            const d = Journal.draft
            entryId = d.entryId || ""
            promptId = d.promptId || ""
            title.text = d.title || ""
            body.text = d.body || ""
            tags.text = d.tags || ""
            dirty = true
        } else if (entryId.length > 0) {
            const e = Journal.entry(entryId)
            title.text = e.title
            body.text = e.body
            tags.text = e.tags
            promptId = e.promptId
            meta = qsTr("Written %1 · edited %2").arg(e.created).arg(e.edited)
        }
        promptText = promptId.length > 0 ? (Journal.prompt(promptId).text || "") : ""
        loading = false;
        (title.text.length === 0 ? title : body).forceActiveFocus()
    }

    Timer { id: autosave; interval: 800; onTriggered: editor.saveDraftNow() }
    Connections {
        target: App
        function onAboutToLock() { editor.saveDraftNow() }
    }

    RowLayout {
        Layout.fillWidth: true
        TextButton {
            Accessible.name: text
            objectName: "closeEditor"
            text: qsTr("Back")
            flat: true
            onClicked: { editor.saveDraftNow(); editor.closed() }
        }
        Item { Layout.fillWidth: true }
        TextButton {
            Accessible.name: text
            objectName: "deleteEntry"
            visible: editor.entryId.length > 0
            text: qsTr("Delete")
            flat: true
            onClicked: confirmDelete.open()
        }
        PrimaryButton {
            objectName: "saveEntry"
            text: qsTr("Save")
            onClicked: editor.save()
        }
    }

    Rectangle {
        visible: editor.promptText.length > 0
        Layout.fillWidth: true
        implicitHeight: promptLabel.implicitHeight + 24
        radius: 10
        color: Theme.promptBackground
        Label {
            id: promptLabel
            objectName: "editorPrompt"
            anchors.fill: parent
            anchors.margins: 12
            text: editor.promptText
            wrapMode: Text.Wrap
            font.italic: true
        }
    }
    TextField {
        id: title
        objectName: "entryTitle"
        placeholderText: qsTr("Title")
        font.pixelSize: Theme.px(20)
        maximumLength: 200
        Layout.fillWidth: true
        Accessible.name: qsTr("Title")
        onTextChanged: editor.changed()
    }
    TextField {
        id: tags
        objectName: "entryTags"
        placeholderText: qsTr("Tags, separated by commas")
        Layout.fillWidth: true
        Accessible.name: qsTr("Tags")
        onTextChanged: editor.changed()
    }
    TabBar {
        id: mode
        Layout.fillWidth: true
        TabButton { objectName: "writeTab"; text: qsTr("Write"); Accessible.name: text }
        TabButton { objectName: "previewTab"; text: qsTr("Preview"); Accessible.name: text }
    }
    NoteArea {
        id: body
        objectName: "entryBody"
        visible: mode.currentIndex === 0
        placeholderText: qsTr("Write freely. Markdown works: *italic*, **bold**, - lists, # headings.")
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
        Layout.minimumHeight: 320
        Accessible.name: qsTr("Entry")
        onTextChanged: editor.changed()
    }
    Label {
        objectName: "entryPreview"
        visible: mode.currentIndex === 1
        text: body.text
        textFormat: Text.MarkdownText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
        Layout.minimumHeight: 320
    }
    Label {
        visible: editor.meta.length > 0
        text: editor.meta
        color: Theme.textMuted
        font.pixelSize: Theme.px(13)
    }
    FormMessage { id: status; objectName: "editorStatus"; Layout.fillWidth: true }

    Dialog {
        id: confirmDelete
        objectName: "confirmDelete"
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Delete this entry?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            text: qsTr("It will be gone for good from this device.")
            wrapMode: Text.Wrap
            width: Math.min(320, editor.width - 80)
        }
        onAccepted: {
            const result = Journal.deleteEntry(editor.entryId)
            if (!result.ok) { status.isError = true; status.text = result.message; return }
            editor.dirty = false
            editor.closed()
        }
    }
}
