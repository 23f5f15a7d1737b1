import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// One survey: enrol with a code, read the questions in English or Welsh, check the
// answers Saib filled in from your own records, choose coarse groups, then preview.
ScrollPage {
    id: page
    objectName: "surveyAnswerPage"
    signal closed()
    signal previewReady(surveyPreview preview)
    signal openAbout()

    Connections {
        target: Surveys
        function onEnrolFinished(result) {
            enrolMessage.isError = !result.ok
            enrolMessage.text = !result.ok ? result.message : qsTr("Enrolled. Your token is kept only on this device.")
            if (result.ok) codeField.text = ""
        }
    }

    RowLayout {
        Layout.fillWidth: true
        IconButton { objectName: "surveyAnswerBack"; text: qsTr("Back"); iconName: "back"; onClicked: page.closed(); Accessible.name: text }
        Label {
            objectName: "surveyTitle"
            text: Surveys.currentTitle
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label { text: Surveys.currentWindow; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
    RowLayout {
        spacing: 6
        Label { text: qsTr("Survey language:") }
        ChoiceChip {
            objectName: "surveyLangEn"
            text: "English"
            checked: Surveys.surveyLanguage === "en"
            onClicked: Surveys.surveyLanguage = "en"
        }
        ChoiceChip {
            objectName: "surveyLangCy"
            text: "Cymraeg"
            checked: Surveys.surveyLanguage === "cy"
            onClicked: Surveys.surveyLanguage = "cy"
        }
    }
    Label {
        visible: !Surveys.currentOpen
        text: qsTr("This survey is not open for answers now.")
        color: Theme.warningText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "alreadySent"
        visible: Surveys.currentSent
        text: Surveys.currentSendBy.length > 0
              ? qsTr("You have answered this survey. Your answers will be sent anonymously by %1.").arg(Surveys.currentSendBy)
              : qsTr("You have already answered this survey. Thank you.")
        color: Theme.success
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Enrolment: once, with the code the survey body gave you.
    ColumnLayout {
        visible: Surveys.currentTokens === 0 && !Surveys.currentSent
        Layout.fillWidth: true
        spacing: 6
        SectionTitle { text: qsTr("Enrol with your code") }
        Label {
            text: qsTr("The survey body gives each leader one code. Saib swaps it for a token that lets you answer once, without the token saying who you are.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: codeField
                objectName: "enrolCode"
                placeholderText: "XXXX-XXXX-XXXX-XXXX-XXXX"
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                font.family: "monospace"
                Layout.fillWidth: true
                Accessible.name: qsTr("Enrolment code")
            }
            SecondaryButton {
                objectName: "enrolButton"
                text: qsTr("Enrol")
                enabled: !Surveys.busy && codeField.text.length > 0
                Accessible.name: qsTr("Enrol with this code")
                onClicked: Surveys.enrol(codeField.text)
            }
        }
    }
    FormMessage { id: enrolMessage; objectName: "enrolMessage"; Layout.fillWidth: true }

    SectionTitle { text: qsTr("Your answers") }
    Label {
        text: qsTr("Saib has filled in what it can from your own check-ins and ratings in the survey period. Change any answer, or leave it blank.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Column {
        Layout.fillWidth: true
        spacing: 22
        Repeater {
            model: Surveys.questions
            delegate: SurveyQuestion {
                id: questionBox
                required property var modelData
                width: parent.width
                question: questionBox.modelData
            }
        }
    }

    SectionTitle { text: qsTr("About you, in broad groups") }
    Label {
        text: qsTr("Only these broad groups are asked for. Choose \"Prefer not to say\" for any of them.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Column {
        Layout.fillWidth: true
        spacing: 12
        Repeater {
            model: Surveys.bands
            delegate: Column {
                required property var modelData
                id: band
                width: parent.width
                spacing: 6
                property string chosen: Surveys.bandValue(band.modelData.key)
                Label { text: band.modelData.label; font.weight: Font.DemiBold }
                Flow {
                    width: parent.width
                    spacing: 6
                    ChoiceChip {
                        objectName: "band_" + band.modelData.key + "_none"
                        text: qsTr("Prefer not to say")
                        checked: band.chosen === ""
                        onClicked: { Surveys.setBand(band.modelData.key, ""); band.chosen = "" }
                    }
                    Repeater {
                        model: band.modelData.values
                        delegate: ChoiceChip {
                            id: bandChip
                            required property var modelData
                            objectName: "band_" + band.bandKey + "_" + bandChip.modelData.id
                            text: bandChip.modelData.label
                            checked: band.chosen === bandChip.modelData.id
                            onClicked: { Surveys.setBand(band.bandKey, bandChip.modelData.id); band.chosen = bandChip.modelData.id }
                        }
                    }
                }
                readonly property string bandKey: band.modelData.key
            }
        }
    }

    FormMessage { id: previewMessage; objectName: "previewMessage"; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "previewSurvey"
        text: qsTr("See exactly what will be sent")
        enabled: Surveys.currentOpen && !Surveys.currentSent
        Layout.fillWidth: true
        onClicked: {
            const result = Surveys.preview()
            previewMessage.text = result.message
            if (result.ok)
                page.previewReady(Surveys.lastPreview)
        }
    }
    TextButton {
        text: qsTr("About anonymity")
        flat: true
        Accessible.name: text
        onClicked: page.openAbout()
    }
}
