import QtQuick
import QtQuick.Controls
import Saib

// The journal section: a small stack of its own (home -> editor, home -> prompts). From
// Theme.twoPaneWidth up (a laptop) the list stays on the left and the entry opens beside
// it, so a leader can read back through entries while writing.
Item {
    id: journalPage
    readonly property bool twoPane: width >= Theme.twoPaneWidth
    readonly property int listWidth: Math.round(Math.min(520, Math.max(380, width * 0.4)))

    function openEditor(args) {
        if (twoPane) {
            // An entry already open saves its draft before the next one replaces it.
            const open = detail.currentItem as EntryEditor
            if (open) open.saveDraftNow()
            detail.clear(StackView.Immediate)
            detail.push(editorComponent, args || {}, StackView.Immediate)
        } else {
            stack.push(editorComponent, args || {})
        }
    }
    function closeEditor() {
        if (detail.depth > 0) detail.clear(StackView.Immediate)
        else stack.pop(null)
    }
    function focusSearch() {
        stack.pop(null)
        home.focusSearch()
    }
    function openPrompts() {
        stack.push(promptsComponent)
    }
    // The page is unloaded when another tab is chosen: an open editor keeps what was
    // typed since its last autosave as the draft first.
    Component.onDestruction: {
        const editor = (detail.depth > 0 ? detail.currentItem : stack.currentItem) as EntryEditor
        if (editor) editor.saveDraftNow()
    }
    // Escape (MainArea.back): close the editor (beside the list or over it) or the
    // prompts, if one is open.
    function back() {
        const beside = detail.currentItem as EntryEditor
        if (beside) {
            beside.saveDraftNow()
            detail.clear(StackView.Immediate)
            return true
        }
        if (stack.depth <= 1) return false
        // As the editor's own Back does: keep what was typed as the draft first.
        const editor = stack.currentItem as EntryEditor
        if (editor) editor.saveDraftNow()
        stack.pop(null)
        return true
    }

    StackView {
        id: stack
        objectName: "journalStack"
        width: journalPage.twoPane ? journalPage.listWidth : journalPage.width
        height: journalPage.height
        initialItem: JournalHome {
            id: home
            onNewEntry: journalPage.openEditor({})
            onOpenEntry: (id) => journalPage.openEditor({ entryId: id })
            onWriteFromPrompt: (promptId) => journalPage.openEditor({ promptId: promptId })
            onResumeDraft: journalPage.openEditor({ fromDraft: true })
            onBrowsePrompts: journalPage.openPrompts()
        }
    }
    Rectangle {
        visible: journalPage.twoPane
        x: stack.width
        width: 1
        height: journalPage.height
        color: Theme.border
    }
    // The reader/editor pane; empty until an entry is opened.
    StackView {
        id: detail
        objectName: "journalDetail"
        visible: journalPage.twoPane
        x: stack.width + 1
        width: journalPage.width - x
        height: journalPage.height
    }
    Column {
        visible: journalPage.twoPane && detail.depth === 0
        x: detail.x + 48
        y: 64
        width: detail.width - 96
        spacing: 16
        MaterialIcon { name: "journal"; size: 48; color: Theme.textMuted; anchors.horizontalCenter: parent.horizontalCenter }
        Label {
            width: parent.width
            text: qsTr("Open an entry on the left to read it here, or start a new one.")
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        SecondaryButton {
            objectName: "newEntrySide"
            text: qsTr("New entry")
            iconName: "add"
            anchors.horizontalCenter: parent.horizontalCenter
            onClicked: journalPage.openEditor({})
        }
    }
    // Going down to a phone's width with an entry open: it moves over to the stack.
    onTwoPaneChanged: {
        if (!twoPane && detail.depth > 0) {
            // Saved as a draft first, so text typed but not yet saved comes along.
            const item = detail.currentItem as EntryEditor
            if (!item) return
            const args = { entryId: item.entryId, promptId: item.promptId }
            item.saveDraftNow()
            detail.clear(StackView.Immediate)
            stack.push(editorComponent, item.dirty ? { fromDraft: true } : args, StackView.Immediate)
        }
    }

    Component {
        id: editorComponent
        EntryEditor { onClosed: journalPage.closeEditor() }
    }
    Component {
        id: promptsComponent
        PromptBrowser {
            onChosen: (promptId) => { stack.pop(null); journalPage.openEditor({ promptId: promptId }) }
            onClosed: stack.pop(null)
        }
    }
}
