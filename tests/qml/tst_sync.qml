import QtQuick
import QtTest
import Saib

// The sync settings against a real saib-relay on 127.0.0.1: turn sync on, see the
// status, pair a second (real) device by typing its code, see it receive the data, and
// remove it. Also the joining side: the code and its QR image are shown.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Sync"
        when: windowShown
        property var shell: null
        property string relayUrl: ""

        function find(name) { return findChild(shell, name) }
        function waitFor(name) {
            tryVerify(() => find(name) !== null && find(name).visible, 5000, "no visible item " + name)
            return find(name)
        }
        // Scrolls the settings page so `item` is on screen before it is clicked.
        function reveal(item) {
            let flick = item.parent
            while (flick && !(flick.contentY !== undefined && flick.contentHeight !== undefined))
                flick = flick.parent
            if (!flick) return item
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(pos.y - 40, flick.contentHeight - flick.height))
            wait(50)
            return item
        }
        function click(name) {
            const item = reveal(waitFor(name))
            tryVerify(() => item.enabled, 5000, name + " stays disabled")
            mouseClick(item)
        }
        function shot(fileName) {
            if (screenshotDir) grabImage(shell).save(screenshotDir + "/" + fileName)
        }

        function initTestCase() {
            relayUrl = relayFixture.startRelay()
            verify(relayUrl.length > 0, "saib-relay did not start")
            shell = Qt.createComponent("qrc:/qt/qml/Saib/AppShell.qml").createObject(root)
            shell.anchors.fill = root
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel") === "")
            tryVerify(() => App.unlocked)
            compare(Checkins.saveCheckin({ day: Checkins.todayIso, hours: 9, strategic: 20, demand: 6,
                                      emotional: 5, energy: 5, drained: [], sustained: [], note: "" }), "")
        }

        function test_1_bad_address_is_explained() {
            mouseClick(waitFor("railNav4"))
            const field = reveal(waitFor("syncRelayField"))
            field.text = "ftp://relay.example.org"
            click("syncEnableButton")
            verify(find("syncOffMessage").text.length > 0, "an invalid address needs a message")
            verify(!Sync.enabled)
        }

        function test_2_turn_on_and_sync() {
            const field = reveal(waitFor("syncRelayField"))
            field.text = relayUrl
            click("syncEnableButton")
            tryVerify(() => Sync.enabled, 10000, "sync did not turn on: " + Sync.errorText)
            tryVerify(() => !Sync.busy && Sync.lastSyncedText.indexOf("Last synced") === 0, 10000)
            compare(Sync.errorText, "")
            compare(Sync.pending, 0)
            tryVerify(() => Sync.devices.length === 1, 5000)
            compare(Sync.devices[0].isThis, true)
        }

        function test_3_add_a_second_device() {
            const code = relayFixture.secondDeviceJoin()
            verify(code.length === 9, "second device got no code")
            const field = reveal(waitFor("syncApproveField"))
            field.text = code.toLowerCase()
            click("syncApproveButton")
            tryVerify(() => Sync.approveText.indexOf("Device added") === 0, 10000, Sync.approveText)
            verify(!Sync.approveFailed)
            compare(relayFixture.secondDeviceFinish(), 1) // it received today's check-in
            tryVerify(() => Sync.devices.length === 2, 5000)
            reveal(waitFor("syncStatus"))
            shot("sync-laptop-en.png")
        }

        function test_4_remove_the_second_device() {
            const index = Sync.devices[0].isThis ? 1 : 0
            click("syncRemove_" + index)
            tryVerify(() => Sync.devices.length === 2 && Sync.devices[index].revoked, 5000)
            verify(!find("syncRemove_" + index).visible)
        }

        function test_5_turn_off_then_join_shows_a_code() {
            click("syncDisable")
            tryVerify(() => !Sync.enabled)
            const field = reveal(waitFor("syncRelayField"))
            field.text = relayUrl
            click("syncJoinButton")
            const code = waitFor("syncPairingCode")
            tryVerify(() => /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(code.text), 5000, code.text)
            const qr = waitFor("syncPairingQr")
            tryVerify(() => qr.status === Image.Ready && qr.paintedWidth >= 100, 5000)
            reveal(code)
            shot("sync-join-laptop-en.png")
            // The same screen on a phone, in Welsh.
            App.language = "cy"
            root.width = 390; root.height = 844
            wait(200)
            reveal(code)
            shot("sync-join-phone-cy.png")
            App.language = "en"
            root.width = 1280; root.height = 800
            wait(200)
            click("syncCancelJoin")
            tryVerify(() => !Sync.joining)
            verify(find("syncRelayField").visible)
        }
    }
}
