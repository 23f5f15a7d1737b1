import QtQuick
import QtTest
import Saib

// Insights → Summary for a coach: reachable from Insights, warns that the file is not
// encrypted, lists the period's journal entries unticked, and saves a PDF (plus a text
// copy) holding only the entry that was ticked. Screenshots in English and Welsh.
Item {
    id: root
    width: 1280
    height: 900

    TestCase {
        name: "CoachSummary"
        when: windowShown
        property var shell: null

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
            const stack = find("insightsStack")
            if (stack) tryVerify(() => !stack.busy, 3000)
            return find(name)
        }
        function shoot(fileName) {
            if (!screenshotDir) return
            wait(400)
            grabImage(shell).save(screenshotDir + "/" + fileName)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(fixtures.fillSyntheticYear(false))
        }

        function test_1_reachable_from_insights() {
            mouseClick(waitFor("railNav2"))
            mouseClick(waitFor("openCoachSummary"))
            waitFor("summaryNotEncrypted")
            verify(find("summaryNotEncrypted").text.indexOf("not encrypted") >= 0)
            verify(find("includeTrends").checked && find("includeDomains").checked)
            // A year: the synthetic leader's journal entries are listed, none ticked.
            mouseClick(waitFor("period1y"))
            const page = find("coachSummaryPage")
            tryVerify(() => page.entries.length > 1, 3000, "no journal entries listed")
            compare(page.ticked.length, 0)
            shoot("coach-summary-laptop-en.png")
        }

        function test_2_saves_only_the_ticked_entry() {
            const page = find("coachSummaryPage")
            const chosen = page.entries[0]
            // An unticked entry with another title (the synthetic leader's stories can repeat).
            const left = page.entries.find(e => e.title !== chosen.title)
            verify(left !== undefined)
            const box = find("entry_" + chosen.id)
            verify(box !== null)
            box.toggle()
            box.toggled()
            compare(page.ticked.length, 1)
            find("alsoText").checked = true
            const pdf = fixtures.tempPath("coach.pdf")
            page.saveTo("file://" + pdf)
            verify(!find("summaryMessage").isError, find("summaryMessage").text)
            verify(find("summaryMessage").text.indexOf("not encrypted") >= 0, find("summaryMessage").text)
            compare(fixtures.fileHead(pdf, 5), "%PDF-")
            const text = fixtures.fileText(fixtures.tempPath("coach.txt"))
            verify(text.indexOf(chosen.title + " (") >= 0, "the ticked entry is missing")
            verify(text.indexOf(left.title + " (") < 0, "an unticked entry is in the file")
            verify(text.indexOf("This file is not encrypted") >= 0)
        }

        function test_3_nothing_chosen_cannot_be_saved() {
            const page = find("coachSummaryPage")
            for (const name of ["includeTrends", "includeDomains", "includeSkills", "includeHelps"])
                find(name).checked = false
            const box = find("entry_" + page.ticked[0])
            box.toggle()
            box.toggled()
            verify(!find("saveSummary").enabled)
            find("includeTrends").checked = true
            verify(find("saveSummary").enabled)
        }

        function test_4_welsh() {
            App.language = "cy"
            wait(100)
            verify(find("summaryNotEncrypted").text.indexOf("amgryptio") >= 0, find("summaryNotEncrypted").text)
            for (const name of ["includeDomains", "includeSkills", "includeHelps"])
                find(name).checked = true
            find("summaryMessage").text = "" // said in English before the switch
            // The foot of the page: the entries, the not-encrypted note and Save.
            const flick = find("coachSummaryPage").flickable
            flick.contentY = Math.max(0, flick.contentHeight - flick.height)
            shoot("coach-summary-laptop-cy.png")
            App.language = "en"
        }
    }
}
