import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A labelled slider with its current value spelled out, and words for the two ends.
// With `answered` false it shows "Not answered" and a faded handle: the check-in scales
// start that way, so an untouched scale is saved as unanswered, never as its middle.
// `chosen(value)` reports a choice made by hand (a tap, a drag, the arrow keys, Home / End,
// or a screen reader's increase / decrease actions). Screen readers get the range (Qt 6.4
// reads it from `minimumValue` / `maximumValue`, which Slider does not have), and the
// hint and the words for both ends in the description.
ColumnLayout {
    id: scale
    property alias label: title.text
    property string hint: ""
    property alias from: slider.from
    property alias to: slider.to
    property alias stepSize: slider.stepSize
    property alias value: slider.value
    property string valueText: String(slider.value)
    property string lowText: ""
    property string highText: ""
    property bool answered: true
    // Off on a phone check-in to save height; screen readers still hear the hint.
    property bool showHint: true
    property alias slider: slider
    signal chosen(real value)
    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Label {
            id: title
            font.pixelSize: Theme.px(16)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: scale.objectName + "Value"
            text: scale.answered ? scale.valueText : qsTr("Not answered")
            font.pixelSize: scale.answered ? Theme.px(18) : Theme.px(14)
            font.weight: scale.answered ? Font.DemiBold : Font.Normal
            font.italic: !scale.answered
            color: scale.answered ? Theme.accentText : Theme.textMuted
        }
    }
    Label {
        visible: scale.hint.length > 0 && scale.showHint
        text: scale.hint
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Slider {
        id: slider
        snapMode: Slider.SnapAlways
        opacity: scale.answered ? 1 : 0.4
        Layout.fillWidth: true
        focusPolicy: Qt.StrongFocus
        readonly property real minimumValue: slider.from
        readonly property real maximumValue: slider.to
        Accessible.name: scale.label + ": " + (scale.answered ? scale.valueText : qsTr("Not answered"))
        Accessible.description: {
            const ends = scale.lowText.length > 0
                ? qsTr("%1 (%2) to %3 (%4)").arg(slider.from).arg(scale.lowText).arg(slider.to).arg(scale.highText)
                : qsTr("%1 to %2").arg(slider.from).arg(slider.to)
            return scale.hint.length > 0 ? scale.hint + ". " + ends : ends
        }
        Accessible.onIncreaseAction: slider.step(1)
        Accessible.onDecreaseAction: slider.step(-1)
        // Moves by steps as the arrow keys do, and counts as the leader's answer. Slider's
        // own increase() / decrease(): assigning `value` here would cut its binding.
        function step(n) {
            for (let i = 0; i < Math.abs(n); ++i) {
                if (n > 0) slider.increase(); else slider.decrease()
            }
            scale.chosen(slider.value)
        }
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                const steps = Math.round((slider.to - slider.from) / slider.stepSize)
                slider.step(event.key === Qt.Key_End ? steps : -steps)
                event.accepted = true
            }
        }
        onMoved: scale.chosen(value)
        // A tap on the handle's own spot moves nothing but still answers the question.
        onPressedChanged: if (!pressed) scale.chosen(value)
    }
    Item {
        visible: scale.lowText.length > 0
        Layout.fillWidth: true
        Layout.topMargin: -8
        implicitHeight: lowLabel.implicitHeight
        Label { id: lowLabel; anchors.left: parent.left; text: scale.lowText; color: Theme.textMuted; font.pixelSize: Theme.px(12) }
        Label { anchors.right: parent.right; text: scale.highText; color: Theme.textMuted; font.pixelSize: Theme.px(12) }
    }
}
