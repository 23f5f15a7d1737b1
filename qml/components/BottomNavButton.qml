import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// One tab of the phone's bottom bar: an icon over a short label, the current tab in the
// accent colour. The label is sentence case and small so five Welsh labels fit 390 px,
// and elided rather than cut if the system text size is large.
TabButton {
    id: control
    property string iconName: ""
    leftPadding: 2
    rightPadding: 2
    topPadding: 5
    bottomPadding: 4
    font.capitalization: Font.MixedCase
    font.pixelSize: Theme.px(12)
    // One weight for every tab: a bold "Gosodiadau" would no longer fit a fifth of 390 px.
    font.weight: Font.Normal
    Accessible.name: text
    contentItem: ColumnLayout {
        spacing: 0
        MaterialIcon {
            name: control.iconName
            size: 22
            color: control.checked ? Theme.accentText : Theme.textSecondary
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: control.text
            font: control.font
            color: control.checked ? Theme.accentText : Theme.textSecondary
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
