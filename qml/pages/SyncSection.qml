import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Sync between your devices: turn sync on, pair a device (code and QR, then
// the 6 digits both screens show, confirmed on the joining one),
// status, the device list with "remove", and turning sync off. All state lives in the
// `Sync` controller; this file only shows it.
ColumnLayout {
    id: section
    spacing: 8
    // Off where the page around it already has the title (Settings → Sync).
    property bool showTitle: true
    property bool showAdvanced: false

    Label {
        visible: section.showTitle
        text: qsTr("Sync between your devices")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Optional. Your devices exchange your data through a relay server, encrypted with a key only your devices hold: the relay stores and passes on ciphertext it cannot read. No account, email or password is needed.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Off: choose a relay, then start an account here or join one from another device.
    ColumnLayout {
        visible: !Sync.enabled && !Sync.joining
        spacing: 8
        Layout.fillWidth: true
        TextField {
            id: relayField
            objectName: "syncRelayField"
            placeholderText: qsTr("Relay address, e.g. https://relay.example.org")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Relay address")
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            PrimaryButton {
                objectName: "syncEnableButton"
                text: qsTr("Turn on sync")
                enabled: relayField.text.length > 0 && !Sync.busy
                onClicked: offMessage.text = Sync.enableSync(relayField.text).message
            }
            SecondaryButton {
                Accessible.name: text
                objectName: "syncJoinButton"
                text: qsTr("Join my other device")
                enabled: relayField.text.length > 0 && !Sync.busy
                onClicked: offMessage.text = Sync.joinAccount(relayField.text).message
            }
        }
        Label {
            text: qsTr("Use “Turn on sync” on your first device, and “Join my other device” on each device you add.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        FormMessage { id: offMessage; objectName: "syncOffMessage"; Layout.fillWidth: true }
    }

    // Joining: show the code (and QR) until the other device approves.
    ColumnLayout {
        visible: Sync.joining && Sync.joinSas.length === 0
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: Sync.pairingCode.length > 0
                ? qsTr("On a device that already syncs, open Settings, choose “Add a device” and enter this code:")
                : qsTr("Asking the relay for a pairing code…")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncPairingCode"
            visible: Sync.pairingCode.length > 0
            text: Sync.pairingCode
            font.pixelSize: Theme.px(34)
            font.weight: Font.Bold
            font.letterSpacing: 4
            font.family: "monospace"
            color: Theme.heading
            Accessible.name: qsTr("Pairing code %1").arg(Sync.pairingCode.split("").join(" "))
        }
        Image {
            objectName: "syncPairingQr"
            visible: Sync.pairingLink.length > 0
            source: Sync.pairingLink.length > 0 ? "image://qr/" + encodeURIComponent(Sync.pairingLink) : ""
            sourceSize.width: 180
            sourceSize.height: 180
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code holding the pairing code")
        }
        Label {
            text: qsTr("Waiting for your other device to approve… The code works for 10 minutes.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SecondaryButton {
            Accessible.name: text
            objectName: "syncCancelJoin"
            text: qsTr("Cancel")
            onClicked: Sync.cancelJoin()
        }
    }

    // Joining, key received: the user compares the digits with the other screen before
    // this device saves or sends anything.
    ColumnLayout {
        visible: Sync.joining && Sync.joinSas.length > 0
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: qsTr("Check that your other device shows this number:")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncJoinSas"
            text: Sync.joinSas
            font.pixelSize: Theme.px(34)
            font.weight: Font.Bold
            font.letterSpacing: 4
            font.family: "monospace"
            color: Theme.heading
            Accessible.name: qsTr("Number to compare: %1").arg(Sync.joinSas.split("").join(" "))
        }
        Label {
            objectName: "syncJoinSummary"
            text: Sync.joinSummary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("If the numbers differ, or the other device shows none, someone else may have used your code: choose “They differ”.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            PrimaryButton {
                objectName: "syncConfirmJoin"
                text: qsTr("They match: join")
                onClicked: Sync.confirmJoin()
            }
            SecondaryButton {
                Accessible.name: text
                objectName: "syncRejectJoin"
                text: qsTr("They differ")
                onClicked: Sync.rejectJoin()
            }
        }
    }
    FormMessage {
        objectName: "syncJoinError"
        visible: !Sync.enabled && text.length > 0
        text: Sync.errorText
        Layout.fillWidth: true
    }

    // On: status, sync now, add and remove devices, turn off.
    ColumnLayout {
        visible: Sync.enabled
        spacing: 8
        Layout.fillWidth: true
        Label {
            objectName: "syncStatus"
            text: Sync.busy ? qsTr("Syncing…") : Sync.lastSyncedText
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "syncPending"
            text: Sync.pending > 0 ? qsTr("%n change(s) waiting to be sent.", "", Sync.pending)
                                   : qsTr("Everything on this device has been sent.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncProgress"
            visible: text.length > 0
            text: Sync.progressText
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncRotation"
            visible: text.length > 0
            text: Sync.rotationText
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // The relay's address is a detail for whoever set it up, so it waits here.
        TextButton {
            objectName: "syncAdvanced"
            text: section.showAdvanced ? qsTr("Hide advanced") : qsTr("Advanced")
            iconName: "settings"
            onClicked: section.showAdvanced = !section.showAdvanced
        }
        Label {
            objectName: "syncRelayAddress"
            visible: section.showAdvanced
            text: qsTr("Relay: %1").arg(Sync.relayUrl)
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        FormMessage { objectName: "syncError"; text: Sync.errorText; Layout.fillWidth: true }
        FormMessage { objectName: "syncReport"; text: Sync.reportText; isError: false; Layout.fillWidth: true }
        // Refused envelopes stay on screen, whatever later syncs do, until seen.
        FormMessage { objectName: "syncRejected"; text: Sync.rejectedText; Layout.fillWidth: true }
        TextButton {
            objectName: "syncRejectedSeen"
            visible: Sync.rejectedText !== ""
            text: qsTr("I have seen this")
            flat: true
            Accessible.name: text
            onClicked: Sync.acknowledgeRejected()
        }
        PrimaryButton {
            objectName: "syncNowButton"
            text: qsTr("Sync now")
            enabled: !Sync.busy
            onClicked: Sync.syncNow()
        }

        Label {
            text: qsTr("Add a device")
            font.pixelSize: Theme.px(17)
            font.weight: Font.DemiBold
            Layout.topMargin: 8
        }
        Label {
            text: qsTr("On the new device, choose “Join my other device”; it shows a code. Type that code here.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: approveField
                objectName: "syncApproveField"
                placeholderText: qsTr("Code, e.g. ABCDE-FGHJK")
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Accessible.name: qsTr("Pairing code from the new device")
                onAccepted: Sync.approveDevice(text)
            }
            SecondaryButton {
                Accessible.name: text
                objectName: "syncApproveButton"
                text: qsTr("Add device")
                enabled: approveField.text.length > 0
                onClicked: Sync.approveDevice(approveField.text)
            }
        }
        FormMessage {
            objectName: "syncApproveMessage"
            text: Sync.approveText
            isError: Sync.approveFailed
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncApproveSas"
            visible: Sync.approveSas.length > 0
            text: Sync.approveSas
            font.pixelSize: Theme.px(34)
            font.weight: Font.Bold
            font.letterSpacing: 4
            font.family: "monospace"
            color: Theme.heading
            Accessible.name: qsTr("Number to compare: %1").arg(Sync.approveSas.split("").join(" "))
        }

        Label {
            text: qsTr("Your devices")
            font.pixelSize: Theme.px(17)
            font.weight: Font.DemiBold
            Layout.topMargin: 8
        }
        Label {
            text: qsTr("Lost a device? Remove it here and it can no longer fetch anything.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Column {
            objectName: "syncDevices"
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: Sync.devices
                delegate: RowLayout {
                    id: deviceRow
                    required property var modelData
                    required property int index
                    property bool editing: false
                    width: parent ? parent.width : 0
                    function saveName() {
                        const result = Sync.renameDevice(deviceRow.modelData.id, nameField.text)
                        nameMessage.text = result.message
                        if (result.ok) deviceRow.editing = false
                    }
                    MaterialIcon { name: "devices"; color: Theme.textSecondary; Layout.alignment: Qt.AlignTop; Layout.topMargin: 4 }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            objectName: "syncDeviceLabel_" + deviceRow.index
                            visible: !deviceRow.editing
                            text: deviceRow.modelData.label
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        TextField {
                            id: nameField
                            objectName: "syncDeviceName_" + deviceRow.index
                            visible: deviceRow.editing
                            text: deviceRow.modelData.label
                            maximumLength: 60
                            selectByMouse: true
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Name of this device in the list")
                            onAccepted: deviceRow.saveName()
                        }
                        Label { text: deviceRow.modelData.detail; color: Theme.textMuted; font.pixelSize: Theme.px(13); elide: Text.ElideRight; Layout.fillWidth: true }
                        FormMessage { id: nameMessage; Layout.fillWidth: true }
                    }
                    IconButton {
                        objectName: "syncRename_" + deviceRow.index
                        visible: !deviceRow.modelData.revoked
                        text: deviceRow.editing ? qsTr("Save the name") : qsTr("Rename %1").arg(deviceRow.modelData.label)
                        iconName: deviceRow.editing ? "check" : "edit"
                        onClicked: {
                            if (deviceRow.editing) { deviceRow.saveName(); return }
                            nameField.text = deviceRow.modelData.label
                            deviceRow.editing = true
                            nameField.forceActiveFocus()
                        }
                    }
                    TextButton {
                        Accessible.name: qsTr("Remove %1").arg(deviceRow.modelData.label)
                        objectName: "syncRemove_" + deviceRow.index
                        visible: !deviceRow.modelData.isThis && !deviceRow.modelData.revoked
                        text: qsTr("Remove")
                        onClicked: Sync.removeDevice(deviceRow.modelData.id)
                    }
                }
            }
        }
        TextButton {
            Accessible.name: text
            objectName: "syncRefreshDevices"
            text: qsTr("Refresh the list")
            iconName: "refresh"
            onClicked: Sync.refreshDevices()
        }
        SecondaryButton {
            Accessible.name: text
            objectName: "syncDisable"
            text: qsTr("Turn off sync on this device")
            Layout.topMargin: 8
            onClicked: offMessage.text = Sync.disableSync().message
        }
    }
}
