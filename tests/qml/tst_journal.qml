import QtQuick
import QtTest
import Saib

// Drives the real journal: write an entry from the prompt of the day, find it by an
// accent-free search, recover a draft after a lock, and browse prompts in Welsh.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "Journal"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        // Waits for the item and for any page transition to finish, so clicks land.
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            const stack = find("journalStack")
            if (stack) tryVerify(() => !stack.busy, 3000, "page transition did not end")
            return find(name)
        }
        // Key events for ASCII; QtTest cannot synthesise keys for letters like ŵ, so those
        // go in through the focused editor the way an input method would.
        function type(text) {
            for (let i = 0; i < text.length; ++i) {
                if (text.charCodeAt(i) < 128) { keyClick(text[i]); continue }
                const editor = root.Window.window.activeFocusItem
                editor.insert(editor.cursorPosition, text[i])
            }
        }
        // Scrolls the page holding `item` so it is on screen (above the bottom bar).
        function reveal(item) {
            let flick = item.parent
            while (flick && !(flick.contentY !== undefined && flick.contentHeight !== undefined))
                flick = flick.parent
            if (!flick) return item
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(pos.y - 100, flick.contentHeight - flick.height))
            wait(50)
            return item
        }
        function resize(w, h) {
            root.width = w; root.height = h
            root.Window.window.width = w; root.Window.window.height = h
            wait(100)
        }
        function shoot(fileName) {
            if (!screenshotDir) return
            const stack = find("journalStack")
            if (stack) tryVerify(() => !stack.busy)
            wait(400) // let button and page animations settle
            grabImage(shell).save(screenshotDir + "/" + fileName)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
        }

        function test_1_write_from_prompt() {
            mouseClick(waitFor("tabNav1"))
            const promptText = waitFor("promptText").text
            verify(promptText.length > 10)
            mouseClick(reveal(waitFor("writeFromPrompt")))
            compare(waitFor("editorPrompt").text, promptText)
            mouseClick(waitFor("entryTitle"))
            type("Lambs on the way in")
            mouseClick(find("entryTags"))
            type("natur, bore")
            mouseClick(find("entryBody"))
            type("Gwelais ŵyn bach yn y cae. *Small* joys count.")
            mouseClick(find("saveEntry"))
            tryVerify(() => find("entryCount") && find("entryCount").visible,
                      3000, "still in the editor: " + (find("editorStatus") ? find("editorStatus").text : ""))
            tryCompare(find("entryCount"), "text", "1 entry")
            compare(Journal.entries[0].title, "Lambs on the way in")
            compare(Journal.entries[0].tags, "natur · bore")
        }

        function test_2_search_without_accents() {
            mouseClick(waitFor("journalSearch"))
            type("wyn")
            tryCompare(find("resultCount"), "text", "1 result")
            const result = waitFor("searchResult0")
            compare(result.heading, "Lambs on the way in")
            verify(result.body.indexOf("<b>ŵyn</b>") >= 0, result.body)
            // Searched as typed, off the UI thread; the snippet is plain text, never Markdown.
            tryCompare(Journal, "searchBusy", false)
            verify(result.body.indexOf("Small joys") >= 0 && result.body.indexOf("*") < 0, result.body)
            verify(Journal.searchAsYouType("wyn", "", "2026-13-01", "").message !== "")
            shoot("journal-search-phone-en.png")
            find("journalSearch").text = "no such words anywhere"
            tryCompare(find("resultCount"), "text", "0 results")
            find("journalSearch").text = ""
            tryVerify(() => find("newEntry").visible)

            // A date filter is picked from a month calendar, not typed as YYYY-MM-DD.
            mouseClick(reveal(waitFor("toggleFilters")))
            mouseClick(reveal(waitFor("fromFilterButton")))
            const popup = find("fromFilterPopup")
            tryVerify(() => popup.opened)
            const day = findChild(popup.contentItem, "calendarDay-" + Checkins.todayIso)
            verify(day !== null, "no calendar in the date picker")
            mouseClick(day)
            tryVerify(() => !popup.visible)
            compare(find("fromFilter").text, Checkins.todayIso)
            tryCompare(find("resultCount"), "text", "1 result")
            mouseClick(waitFor("fromFilterClear"))
            compare(find("fromFilter").text, "")
            mouseClick(waitFor("toggleFilters"))
            tryVerify(() => find("newEntry").visible)
        }

        function test_3_draft_survives_a_lock() {
            mouseClick(reveal(waitFor("newEntry")))
            mouseClick(waitFor("entryTitle"))
            type("Unfinished")
            mouseClick(find("entryBody"))
            type("Half a thought about gover")
            App.lock()                      // flushes the draft before closing the store
            tryVerify(() => !App.unlocked)
            verify(App.unlock("afon goch llyfr tawel").ok)
            mouseClick(waitFor("tabNav1"))
            mouseClick(reveal(waitFor("resumeDraft")))
            tryCompare(waitFor("entryBody"), "text", "Half a thought about gover")
            compare(find("entryTitle").text, "Unfinished")
            mouseClick(find("entryBody"))
            keyClick(Qt.Key_End)
            type("nors")
            mouseClick(find("saveEntry"))
            tryCompare(waitFor("entryCount"), "text", "2 entries")
            verify(Journal.draft.body === undefined)
        }

        function test_4_open_preview_and_delete() {
            mouseClick(reveal(waitFor("journalEntry0")))
            compare(waitFor("entryTitle").text, "Unfinished")
            mouseClick(find("previewTab"))
            verify(waitFor("entryPreview").text.indexOf("governors") >= 0)
            mouseClick(find("deleteEntry"))
            const dialog = find("confirmDelete")
            tryVerify(() => dialog.opened)
            dialog.accept()
            tryCompare(waitFor("entryCount"), "text", "1 entry")
        }

        function test_5_prompts_in_welsh_and_screenshots() {
            App.language = "cy"
            mouseClick(reveal(waitFor("browsePrompts")))
            mouseClick(waitFor("category_valued"))
            const card = waitFor("prompt_valued-01")
            verify(card.body.length > 10)
            compare(find("category_valued").text, "Cael dy werthfawrogi")
            shoot("prompts-phone-cy.png")
            wait(300) // the prompt list settles after the category change, so the tap hits Back
            mouseClick(reveal(find("closePrompts")))
            shoot("journal-phone-cy.png")
            resize(1280, 800)
            mouseClick(waitFor("railNav1"))
            shoot("journal-laptop-cy.png")
            find("journalSearch").text = "wyn"
            tryCompare(find("resultCount"), "text", "1 canlyniad")
            shoot("journal-search-laptop-cy.png")
            find("journalSearch").text = ""
            App.language = "en"
            // On a laptop the entry opens beside the list (once the list, rebuilt for the
            // language switch, has settled).
            wait(400)
            mouseClick(reveal(waitFor("journalEntry0")))
            verify(waitFor("saveEntry") !== null)
            verify(find("journalEntry0").visible, "the list stays beside the open entry")
            shoot("journal-laptop-en.png")
            mouseClick(find("closeEditor"))
            resize(390, 844)
            shoot("journal-phone-en.png")
        }
    }
}
