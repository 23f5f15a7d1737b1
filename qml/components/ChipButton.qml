import QtQuick
import QtQuick.Templates as T
import Saib

// An action that looks like a TagChip ("More…", "Same as yesterday"): a push button to
// screen readers. The accessibility "press" action does what a click does.
T.Button {
    id: chip
    padding: 8
    leftPadding: 12
    rightPadding: 12
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.px(14)
    // The style's button font is all capitals; a chip reads like the tags beside it.
    font.capitalization: Font.MixedCase
    Accessible.name: text
    Accessible.onPressAction: if (chip.enabled) chip.clicked()
    contentItem: Text {
        text: chip.text
        font: chip.font
        color: Theme.text
        wrapMode: Text.Wrap
    }
    background: ChipBackground { control: chip }
}
