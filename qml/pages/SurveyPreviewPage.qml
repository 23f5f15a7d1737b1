import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Exactly what will be sent, and the one place it can be sent from.
ScrollPage {
    id: page
    objectName: "surveyPreviewPage"
    signal back()
    signal done()
    property surveyPreview preview
    property bool sent: false

    Connections {
        target: Surveys
        function onSendFinished(answer) {
            result.isError = !answer.ok
            result.text = !answer.ok ? answer.message
                : qsTr("Thank you. Your answers will be sent anonymously by %1, on a connection of their own. Saib needs to be open and unlocked then; if it is not, they go the next time it is.").arg(Surveys.currentSendBy)
            page.sent = answer.ok
        }
    }

    Label {
        text: qsTr("Exactly what will be sent")
        font.pixelSize: Theme.px(22)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Your answers, as they will be sent")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.preview.rows
        delegate: ColumnLayout {
            id: row
            required property var modelData
            readonly property string shown: row.modelData.value.length > 0 ? row.modelData.value
                                            : row.modelData.band ? qsTr("Prefer not to say") : qsTr("Left blank")
            objectName: "previewRow_" + row.modelData.id
            Layout.fillWidth: true
            spacing: 2
            Label { text: row.modelData.label; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: row.shown; font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }
    }
    SecondaryButton {
        id: showBytes
        objectName: "showExactBytes"
        checkable: true
        text: checked ? qsTr("Hide the exact bytes") : qsTr("Show exactly what is sent")
        Accessible.name: text
    }
    Label {
        visible: showBytes.checked
        text: qsTr("These are the bytes Saib will send, laid out for reading. There is no name, account, device, school or time in them. The token shows that you are enrolled, without showing who you are.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextArea {
        objectName: "payloadText"
        visible: showBytes.checked
        text: page.preview.text
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        font.family: "monospace"
        font.pixelSize: Theme.px(13)
        Layout.fillWidth: true
        Accessible.name: qsTr("The payload that will be sent")
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
    }
    Label {
        visible: showBytes.checked
        text: qsTr("Sent as %n byte(s), without the spaces and line breaks added here.", "", page.preview.size)
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "sendDelayNote"
        visible: !page.sent
        text: qsTr("Saib does not send your answers straight away. It keeps them sealed on this device and sends them at a random time between 1 and 24 hours from now, so that the survey server cannot pair them with your enrolment by when they arrive.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: result; objectName: "sendResult"; Layout.fillWidth: true }
    ColumnLayout {
        Layout.fillWidth: true
        visible: !page.sent
        spacing: 8
        PrimaryButton {
            objectName: "confirmSend"
            text: qsTr("Send these answers")
            enabled: !Surveys.busy
            Layout.fillWidth: true
            onClicked: Surveys.send()
        }
        SecondaryButton {
            objectName: "previewBack"
            text: qsTr("Back and change")
            enabled: !Surveys.busy
            Accessible.name: text
            Layout.fillWidth: true
            onClicked: page.back()
        }
    }
    PrimaryButton {
        objectName: "previewDone"
        visible: page.sent
        text: qsTr("Done")
        Layout.fillWidth: true
        onClicked: page.done()
    }
}
