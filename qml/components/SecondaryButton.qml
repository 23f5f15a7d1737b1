import QtQuick
import QtQuick.Controls
import Saib

// Any action beside the page's one PrimaryButton: outlined by default, or `tonal` (a
// soft accent fill, no border) for the stronger of two secondary actions. Sentence case
// (the Material style would print it in capitals), an optional icon before the label,
// and the label elided rather than cut when the button is narrow.
Button {
    id: control
    property string iconName: ""
    property bool tonal: false
    font.pixelSize: Theme.px(15)
    font.weight: Font.Medium
    font.capitalization: Font.MixedCase
    leftPadding: iconName.length > 0 ? 12 : 16
    rightPadding: 16
    topPadding: 8
    bottomPadding: 8
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()
    // The label, centred and elided when short of room, with the icon just left of the
    // text (inside the label's left padding, so the implicit width stays text + icon).
    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.accentText : Theme.textMuted
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.iconName.length > 0 ? 28 : 0
        MaterialIcon {
            name: control.iconName
            visible: control.iconName.length > 0
            size: 20
            color: control.enabled ? Theme.accentText : Theme.textMuted
            anchors.verticalCenter: parent.verticalCenter
            x: Math.max(0, (control.availableWidth - 28 - Math.min(metrics.advanceWidth, control.availableWidth - 28)) / 2)
        }
    }
    // The label's text width, for placing the icon (no ids inside the deferred contentItem).
    TextMetrics { id: metrics; font: control.font; text: control.text }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 44
        radius: 6
        opacity: control.enabled ? 1 : 0.6
        color: control.tonal ? (control.down ? Theme.navChecked : control.hovered ? Theme.chipHover : Theme.promptBackground)
                             : (control.down ? Theme.chipHover : control.hovered ? Theme.surfaceHover : "transparent")
        border.width: control.visualFocus ? 2 : (control.tonal ? 0 : 1)
        border.color: control.visualFocus ? Theme.focusRing : Theme.controlBorder
    }
}
