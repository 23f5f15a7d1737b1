import QtQuick
import QtQuick.Controls

// The journal section: a small stack of its own (home -> editor, home -> prompts).
Item {
    id: journalPage

    function openEditor(args) {
        stack.push(editorComponent, args || {})
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
        const editor = stack.currentItem as EntryEditor
        if (editor) editor.saveDraftNow()
    }
    // Escape (MainArea.back): close the editor or the prompts, if one is open.
    function back() {
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
        anchors.fill: parent
        initialItem: JournalHome {
            id: home
            onNewEntry: journalPage.openEditor({})
            onOpenEntry: (id) => journalPage.openEditor({ entryId: id })
            onWriteFromPrompt: (promptId) => journalPage.openEditor({ promptId: promptId })
            onResumeDraft: journalPage.openEditor({ fromDraft: true })
            onBrowsePrompts: journalPage.openPrompts()
        }
    }

    Component {
        id: editorComponent
        EntryEditor { onClosed: stack.pop(null) }
    }
    Component {
        id: promptsComponent
        PromptBrowser {
            onChosen: (promptId) => { stack.pop(null); journalPage.openEditor({ promptId: promptId }) }
            onClosed: stack.pop(null)
        }
    }
}
