import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The top of a page opened from another (a settings group, a survey): a back arrow when
// there is somewhere to go back to, then the page's title as a heading.
RowLayout {
    id: header
    property string title: ""
    property bool showBack: true
    property string backName: ""
    signal back()
    spacing: 4
    Layout.fillWidth: true
    IconButton {
        objectName: header.backName
        visible: header.showBack
        text: qsTr("Back")
        iconName: "back"
        Layout.leftMargin: -10
        onClicked: header.back()
    }
    Label {
        text: header.title
        font.pixelSize: Theme.px(22)
        font.weight: Font.DemiBold
        color: Theme.heading
        elide: Text.ElideRight
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
