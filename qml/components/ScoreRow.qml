import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A label and a row of buttons 1..max to pick a whole-number score.
ColumnLayout {
    id: row
    property alias label: title.text
    property int max: 5
    property int value: 0
    property string namePrefix: "score"
    // Emitted on a tap; the owner decides the new value (keeps `value` a one-way binding).
    signal picked(int score)
    spacing: 2
    Label { id: title; font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            model: row.max
            delegate: ChoiceChip {
                id: scoreChip
                required property int index
                objectName: row.namePrefix + "_" + (scoreChip.index + 1)
                text: String(scoreChip.index + 1)
                checked: row.value === scoreChip.index + 1
                Accessible.name: row.label + " " + (scoreChip.index + 1)
                Layout.fillWidth: true
                onClicked: row.picked(scoreChip.index + 1)
            }
        }
    }
}
