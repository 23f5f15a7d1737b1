import QtQuick
import QtQuick.Controls
import Saib

// A round button with one icon and no visible label (back, search, filter, lock): the
// label is still there for screen readers (Accessible.name) and as a tooltip on hover.
// Set `text` to that label; `iconColor` for buttons on the toolbar.
Button {
    id: control
    property string iconName: ""
    property color iconColor: Theme.text
    flat: true
    padding: 10
    font.capitalization: Font.MixedCase
    display: AbstractButton.IconOnly
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()
    ToolTip.visible: hovered && text.length > 0
    ToolTip.delay: 600
    ToolTip.text: text
    contentItem: MaterialIcon {
        name: control.iconName
        color: control.enabled ? control.iconColor : Theme.textMuted
    }
    background: Rectangle {
        implicitWidth: 44
        implicitHeight: 44
        radius: width / 2
        color: control.down || control.hovered ? Qt.rgba(control.iconColor.r, control.iconColor.g, control.iconColor.b, control.down ? 0.16 : 0.08)
                                              : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: control.iconColor
    }
}
