import QtQuick
import QtTest
import Saib

// The recovery key through the real pages: made at setup and typed back; saved as a PDF;
// the lock screen's "Forgot your passphrase?" with a typo (its group is named), then the
// right key and a new passphrase; the old passphrase no longer works, the new one does;
// and a new key from Settings replaces the old.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Recovery"
        when: windowShown
        property var shell: null
        property var keyGroups: []
        readonly property string firstPass: "afon goch llyfr tawel"
        readonly property string newPass: "mynydd glas a niwl y bore"

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 3000, "no visible item " + name)
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
            verify(!App.vaultExists)
        }

        function test_1_setup_shows_the_key_and_asks_for_two_groups() {
            waitFor("setupPassphrase").text = firstPass
            find("setupConfirm").text = firstPass
            mouseClick(find("setupCreate"))
            tryVerify(() => App.unlocked)
            waitFor("recoveryKeyPage")
            verify(Recovery.showingKey)
            keyGroups = Array.from(Recovery.keyGroups) // a copy: the key is wiped once confirmed
            compare(keyGroups.length, 13)
            verify(Recovery.firstCheck >= 1 && Recovery.secondCheck <= 13)
            verify(Recovery.firstCheck !== Recovery.secondCheck)
            shoot("recovery-key-en.png")

            // The PDF, where the user chose.
            const pdf = fixtures.tempPath("my-recovery-key.pdf")
            find("recoveryKeyPage").savePdf("file://" + pdf)
            verify(!find("recoverySaved").isError, find("recoverySaved").text)
            compare(fixtures.fileHead(pdf, 5), "%PDF-")
            if (screenshotDir) // to look at (scripts/update-screenshots.sh)
                find("recoveryKeyPage").savePdf("file://" + screenshotDir + "/recovery-key-en.pdf")

            // Wrong groups are refused, the right ones (any case) accepted.
            find("recoveryCheckFirst").text = "AAAAA"
            find("recoveryCheckSecond").text = keyGroups[Recovery.secondCheck - 1]
            mouseClick(find("recoveryConfirm"))
            verify(find("recoveryCheckMessage").text.indexOf("do not match") >= 0)
            verify(Recovery.showingKey)
            find("recoveryCheckFirst").text = keyGroups[Recovery.firstCheck - 1].toLowerCase()
            mouseClick(find("recoveryConfirm"))
            tryVerify(() => !Recovery.showingKey)
            compare(Recovery.keyGroups.length, 0) // wiped once confirmed
            verify(Recovery.hasKey)
            waitFor("checkinPage")
        }

        function test_2_forgot_passphrase_with_a_typo_then_the_key() {
            App.lock()
            mouseClick(waitFor("forgotPassphrase"))
            waitFor("forgotPassphrasePage")
            shoot("recovery-forgot-en.png")

            // One wrong character in group 6: named before anything is tried.
            const typo = keyGroups.slice()
            typo[5] = (typo[5][0] === "A" ? "B" : "A") + typo[5].substring(1)
            find("recoveryKeyField").text = typo.join("-")
            verify(find("recoveryKeyCheck").text.indexOf("Group 6") >= 0, find("recoveryKeyCheck").text)
            find("recoveryNewPassphrase").text = newPass
            find("recoveryNewConfirm").text = newPass
            mouseClick(find("recoveryReset"))
            verify(find("recoveryResetMessage").text.indexOf("Group 6") >= 0)
            verify(!App.unlocked)

            // The key as someone might type it: small letters, spaces instead of dashes.
            find("recoveryKeyField").text = keyGroups.join(" ").toLowerCase()
            compare(find("recoveryKeyCheck").text, "")
            mouseClick(find("recoveryReset"))
            tryVerify(() => App.unlocked)
            waitFor("checkinPage")
            verify(!shell.recovering)
        }

        function test_3_only_the_new_passphrase_unlocks() {
            App.lock()
            waitFor("unlockPassphrase")
            verify(App.unlock(firstPass).message.indexOf("not right") >= 0)
            verify(App.unlock(newPass).ok)
            verify(App.unlocked)
        }

        function test_4_a_new_key_from_settings_replaces_the_old() {
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_security"))
            const page = waitFor("securitySettings")
            verify(find("recoveryStatus").text.indexOf("Recovery key made on") >= 0, find("recoveryStatus").text)
            find("recoveryMakeNew").clicked()
            waitFor("recoveryKeyPage")
            const fresh = Array.from(Recovery.keyGroups)
            verify(fresh.join("-") !== keyGroups.join("-"))
            mouseClick(find("recoveryLater"))
            tryVerify(() => !Recovery.showingKey)

            App.lock()
            mouseClick(waitFor("forgotPassphrase"))
            waitFor("recoveryKeyField").text = keyGroups.join("-")
            find("recoveryNewPassphrase").text = "yet another passphrase"
            find("recoveryNewConfirm").text = "yet another passphrase"
            mouseClick(find("recoveryReset"))
            // The old key is only found wrong after the slow work, off the UI thread.
            tryVerify(() => find("recoveryResetMessage").text.indexOf("does not open this Saib") >= 0,
                      5000, find("recoveryResetMessage").text)
            verify(!App.busy)
            verify(!App.unlocked)
            mouseClick(find("recoveryBack"))
            waitFor("unlockPassphrase")
        }
    }
}
