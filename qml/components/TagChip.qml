import QtQuick
import QtQuick.Templates as T
import Saib

// A selectable tag: a check box to screen readers ("Workload, check box, checked").
// Checked chips are filled; the text never truncates, it wraps. The accessibility
// actions (press, toggle: switch access, voice control) do exactly what a click does,
// so whoever listens to `clicked` (TagPicker saves the tag) hears them too. Qt 6.4's
// own "toggle" only flipped `checked`, which left the tag shown ticked but not saved.
// A control's role comes from its type in Qt 6.4 (Accessible.role is overwritten when
// accessibility starts), hence a CheckBox; ChoiceChip and ChipButton look the same.
// Qt 6.4's default "toggle" (when these handlers are not reached) flips `checked` alone,
// so TagPicker follows `checked` rather than clicks.
T.CheckBox {
    id: chip
    padding: 8
    leftPadding: 12
    rightPadding: 12
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.px(14)
    Accessible.name: text
    Accessible.onPressAction: chip.activate()
    Accessible.onToggleAction: chip.activate()
    // What a click does: flip (if checkable), then `clicked`.
    function activate() {
        if (!chip.enabled) return
        if (chip.checkable) chip.toggle()
        chip.clicked()
    }
    indicator: null
    contentItem: Text {
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnAccent : Theme.text
        wrapMode: Text.Wrap
    }
    background: ChipBackground { control: chip }
}
