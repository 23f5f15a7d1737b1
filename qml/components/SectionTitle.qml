import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

Label {
    font.pixelSize: Theme.px(20)
    font.weight: Font.DemiBold
    Layout.topMargin: 14
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
}
