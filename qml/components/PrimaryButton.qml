import QtQuick
import QtQuick.Controls
import Saib

// The main action of a page, filled with the accent colour. Drawn here rather than by
// the Material style, whose elevation layer did not render inside StackView pages.
Button {
    id: control
    font.pixelSize: Theme.px(15)
    font.weight: Font.DemiBold
    leftPadding: 18
    rightPadding: 18
    Accessible.name: text
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 44
        radius: 6
        color: !control.enabled ? Theme.accentDisabled : control.down ? Theme.accentPressed : control.hovered ? Theme.accentHover : Theme.accent
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
