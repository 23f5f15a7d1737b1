import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// One entry in the side navigation rail.
ItemDelegate {
    id: control
    checkable: false
    font.pixelSize: Theme.px(16)
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.role: Accessible.PageTab
    background: Rectangle {
        radius: 8
        color: control.checked ? Theme.navChecked : (control.hovered ? Theme.navHover : "transparent")
    }
}
