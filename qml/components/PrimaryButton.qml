import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// The main action of a page, filled with the accent colour. Drawn here rather than by
// the Material style, whose elevation layer did not render inside StackView pages.
// `busy` shows a spinner beside the text while the action runs (set `enabled: !busy` too).
Button {
    id: control
    property bool busy: false
    font.pixelSize: Theme.px(15)
    font.weight: Font.DemiBold
    leftPadding: 18
    rightPadding: 18
    Accessible.name: text
    contentItem: Item {
        implicitWidth: label.implicitWidth + (spinner.visible ? spinner.width + 8 : 0)
        implicitHeight: label.implicitHeight
        BusyIndicator {
            id: spinner
            objectName: control.objectName + "Busy"
            visible: control.busy
            running: control.busy
            width: 24
            height: 24
            padding: 0
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: label.left
            anchors.rightMargin: 8
            Material.accent: Theme.textOnAccent
        }
        Text {
            id: label
            text: control.text
            font: control.font
            color: Theme.textOnAccent
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width - (spinner.visible ? 2 * (spinner.width + 8) : 0))
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
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
