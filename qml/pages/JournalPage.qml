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
