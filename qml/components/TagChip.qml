import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// A selectable tag. Checked chips are filled; the text never truncates, it wraps.
AbstractButton {
    id: chip
    checkable: true
    padding: 8
    leftPadding: 12
    rightPadding: 12
    font.pixelSize: Theme.px(14)
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked
    contentItem: Text {
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnAccent : Theme.text
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.accent : (chip.hovered ? Theme.chipHover : Theme.surface)
        border.color: chip.checked ? Theme.accent : Theme.controlBorder
        border.width: 1
    }
}
