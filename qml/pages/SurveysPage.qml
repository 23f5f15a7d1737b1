import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Saib

// National surveys: where they come from (a survey server or a file), the survey body's
// key that every survey must be signed with, the verified surveys, and what was sent.
ScrollPage {
    id: page
    objectName: "surveysPage"
    signal closed()
    signal openSurvey()
    signal openAbout()
    property bool showSources: false

    Connections {
        target: Surveys
        function onLoadFinished(result) {
            loadMessage.isError = !result.ok
            loadMessage.text = result.message
        }
    }

    RowLayout {
        Layout.fillWidth: true
        IconButton { objectName: "surveysBack"; text: qsTr("Back"); iconName: "back"; onClicked: page.closed(); Accessible.name: text }
        Label {
            text: qsTr("National surveys")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label {
        text: qsTr("Survey bodies, such as a national academy or your local authority, ask school leaders how they are. Taking part is your choice. Saib fills in answers from your own records, you can change or blank any of them, and nothing is sent until you have seen exactly what will go and said yes.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SecondaryButton {
        objectName: "openAboutAnonymity"
        text: qsTr("About anonymity")
        Accessible.name: text
        onClicked: page.openAbout()
    }

    SectionTitle { text: qsTr("Surveys you can answer") }
    Label {
        visible: Surveys.surveys.length === 0
        text: qsTr("No surveys yet. Check the server or load a survey file below.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Column {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: Surveys.surveys
            delegate: Card {
                id: surveyCard
                required property var modelData
                objectName: "survey_" + surveyCard.modelData.id
                width: parent.width
                heading: surveyCard.modelData.title
                subheading: surveyCard.modelData.window
                body: surveyCard.modelData.queued ? qsTr("Answered: to be sent anonymously by %1.").arg(surveyCard.modelData.sendBy)
                    : surveyCard.modelData.sent ? qsTr("You have answered this survey.")
                    : !surveyCard.modelData.open ? qsTr("Not open for answers now.")
                    : surveyCard.modelData.tokens > 0 ? qsTr("Enrolled: ready to answer.")
                    : qsTr("Open: you need an enrolment code from the survey body.")
                onClicked: if (Surveys.openSurvey(surveyCard.modelData.id).ok) page.openSurvey()
            }
        }
    }

    SectionTitle { text: qsTr("Waiting to be sent"); visible: Surveys.queued.length > 0 }
    Label {
        visible: Surveys.queued.length > 0
        text: qsTr("These answers are sealed on this device and go at a random time, so the server cannot tell them apart from other leaders' by when they arrive. Saib sends them while it is open and unlocked, and tries again if you are offline.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: Surveys.queued
        delegate: Label {
            id: queuedItem
            required property var modelData
            required property int index
            objectName: "queuedRecord" + queuedItem.index
            text: qsTr("%1: to be sent by %2").arg(queuedItem.modelData.title).arg(queuedItem.modelData.sendBy)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    SecondaryButton {
        objectName: "sendQueuedNow"
        visible: Surveys.queued.length > 0
        text: qsTr("Send now instead")
        Accessible.name: text
        onClicked: sendNowConfirm.visible = true
    }
    ColumnLayout {
        id: sendNowConfirm
        visible: false
        Layout.fillWidth: true
        Label {
            text: qsTr("Sending now gives up the random delay: whoever runs the server could then pair these answers with your enrolment by their timing and internet address. Send anyway?")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            SecondaryButton {
                objectName: "confirmSendNow"
                text: qsTr("Send now")
                Accessible.name: text
                onClicked: { sendNowConfirm.visible = false; Surveys.sendNow() }
            }
            SecondaryButton {
                text: qsTr("Keep waiting")
                Accessible.name: text
                onClicked: sendNowConfirm.visible = false
            }
        }
    }
    FormMessage { id: outboxMessage; objectName: "outboxMessage"; Layout.fillWidth: true }
    Connections {
        target: Surveys
        function onOutboxFinished(result) {
            outboxMessage.isError = !result.ok
            outboxMessage.text = result.message
        }
    }

    SectionTitle { text: qsTr("Join with an invitation") }
    Label {
        text: qsTr("Open the invitation file the survey body sent you, or paste the invitation link. It holds the server's address and the body's key, so there is nothing to type.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // What the invitation says (read, not yet joined) shows from Surveys.invitation.
    function showInvitation(pathOrLink: string) {
        const result = Surveys.readInvitation(pathOrLink, App.language)
        invitationMessage.isError = !result.ok
        invitationMessage.text = result.message
    }
    SecondaryButton {
        objectName: "chooseInvitation"
        text: qsTr("Choose the invitation file…")
        Accessible.name: text
        onClicked: invitationDialog.open()
    }
    FileDialog {
        id: invitationDialog
        objectName: "invitationDialog"
        title: qsTr("Choose the survey invitation")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Survey invitations (*.saib *.json)"), qsTr("All files (*)")]
        onAccepted: page.showInvitation(String(selectedFile))
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: invitationField
            objectName: "invitationFile"
            placeholderText: qsTr("Or paste the invitation link or file path")
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Invitation link or file path")
        }
        SecondaryButton {
            objectName: "openInvitation"
            text: qsTr("Open")
            Accessible.name: qsTr("Open the invitation")
            onClicked: page.showInvitation(invitationField.text)
        }
    }
    Label {
        id: invitationDetails
        objectName: "invitationDetails"
        text: Surveys.invitation.fingerprint
              ? qsTr("Survey body: %1. Key fingerprint: %2. Check that the fingerprint matches the one in the body's letter or on its website before you join.").arg(Surveys.invitation.bodyName).arg(Surveys.invitation.fingerprint)
              : ""
        visible: text.length > 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SecondaryButton {
        objectName: "joinInvitation"
        visible: invitationDetails.text.length > 0
        text: qsTr("Join")
        Accessible.name: qsTr("Join this survey body's surveys")
        onClicked: {
            const result = Surveys.joinInvitation()
            invitationMessage.isError = !result.ok
            invitationMessage.text = !result.ok ? result.message : qsTr("Saved.")
            if (result.ok) Surveys.refreshFromServer()
        }
    }
    FormMessage { id: invitationMessage; objectName: "invitationMessage"; Layout.fillWidth: true }

    // Where surveys come from is set once, usually by opening an invitation, so the
    // server address, the body's key and loading a file wait behind this button.
    TextButton {
        objectName: "surveySourcesToggle"
        text: page.showSources ? qsTr("Hide the survey server and key") : qsTr("Survey server and key (advanced)")
        iconName: "settings"
        onClicked: page.showSources = !page.showSources
    }
    SectionTitle { visible: page.showSources; text: qsTr("Where surveys come from") }
    Label {
        visible: page.showSources
        text: qsTr("Survey server address (leave empty to turn surveys off)")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: page.showSources
        Layout.fillWidth: true
        TextField {
            id: serverField
            objectName: "surveyServer"
            text: Surveys.server
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Survey server address")
        }
        SecondaryButton {
            objectName: "saveSurveyServer"
            text: qsTr("Save")
            Accessible.name: qsTr("Save the survey server address")
            onClicked: {
                const result = Surveys.setServer(serverField.text)
                settingsMessage.isError = !result.ok
                settingsMessage.text = !result.ok ? result.message : qsTr("Saved.")
            }
        }
    }
    Label {
        visible: page.showSources
        text: qsTr("Survey body's public key. Saib shows a survey only if this key signed it. Copy the key from the survey body's own website or letter, not from the survey server.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: page.showSources
        Layout.fillWidth: true
        TextField {
            id: keyField
            objectName: "surveyBodyKey"
            text: Surveys.bodyKey
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            selectByMouse: true
            font.family: "monospace"
            Layout.fillWidth: true
            Accessible.name: qsTr("Survey body's public key")
        }
        SecondaryButton {
            objectName: "saveSurveyBodyKey"
            text: qsTr("Save")
            Accessible.name: qsTr("Save the survey body's key")
            onClicked: {
                const result = Surveys.setBodyKey(keyField.text)
                settingsMessage.isError = !result.ok
                settingsMessage.text = !result.ok ? result.message : qsTr("Saved.")
            }
        }
    }
    Label {
        objectName: "surveyBodyFingerprint"
        visible: page.showSources && (Surveys.bodyKeyFingerprint.length > 0)
        text: qsTr("Key fingerprint: %1. Check it matches the one the survey body gives.").arg(Surveys.bodyKeyFingerprint)
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormMessage { id: settingsMessage; objectName: "surveySettingsMessage"; Layout.fillWidth: true }
    SecondaryButton {
        visible: page.showSources
        objectName: "refreshSurveys"
        text: Surveys.busy ? qsTr("Checking…") : qsTr("Check the server for surveys")
        enabled: !Surveys.busy
        Accessible.name: qsTr("Check the server for surveys")
        onClicked: { loadMessage.text = ""; Surveys.refreshFromServer() }
    }
    Label {
        visible: page.showSources
        text: qsTr("Or load a survey file the survey body sent you:")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: page.showSources
        Layout.fillWidth: true
        TextField {
            id: fileField
            objectName: "surveyFile"
            placeholderText: qsTr("Path to the survey file")
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Path to the survey file")
        }
        SecondaryButton {
            objectName: "loadSurveyFile"
            text: qsTr("Load")
            Accessible.name: qsTr("Load the survey file")
            onClicked: {
                const result = Surveys.loadFromFile(fileField.text)
                loadMessage.isError = !result.ok
                loadMessage.text = !result.ok ? result.message : qsTr("Survey verified and added.")
            }
        }
    }

    FormMessage { id: loadMessage; objectName: "surveyLoadMessage"; Layout.fillWidth: true }

    SectionTitle { text: qsTr("What you have sent"); visible: Surveys.sent.length > 0 }
    Column {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: Surveys.sent
            delegate: ColumnLayout {
                id: sentItem
                required property var modelData
                required property int index
                width: parent.width
                spacing: 4
                Label {
                    objectName: "sentRecord" + sentItem.index
                    // The server stays under "Survey server and key"; here, when it went.
                    text: qsTr("Sent on %1").arg(sentItem.modelData.sentAt)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                NoteArea {
                    text: sentItem.modelData.payload
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    font.pixelSize: Theme.px(12)
                    Layout.fillWidth: true
                    Accessible.name: qsTr("What was sent")
                }
            }
        }
    }
}
