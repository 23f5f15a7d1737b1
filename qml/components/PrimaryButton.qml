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
    // Sentence case: the Material style would print button labels in capitals.
    font.capitalization: Font.MixedCase
    leftPadding: 18
    rightPadding: 18
    Accessible.role: Accessible.Button
    Accessible.name: text
    // A screen reader's or switch access's "press" does what a click does.
    Accessible.onPressAction: if (control.enabled) control.clicked()
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.textOnAccent
        // Room for the spinner on the left while busy.
        leftPadding: control.busy ? 32 : 0
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
    // A child of the button itself (ids or children inside the deferred contentItem and
    // background upset qmllint or did not render), at the left of the label.
    BusyIndicator {
        objectName: control.objectName + "Busy"
        visible: control.busy
        running: control.busy
        padding: 0
        width: 24
        height: 24
        x: 14
        z: 1
        anchors.verticalCenter: parent.verticalCenter
        Material.accent: Theme.textOnAccent
    }
}
