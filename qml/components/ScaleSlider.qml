import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A labelled slider with its current value spelled out, and words for the two ends.
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
    property alias slider: slider
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
            text: scale.valueText
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            color: Theme.accentText
        }
    }
    Label {
        visible: scale.hint.length > 0
        text: scale.hint
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Slider {
        id: slider
        snapMode: Slider.SnapAlways
        Layout.fillWidth: true
        Accessible.name: scale.label + ": " + scale.valueText
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
