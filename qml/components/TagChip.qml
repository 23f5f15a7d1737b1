import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A selectable tag. Checked chips are filled; the text never truncates, it wraps.
AbstractButton {
    id: chip
    checkable: true
    padding: 8
    leftPadding: 12
    rightPadding: 12
    font.pixelSize: 14
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked
    contentItem: Text {
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? "white" : "#1F2A27"
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? "#00796B" : (chip.hovered ? "#E0ECE8" : "white")
        border.color: chip.checked ? "#00796B" : "#B7C6C1"
        border.width: 1
    }
}
