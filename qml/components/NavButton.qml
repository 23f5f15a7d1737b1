import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// One entry in the side navigation rail.
ItemDelegate {
    id: control
    checkable: false
    font.pixelSize: 16
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.role: Accessible.PageTab
    background: Rectangle {
        radius: 8
        color: control.checked ? "#C5DED7" : (control.hovered ? "#D9E7E3" : "transparent")
    }
}
