import QtQuick
import QtTest
import Saib

// The sync settings against a real saib-relay on 127.0.0.1: turn sync on, see the
// status, pair a second (real) device by typing its code, compare the digits both show,
// see it receive the data, and remove it. Also the joining side: the code and its QR
// image, then the digits to compare and the confirm step.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        name: "Sync"
        when: windowShown
        property var shell: null
        property string relayUrl: ""

        // Every asynchronous action ends in one OpResult (issue 19), as on other pages.
        SignalSpy { id: enableSpy; target: Sync; signalName: "enableFinished" }
        SignalSpy { id: syncSpy; target: Sync; signalName: "syncFinished" }
        SignalSpy { id: approveSpy; target: Sync; signalName: "approveFinished" }
        SignalSpy { id: removeSpy; target: Sync; signalName: "removeFinished" }
        SignalSpy { id: joinSpy; target: Sync; signalName: "joinFinished" }

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
            verify(App.createVault("afon goch llyfr tawel", "afon goch llyfr tawel").ok)
            tryVerify(() => App.unlocked)
            verify(Checkins.saveCheckin({ day: Checkins.todayIso, hours: 9, strategic: 20, demand: 6,
                                     emotional: 5, energy: 5, drained: [], sustained: [], note: "" }).ok)
        }

        function test_1_bad_address_is_explained() {
            mouseClick(waitFor("railNav4"))
            mouseClick(waitFor("settingsGroup_sync"))
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
            compare(enableSpy.count, 1)
            verify(enableSpy.signalArguments[0][0].ok)
            verify(syncSpy.count >= 1)
            verify(syncSpy.signalArguments[0][0].ok, syncSpy.signalArguments[0][0].message)
            compare(Sync.errorText, "")
            // Anything written while the first sync ran (this device's name) follows soon.
            tryVerify(() => !Sync.busy && Sync.pending === 0, 10000)
            tryVerify(() => Sync.devices.length === 1, 5000)
            compare(Sync.devices[0].isThis, true)
        }

        function test_3_add_a_second_device() {
            const code = relayFixture.secondDeviceJoin()
            verify(code.length === 11, "second device got no code")
            const field = reveal(waitFor("syncApproveField"))
            field.text = code.toLowerCase()
            click("syncApproveButton")
            // The new device runs the PAKE with this page, then both show the same digits.
            const shown = relayFixture.secondDeviceAwaitOffer()
            verify(/^[0-9]{3} [0-9]{3}$/.test(shown), "second device shows no digits")
            tryVerify(() => Sync.approveText.indexOf("Device added") === 0, 10000, Sync.approveText)
            verify(!Sync.approveFailed)
            compare(approveSpy.count, 1)
            verify(approveSpy.signalArguments[0][0].ok)
            compare(approveSpy.signalArguments[0][0].message, Sync.approveText)
            compare(waitFor("syncApproveSas").text, shown)
            reveal(find("syncApproveSas"))
            shot("sync-approve-laptop-en.png")
            compare(relayFixture.secondDeviceConfirm(shown), 1) // it received today's check-in
            tryVerify(() => Sync.devices.length === 2, 5000)
            // Devices carry names: this one starts from the platform's, the other is
            // renamed through its pencil button and the name is kept (encrypted settings).
            const mine = Sync.devices[0].isThis ? 0 : 1, other = 1 - mine
            verify(Sync.devices[mine].label.length > 0)
            click("syncRename_" + other)
            const nameField = waitFor("syncDeviceName_" + other)
            nameField.text = "Pixel 8"
            click("syncRename_" + other)
            tryCompare(find("syncDeviceLabel_" + other), "text", "Pixel 8")
            verify(Sync.renameDevice(Sync.devices[mine].id, "Office laptop").ok)
            Sync.refreshDevices()
            tryVerify(() => Sync.devices[other].label === "Pixel 8" && Sync.devices[mine].label === "Office laptop", 5000)
            reveal(waitFor("syncStatus"))
            shot("sync-laptop-en.png")
        }

        function test_4_remove_the_second_device() {
            const index = Sync.devices[0].isThis ? 1 : 0
            click("syncRemove_" + index)
            tryVerify(() => Sync.devices.length === 2 && Sync.devices[index].revoked, 5000)
            compare(removeSpy.count, 1)
            verify(removeSpy.signalArguments[0][0].ok)
            verify(!find("syncRemove_" + index).visible)
        }

        function test_5_turn_off_then_join_shows_a_code() {
            click("syncDisable")
            tryVerify(() => !Sync.enabled)
            const field = reveal(waitFor("syncRelayField"))
            field.text = relayUrl
            click("syncJoinButton")
            const code = waitFor("syncPairingCode")
            tryVerify(() => /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/.test(code.text), 5000, code.text)
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

        function test_6_joining_asks_to_compare_the_digits() {
            joinSpy.clear()
            const field = reveal(waitFor("syncRelayField"))
            field.text = relayUrl
            click("syncJoinButton")
            const code = waitFor("syncPairingCode")
            tryVerify(() => code.text.length === 11, 5000)
            verify(relayFixture.otherDeviceApprove(code.text))
            const digits = waitFor("syncJoinSas")
            tryVerify(() => relayFixture.otherSas.length > 0, 15000)
            compare(digits.text, relayFixture.otherSas)
            tryVerify(() => joinSpy.count === 1) // the run up to the digits ended well
            verify(joinSpy.signalArguments[0][0].ok)
            // Today's check-in and the two device names given in test_3 (rows of the
            // encrypted settings table, shared like any other record).
            verify(find("syncJoinSummary").text.indexOf("3 records") > 0, find("syncJoinSummary").text)
            verify(!Sync.enabled, "nothing is joined before the user confirms")
            compare(Sync.pending, 0)
            reveal(digits)
            shot("sync-confirm-laptop-en.png")
            App.language = "cy"
            root.width = 390; root.height = 844
            wait(200)
            reveal(find("syncJoinSas"))
            shot("sync-confirm-phone-cy.png")
            App.language = "en"
            root.width = 1280; root.height = 800
            wait(200)
            click("syncConfirmJoin")
            tryVerify(() => Sync.enabled, 10000, Sync.errorText)
            tryVerify(() => !Sync.busy && Sync.pending === 0, 10000)
        }
    }
}
