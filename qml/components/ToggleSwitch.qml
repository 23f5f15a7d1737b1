import QtQuick
import QtQuick.Controls
import Saib

// An on/off switch drawn from the palette. The Material switch's handle is an elevated
// item that did not render offscreen, and its colours would not follow the palette.
Switch {
    id: control
    Accessible.name: text
    // Accessibility press / toggle do what a click does (Qt 6.4's own toggle only flips
    // `checked`, without the `toggled` the pages save on).
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()
    function activate() {
        if (!control.enabled) return
        control.toggle()
        control.toggled()
        control.clicked()
    }
    indicator: Rectangle {
        implicitWidth: 44
        implicitHeight: 24
        x: control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.accent : Theme.surface
        border.color: control.visualFocus ? Theme.focusRing : (control.checked ? Theme.accent : Theme.controlBorder)
        border.width: control.visualFocus ? 2 : 1
        opacity: control.enabled ? 1 : 0.45
        Rectangle {
            width: 18
            height: 18
            radius: 9
            anchors.verticalCenter: parent.verticalCenter
            x: control.checked ? parent.width - width - 3 : 3
            color: control.checked ? Theme.textOnAccent : Theme.textMuted
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.text
        opacity: control.enabled ? 1 : 0.45
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
    }
}
