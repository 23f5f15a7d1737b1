import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A calm offer of support when load has stayed high. Not a diagnosis; it never leaves
// the device; it can be put away for a week.
Rectangle {
    id: card
    objectName: "supportCard"
    radius: 12
    color: Theme.supportBackground
    border.color: Theme.supportBorder
    implicitHeight: column.implicitHeight + 32

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        Label {
            text: qsTr("A gentle check-in from Saib")
            font.pixelSize: Theme.px(20)
            font.weight: Font.DemiBold
            color: Theme.noticeText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "supportReason"
            text: Insights.supportReason + " " + qsTr("That is a lot to carry. If it would help to talk to someone, these services are free and confidential.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: Insights.supportServices
            delegate: ColumnLayout {
                id: service
                required property var modelData
                objectName: "support_" + service.modelData.id
                Layout.fillWidth: true
                spacing: 0
                Label { text: service.modelData.name; font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: service.modelData.description; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.textSecondary }
                Label {
                    visible: service.modelData.phone.length > 0
                    text: "<a href=\"tel:" + service.modelData.phone.replace(/ /g, "") + "\">" + service.modelData.phone + "</a>"
                    textFormat: Text.StyledText
                    linkColor: Theme.link
                    font.pixelSize: Theme.px(17)
                    onLinkActivated: (link) => Qt.openUrlExternally(link)
                    Accessible.name: qsTr("Call %1 on %2").arg(service.modelData.name).arg(service.modelData.phone)
                }
                Label { visible: service.modelData.text.length > 0; text: service.modelData.text; color: Theme.textSecondary }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Region"); color: Theme.textSecondary }
            ComboBox {
                objectName: "regionBox"
                model: Insights.regions
                textRole: "name"
                valueRole: "id"
                Layout.fillWidth: true
                Component.onCompleted: currentIndex = indexOfValue(Insights.region)
                onActivated: Insights.region = currentValue
                Accessible.name: qsTr("Region")
            }
        }
        Label {
            text: qsTr("This note is worked out on your device and is never sent anywhere.")
            color: Theme.textMuted
            font.pixelSize: Theme.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextButton {
            Accessible.name: text
            objectName: "dismissSupport"
            text: qsTr("Not now")
            flat: true
            onClicked: Insights.dismissSupport()
        }
    }
}
