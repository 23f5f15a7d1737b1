import QtQuick
import QtQuick.Templates as T
import Saib

// The pill behind TagChip, ChoiceChip and ChipButton: filled when checked, and a ring
// while it has keyboard focus (so a keyboard user sees where Tab has landed).
Rectangle {
    required property T.AbstractButton control
    radius: height / 2
    color: control.checked ? Theme.accent : (control.hovered ? Theme.chipHover : Theme.surface)
    border.color: control.visualFocus ? Theme.heading : (control.checked ? Theme.accent : Theme.controlBorder)
    border.width: control.visualFocus ? 2 : 1
}
