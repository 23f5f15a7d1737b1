import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
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
    // No ids inside: contentItem is a deferred property (qmllint).
    contentItem: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        BusyIndicator {
            objectName: control.objectName + "Busy"
            visible: control.busy
            running: control.busy
            padding: 0
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            Material.accent: Theme.textOnAccent
        }
        Text {
            text: control.text
            font: control.font
            color: Theme.textOnAccent
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            Layout.maximumWidth: parent.width - (control.busy ? 32 : 0)
        }
        Item { Layout.fillWidth: true }
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
