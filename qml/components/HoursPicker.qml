import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Hours worked, quick to hit exactly: one tap on a chip for a common day, then − and +
// in half hours for the rest. `value` < 0 means not answered; `chosen(hours)` reports a
// choice made by hand.
ColumnLayout {
    id: picker
    property real value: -1
    readonly property bool answered: value >= 0
    readonly property var common: [8, 9, 10, 11, 12]
    signal chosen(real hours)
    spacing: 4

    function step(by) {
        const start = picker.answered ? picker.value : 8
        picker.chosen(Math.max(0, Math.min(24, start + by)))
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Hours worked")
            font.pixelSize: Theme.px(16)
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Label {
            objectName: "hoursValue"
            text: picker.answered ? qsTr("%L1 h").arg(picker.value) : qsTr("Not answered")
            font.pixelSize: picker.answered ? Theme.px(18) : Theme.px(14)
            font.weight: picker.answered ? Font.DemiBold : Font.Normal
            font.italic: !picker.answered
            color: picker.answered ? Theme.accentText : Theme.textMuted
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        RoundButton {
            objectName: "hoursLess"
            text: "−"
            flat: true
            Accessible.name: qsTr("Half an hour less")
            onClicked: picker.step(-0.5)
        }
        Repeater {
            model: picker.common
            delegate: ChoiceChip {
                id: hourChip
                required property var modelData
                objectName: "hours_" + hourChip.modelData
                text: String(hourChip.modelData)
                checked: picker.value === hourChip.modelData
                Accessible.name: qsTr("%n hour(s)", "", hourChip.modelData)
                Layout.fillWidth: true
                onClicked: picker.chosen(hourChip.modelData)
            }
        }
        RoundButton {
            objectName: "hoursMore"
            text: "+"
            flat: true
            Accessible.name: qsTr("Half an hour more")
            onClicked: picker.step(0.5)
        }
    }
}
