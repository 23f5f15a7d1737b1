import QtQuick
import QtTest
import Saib

// National surveys through the real pages against a real saib-relay that the fixture
// starts on 127.0.0.1: an altered or unsigned survey is refused, a signed one is listed,
// its answers are pre-filled from three known check-ins, the leader enrols with a code,
// previews the exact payload (which carries no identifier) and confirms; the relay
// accepts it once and the app keeps a record.
Item {
    id: root
    width: 390
    height: 844

    TestCase {
        name: "Surveys"
        when: windowShown
        property var shell: null
        property var fx: null

        function find(name) { return findChild(shell, name) }
        function settle() {
            const stack = find("settingsStack")
            if (stack) tryVerify(() => !stack.busy, 3000)
        }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 5000, "no visible item " + name)
            settle()
            return find(name)
        }
        function reveal(item) {
            let flick = null
            for (let p = item.parent; p; p = p.parent)
                if (p.contentY !== undefined && p.contentHeight !== undefined) { flick = p; break }
            if (flick) {
                const pos = item.mapToItem(flick.contentItem, 0, 0)
                flick.contentY = Math.max(0, Math.min(pos.y - 100, flick.contentHeight - flick.height))
                wait(50)
            }
            return item
        }
        // Twice: a page is built when its tab is chosen, and its sections still grow for a
        // moment after (the first reveal would aim at the button's old place).
        function click(name) { reveal(waitFor(name)); wait(150); mouseClick(reveal(find(name))) }
        // For buttons right after a language switch, whose layout may still be moving
        // under the pointer: the same signal a tap sends.
        function press(name) { waitFor(name).clicked() }
        function shoot(fileName) {
            if (!screenshotDir) return
            wait(400)
            grabImage(shell).save(screenshotDir + "/" + fileName)
        }
        function isoDaysAgo(n) { return fixtures.isoDaysAgo(n) }
        // The same screen in Welsh and on a laptop, then back to an English phone.
        function shootVariants(item, stem, variants) {
            for (const v of variants) {
                App.language = v.lang
                root.width = v.laptop ? 1280 : 390; root.height = v.laptop ? 800 : 844
                wait(300)
                reveal(item)
                shoot(stem + (v.laptop ? "-laptop-" : "-phone-") + v.lang + ".png")
            }
            App.language = "en"
            root.width = 390; root.height = 844
            wait(300)
        }

        function initTestCase() {
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            // Three days with known figures: demand 7, 8, 9; emotional 4, 5, 6; hours 9,
            // 10, 11; strategic 10, 20, 30 %; workload drains 3 days, budget 2, scrutiny 1.
            const drains = [["workload", "budget", "scrutiny"], ["workload", "budget"], ["workload"]]
            for (let i = 0; i < 3; ++i) {
                verify(Checkins.saveCheckin({ day: isoDaysAgo(i), hours: 9 + i, strategic: 10 * (i + 1),
                                         demand: 7 + i, emotional: 4 + i, energy: 5,
                                         drained: drains[i], sustained: [], note: "" }).ok)
            }
            fx = surveyFixture.start()
            compare(fx.error, "")
        }

        function test_1_only_verified_surveys_are_shown() {
            mouseClick(waitFor("tabNav4"))
            click("settingsGroup_surveys")
            waitFor("surveysPage")
            compare(Surveys.surveys.length, 0)

            // The server, key and file fields are behind "Survey server and key".
            click("surveySourcesToggle")
            wait(100) // the fields below it are laid out before they are clicked
            // No pinned key yet: nothing can be verified, so nothing is loaded.
            find("surveyFile").text = fx.file
            click("loadSurveyFile")
            verify(find("surveyLoadMessage").text.indexOf("public key first") >= 0, find("surveyLoadMessage").text)

            find("surveyServer").text = fx.server
            click("saveSurveyServer")
            compare(Surveys.server, fx.server)
            find("surveyBodyKey").text = "not a key"
            click("saveSurveyBodyKey")
            verify(find("surveySettingsMessage").text.indexOf("not a survey body key") >= 0)
            find("surveyBodyKey").text = fx.bodyKey
            click("saveSurveyBodyKey")
            verify(waitFor("surveyBodyFingerprint").text.indexOf("Key fingerprint") === 0)

            // Altered after signing, or never signed: refused with a clear message.
            find("surveyFile").text = fx.altered
            click("loadSurveyFile")
            verify(find("surveyLoadMessage").text.indexOf("altered") >= 0, find("surveyLoadMessage").text)
            find("surveyFile").text = fx.unsigned
            click("loadSurveyFile")
            verify(find("surveyLoadMessage").text.indexOf("not signed") >= 0, find("surveyLoadMessage").text)
            compare(Surveys.surveys.length, 0)

            // From the server: verified and listed.
            click("refreshSurveys")
            tryCompare(Surveys, "busy", false, 10000)
            tryVerify(() => Surveys.surveys.length === 1, 10000)
            verify(find("surveyLoadMessage").text.indexOf("1 verified survey") === 0, find("surveyLoadMessage").text)
            verify(waitFor("survey_" + fx.surveyId) !== null)
            // The screenshot as a leader sees it: the test's file path and loopback server
            // folded away again, the list in view.
            find("surveyFile").text = ""
            click("surveySourcesToggle")
            wait(100)
            reveal(find("survey_" + fx.surveyId))
            shoot("surveys-list-phone-en.png")
        }

        function test_2_prefilled_answers_in_both_languages() {
            click("survey_" + fx.surveyId)
            waitFor("surveyAnswerPage")
            compare(Surveys.currentId, fx.surveyId)
            compare(find("value_demand").text, "8")
            verify(find("prefilled_demand").visible)
            compare(find("value_emotional").text, "5")
            compare(find("value_hours").text, "10.0")
            compare(find("value_strategic").text, "20")
            verify(find("choice_drains_workload").checked)
            verify(find("choice_drains_budget").checked)
            verify(!find("choice_drains_scrutiny").checked)
            // No weekly rating in the window: no figure, so left blank.
            compare(find("value_cared_for").text, "Blank")
            shoot("survey-answers-phone-en.png")

            // Every answer can be changed or left blank.
            click("blank_emotional")
            compare(find("value_emotional").text, "Blank")
            verify(!find("prefilled_emotional").visible)

            click("surveyLangCy")
            tryVerify(() => Surveys.questions[0].text.indexOf("gofynion") >= 0)
            compare(find("surveyTitle").text, "Llesiant arweinwyr ysgolion, gwanwyn 2026")
            compare(find("value_demand").text, "8") // answers survive the switch
            shoot("survey-answers-phone-cy.png")
            click("surveyLangEn")
            tryVerify(() => Surveys.questions[0].text.indexOf("demands") >= 0)
        }

        function test_3_preview_needs_enrolment_then_enrol() {
            click("previewSurvey")
            verify(find("previewMessage").text.indexOf("Enrol with your code first") >= 0)
            find("enrolCode").text = "0000-0000-0000-0000-0000"
            click("enrolButton")
            tryVerify(() => find("enrolMessage").text.length > 0, 10000)
            verify(find("enrolMessage").text.indexOf("not valid") >= 0, find("enrolMessage").text)
            find("enrolCode").text = fx.code.toLowerCase()
            click("enrolButton")
            tryCompare(Surveys, "currentTokens", 1, 10000)
            verify(find("enrolMessage").text.indexOf("Enrolled") === 0)
        }

        function test_4_preview_shows_exact_payload_without_identifiers_then_send() {
            click("band_phase_primary")
            click("band_role_head")
            click("previewSurvey")
            const page = waitFor("surveyPreviewPage")
            // First a table a head can read: every answer and band, in the UI language.
            verify(waitFor("previewRow_demand").children[1].text === "8")
            compare(find("previewRow_drains").children[1].text, "Workload, Budget")
            compare(find("previewRow_emotional").children[1].text, "Left blank")
            compare(find("previewRow_phase").children[1].text, "Primary")
            compare(find("previewRow_region").children[1].text, "Prefer not to say")
            verify(!find("payloadText").visible)
            click("showExactBytes") // then the exact bytes behind it
            verify(find("payloadText").visible)
            wait(200) // let the page's layout grow before the next click scrolls
            // The envelope: the payload, and the MAC that binds the token to it.
            const shown = JSON.parse(find("payloadText").text)
            compare(Object.keys(shown).sort(), ["mac", "payload"])
            const payload = shown.payload
            compare(Object.keys(payload).sort(), ["answers", "demographics", "survey", "token"])
            compare(typeof payload.token, "string") // the token input only, never its output
            compare(payload.survey, fx.surveyId)
            compare(payload.demographics, { phase: "primary", role: "head" })
            compare(payload.answers.demand, 8)
            compare(payload.answers.hours, 10)
            compare(payload.answers.drains, ["budget", "workload"]) // sorted: tap order is not sent
            verify(payload.answers.emotional === undefined) // left blank: not sent at all
            // Every key is one the survey defines: no account, device, install, time or language.
            const allowed = Surveys.questions.map(q => q.id)
            for (const key of Object.keys(payload.answers))
                verify(allowed.indexOf(key) >= 0, "unexpected answer key " + key)
            for (const key of Object.keys(payload.demographics))
                verify(["role", "phase", "years_in_role", "region"].indexOf(key) >= 0, key)
            verify(!/account|device|user|install|time|date|lang|version/i.test(find("payloadText").text.replace(/"[A-Za-z0-9+/=]{40,}"/g, "")))
            shoot("survey-preview-phone-en.png")
            shootVariants(find("sendDelayNote"), "survey-preview", [{ lang: "cy", laptop: false }])

            verify(find("sendDelayNote").visible)
            click("confirmSend")
            tryVerify(() => find("sendResult").text.length > 0, 10000)
            // Queued, not sent: sealed in the store with a random time 1-24 h away.
            verify(find("sendResult").text.indexOf("will be sent anonymously by " + Surveys.currentSendBy) >= 0,
                   find("sendResult").text)
            verify(Surveys.currentSendBy.length > 0)
            compare(Surveys.currentTokens, 0) // the queued bytes carry the token now
            compare(Surveys.queued.length, 1)
            compare(Surveys.sent.length, 0)
            compare(JSON.parse(Surveys.queued[0].payload), shown) // what waits is what was shown
            const responseLines = () => surveyFixture.relayLog().split("\n").filter(l => l.indexOf("/responses") >= 0)
            compare(responseLines().length, 0) // nothing has left yet
            shoot("survey-sent-phone-en.png")

            press("previewDone")
            waitFor("surveysPage")
            verify(waitFor("queuedRecord0").text.indexOf("to be sent by") >= 0)
            shoot("survey-queued-phone-en.png")
            shootVariants(find("queuedRecord0"), "survey-queued", [{ lang: "cy", laptop: false }])
            verify(waitFor("queuedRecord0").text.indexOf("to be sent by") >= 0) // English again
            // The leader chooses to send at once, after being told what that gives up.
            press("sendQueuedNow")
            press("confirmSendNow")
            tryVerify(() => Surveys.sent.length === 1, 10000,
                      "queued " + Surveys.queued.length + ": " + find("outboxMessage").text)
            compare(Surveys.queued.length, 0)
            compare(find("outboxMessage").text, "The answers to 1 queued survey were sent.")
            compare(JSON.parse(Surveys.sent[0].payload), shown) // the record is what was sent
            const lines = responseLines()
            compare(lines.length, 1)
            verify(/ 201$/.test(lines[0].trim()), lines[0]) // survey lines: hour, method, path, status
            verify(lines[0].indexOf("127.0.0.1") < 0)
            verify(waitFor("sentRecord0").text.indexOf("Sent on") === 0)
            // Open again: already answered, nothing more to send.
            click("survey_" + fx.surveyId)
            verify(waitFor("alreadySent").visible)
            verify(!find("previewSurvey").enabled)
            click("surveyAnswerBack")
            waitFor("surveysPage")
        }

        function test_5_about_anonymity() {
            click("openAboutAnonymity")
            verify(waitFor("aboutCannot").text.indexOf("Which answers are yours") >= 0)
            verify(find("aboutWorthKnowing").text.indexOf("between 1 and 24 hours") >= 0)
            shoot("survey-about-phone-en.png")
            shootVariants(find("aboutWorthKnowing"), "survey-about", [{ lang: "cy", laptop: false }])
            click("aboutBack")
            waitFor("surveysPage")
        }

        function test_6_invitation_names_the_body_and_its_key() {
            // An invitation altered on the way (another server) is refused outright.
            verify(!Surveys.readInvitation(fx.tamperedInvitation).ok)
            compare(Surveys.joinInvitation().ok, false) // nothing read, nothing to join
            verify(Surveys.readInvitation(fx.invitation, "cy").ok)
            const shown = Surveys.invitation
            compare(shown.bodyName, "Yr Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol")
            compare(shown.survey, fx.surveyId)
            compare(shown.server, fx.server)
            // The fingerprint to compare with the letter is the one of the key it pins.
            compare(shown.fingerprint, Surveys.bodyKeyFingerprint)
            verify(Surveys.joinInvitation().ok)
            compare(Surveys.server, fx.server)
            compare(Surveys.bodyKey, fx.bodyKey)

            // The same through the page: open, read the body's name and fingerprint, join.
            find("invitationFile").text = fx.invitation
            click("openInvitation")
            const details = find("invitationDetails").text
            verify(details.indexOf("National Academy for Educational Leadership") >= 0, details)
            verify(details.indexOf(Surveys.bodyKeyFingerprint) >= 0, details)
            press("joinInvitation")
            compare(find("invitationMessage").text, "Saved.")
            find("invitationFile").text = fx.tamperedInvitation
            click("openInvitation")
            verify(find("invitationMessage").text.length > 0)
            compare(find("invitationDetails").text, "")
        }

        // Last, so that no click depends on a resized layout: the changed pages on a laptop.
        function test_7_laptop_screens() {
            waitFor("surveysPage")
            // An invitation read, not yet joined: the body's name and fingerprint shown.
            find("invitationFile").text = fx.invitation
            press("openInvitation")
            verify(waitFor("joinInvitation").visible)
            find("invitationFile").text = "" // as after "Choose the invitation file…": no test path
            shootVariants(find("chooseInvitation"), "surveys-join",
                          [{ lang: "en", laptop: true }, { lang: "cy", laptop: true }, { lang: "cy", laptop: false }])
            click("openAboutAnonymity")
            shootVariants(waitFor("aboutWorthKnowing"), "survey-about", [{ lang: "en", laptop: true }, { lang: "cy", laptop: true }])
            click("aboutBack")
            waitFor("surveysPage")
        }
    }
}
