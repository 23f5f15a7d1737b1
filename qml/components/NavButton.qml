import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// One entry in the side navigation rail: a page tab (role "page tab", checkable and
// exclusive among its siblings), in the Tab order, so a screen reader hears which page
// is current ("Journal, page tab, selected"). Space or Return chooses it.
TabButton {
    id: control
    checkable: true
    autoExclusive: true
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.px(16)
    font.weight: checked ? Font.DemiBold : Font.Normal
    font.capitalization: Font.MixedCase
    horizontalPadding: 16
    implicitHeight: 44
    Accessible.name: text
    Accessible.selected: checked
    // "press" chooses the page, as a click does (Qt 6.4's default did nothing here).
    Accessible.onPressAction: {
        if (!control.checked) control.toggle()
        control.clicked()
    }
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
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
