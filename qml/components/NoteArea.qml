import QtQuick
import QtQuick.Controls

// A multi-line text field that does not trap the keyboard: Tab and Shift+Tab move to the
// next or previous control (a plain TextArea types a tab character, so a keyboard or
// screen-reader user could not leave it); Ctrl+Tab types a tab if one is ever wanted.
TextArea {
    id: area
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Tab && (event.modifiers & Qt.ControlModifier)) {
            area.insert(area.cursorPosition, "\t")
            event.accepted = true
        } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
            const forward = event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier)
            area.nextItemInFocusChain(forward).forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
            event.accepted = true
        }
    }
}
