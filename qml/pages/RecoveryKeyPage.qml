import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Saib

// A new recovery key, shown once: save it as a PDF (or write it down), then type two of
// its groups back to show it was kept. Shown by the shell while Recovery.showingKey.
ScrollPage {
    id: page
    objectName: "recoveryKeyPage"
    maxWidth: 620

    function savePdf(file) {
        const result = Recovery.savePdf(file)
        saved.isError = !result.ok
        saved.text = !result.ok ? result.message : qsTr("Saved. Print it, or keep the file somewhere only you can reach.")
    }
    function confirm() {
        message.text = Recovery.confirmKept(first.text, second.text).message
    }

    Label {
        text: qsTr("Your recovery key")
        font.pixelSize: Theme.px(28)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("If you ever forget your passphrase, this key opens Saib and lets you choose a new one. Saib keeps no copy and will not show it again: save it or write it down now, and keep it away from this device.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(16)
        Layout.fillWidth: true
    }
    // The key as numbered groups, as on the PDF.
    GridLayout {
        objectName: "recoveryKeyGroups"
        columns: page.width >= 560 ? 4 : 3
        columnSpacing: 8
        rowSpacing: 8
        Layout.fillWidth: true
        Repeater {
            model: Recovery.keyGroups
            delegate: Rectangle {
                required property int index
                required property string modelData
                implicitWidth: 120
                implicitHeight: 52
                Layout.fillWidth: true
                radius: 6
                color: Theme.surface
                border.color: Theme.border
                Label {
                    text: index + 1
                    color: Theme.textMuted
                    font.pixelSize: Theme.px(11)
                    x: 6; y: 4
                }
                Label {
                    anchors.centerIn: parent
                    anchors.verticalCenterOffset: 4
                    text: modelData
                    font.family: "monospace"
                    font.pixelSize: Theme.px(20)
                    font.weight: Font.DemiBold
                    Accessible.name: qsTr("Group %1: %2").arg(index + 1).arg(modelData.split("").join(" "))
                }
            }
        }
    }
    SecondaryButton {
        objectName: "recoverySavePdf"
        text: qsTr("Save as PDF to print…")
        Accessible.name: text
        onClicked: pdfDialog.open()
    }
    FormMessage { id: saved; objectName: "recoverySaved"; Layout.fillWidth: true }

    Label {
        text: qsTr("Check you have kept it")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 12
    }
    Label {
        text: qsTr("From your saved copy, type group %1 and group %2.").arg(Recovery.firstCheck).arg(Recovery.secondCheck)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        TextField {
            id: first
            objectName: "recoveryCheckFirst"
            placeholderText: qsTr("Group %1").arg(Recovery.firstCheck)
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            font.family: "monospace"
            Accessible.name: placeholderText
            Layout.fillWidth: true
            onAccepted: second.forceActiveFocus()
        }
        TextField {
            id: second
            objectName: "recoveryCheckSecond"
            placeholderText: qsTr("Group %1").arg(Recovery.secondCheck)
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            font.family: "monospace"
            Accessible.name: placeholderText
            Layout.fillWidth: true
            onAccepted: page.confirm()
        }
    }
    FormMessage { id: message; objectName: "recoveryCheckMessage"; takesFocus: true; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "recoveryConfirm"
        text: qsTr("I have kept it")
        enabled: first.text.length > 0 && second.text.length > 0
        Layout.fillWidth: true
        onClicked: page.confirm()
    }
    TextButton {
        objectName: "recoveryLater"
        text: qsTr("Skip the check")
        flat: true
        Accessible.name: text
        Layout.alignment: Qt.AlignHCenter
        onClicked: Recovery.closeKey()
    }

    FileDialog {
        id: pdfDialog
        objectName: "recoveryPdfDialog"
        title: qsTr("Save your recovery key")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        selectedFile: Recovery.suggestedPdfFile()
        onAccepted: page.savePdf(selectedFile)
    }
}
