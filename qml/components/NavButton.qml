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
    // The section's icon (Theme.iconCodes) before its label.
    property string iconName: ""
    contentItem: Row {
        spacing: 14
        MaterialIcon { name: control.iconName; color: Theme.text; anchors.verticalCenter: parent.verticalCenter }
        Label { text: control.text; font: control.font; color: Theme.text; elide: Text.ElideRight; width: control.availableWidth - 38; anchors.verticalCenter: parent.verticalCenter }
    }
    background: Rectangle {
        radius: 8
        color: control.checked ? Theme.navChecked : (control.hovered ? Theme.navHover : "transparent")
    }
}
