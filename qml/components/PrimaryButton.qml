import QtQuick
import QtQuick.Controls

// The main action of a page, filled with the accent colour. Drawn here rather than by
// the Material style, whose elevation layer did not render inside StackView pages.
Button {
    id: control
    font.pixelSize: 15
    font.weight: Font.DemiBold
    leftPadding: 18
    rightPadding: 18
    Accessible.name: text
    contentItem: Text {
        text: control.text
        font: control.font
        color: "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 44
        radius: 6
        color: !control.enabled ? "#9DB8B2" : control.down ? "#00564D" : control.hovered ? "#00695C" : "#00796B"
        border.width: control.visualFocus ? 2 : 0
        border.color: "#002B24"
    }
}
