import QtQuick
import QtQuick.Controls
import Saib
import QtQuick.Layouts

// One survey question with its answer control. The answer lives in the controller
// ("surveys"); this only shows it and reports changes. Every answer can be left blank.
ColumnLayout {
    id: box
    property var question: ({})
    readonly property string qid: question.id || ""
    property var answer: Surveys.answerFor(qid)
    property bool prefilled: Surveys.isPrefilled(qid)
    readonly property bool blank: answer === undefined || answer === null || answer === ""
                                  || (Array.isArray(answer) && answer.length === 0)
    spacing: 6

    function setAnswer(value) {
        Surveys.setAnswer(qid, value)
        answer = Surveys.answerFor(qid)
        prefilled = false
    }
    function formatNumber(v) {
        return Number(v).toLocaleString(Qt.locale(), "f", question.decimals || 0)
    }

    Label {
        text: box.question.text
        font.pixelSize: Theme.px(16)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "value_" + box.qid
            visible: box.question.kind === "scale" || box.question.kind === "number"
            text: box.blank ? qsTr("Blank") : box.formatNumber(box.answer)
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            color: box.blank ? Theme.textMuted : Theme.accentText
        }
        Label {
            objectName: "prefilled_" + box.qid
            visible: box.prefilled && !box.blank
            text: qsTr("Filled in from your own records")
            color: Theme.textMuted
            font.pixelSize: Theme.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillWidth: true; visible: !(box.prefilled && !box.blank) }
        Button {
            objectName: "blank_" + box.qid
            text: qsTr("Leave blank")
            flat: true
            enabled: !box.blank
            Accessible.name: qsTr("Leave this answer blank")
            onClicked: { Surveys.clearAnswer(box.qid); box.answer = null; box.prefilled = false }
        }
    }

    Slider {
        objectName: "answer_" + box.qid
        visible: box.question.kind === "scale"
        from: box.question.min || 0
        to: box.question.max || 10
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: box.blank ? (from + to) / 2 : Number(box.answer)
        Layout.fillWidth: true
        Accessible.name: box.question.text || ""
        onMoved: box.setAnswer(Math.round(value))
    }
    TextField {
        objectName: "number_" + box.qid
        visible: box.question.kind === "number"
        text: box.blank || box.question.kind !== "number" ? "" : String(box.answer)
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        validator: DoubleValidator { bottom: box.question.min || 0; top: box.question.max || 0; notation: DoubleValidator.StandardNotation }
        placeholderText: qsTr("%1 to %2").arg(box.question.min).arg(box.question.max)
        Layout.preferredWidth: 160
        Accessible.name: box.question.text || ""
        onEditingFinished: box.setAnswer(text.length > 0 ? Number(text.replace(",", ".")) : null)
    }
    Flow {
        visible: box.question.kind === "choice"
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: box.question.kind === "choice" ? box.question.options : []
            delegate: TagChip {
                id: optionChip
                required property var modelData
                objectName: "choice_" + box.qid + "_" + optionChip.modelData.id
                text: optionChip.modelData.label
                checked: Array.isArray(box.answer) ? box.answer.indexOf(optionChip.modelData.id) >= 0 : box.answer === optionChip.modelData.id
                onClicked: {
                    let chosen = Array.isArray(box.answer) ? box.answer.slice() : (box.blank ? [] : [box.answer])
                    const at = chosen.indexOf(optionChip.modelData.id)
                    if (at >= 0) chosen.splice(at, 1)
                    else if (chosen.length < box.question.maxChoices) chosen.push(optionChip.modelData.id)
                    box.setAnswer(chosen)
                }
            }
        }
    }
    Label {
        visible: box.question.kind === "choice" && box.question.maxChoices > 1
        text: qsTr("Choose up to %n.", "", box.question.maxChoices || 1)
        color: Theme.textMuted
        font.pixelSize: Theme.px(13)
    }
    TextField {
        objectName: "text_" + box.qid
        visible: box.question.kind === "text"
        text: box.blank || box.question.kind !== "text" ? "" : String(box.answer)
        maximumLength: box.question.maxLength || 200
        selectByMouse: true
        Layout.fillWidth: true
        Accessible.name: box.question.text || ""
        onEditingFinished: box.setAnswer(text)
    }
}
