import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// "You are not alone": published national figures on school leaders' workload and
// well-being, with the leader's own beside them where the measure is the same. Context,
// never a score; worked out on the device, nothing sent anywhere.
ScrollPage {
    id: page
    maxWidth: 760
    signal closed()
    readonly property var nationalPage: National.page
    Component.onCompleted: National.refresh()

    RowLayout {
        Layout.fillWidth: true
        Button { objectName: "closeNational"; text: qsTr("Back"); flat: true; onClicked: page.closed(); Accessible.name: text }
        Label {
            text: qsTr("You are not alone")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    Label {
        text: qsTr("Leaders across the country carry what you carry. These are figures from national surveys, with yours beside them where they measure the same thing. They are context, not a score or a diagnosis.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        Layout.fillWidth: true
    }
    Label {
        objectName: "nationalPrivacy"
        text: qsTr("Worked out on this device. Nothing is sent anywhere to do this.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.px(13)
        Layout.fillWidth: true
    }
    Repeater {
        model: page.nationalPage.rows || []
        delegate: Rectangle {
            id: row
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: rowContent.implicitHeight + 24
            radius: 10
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: rowContent
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                spacing: 3
                Label {
                    text: row.modelData.population
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: row.modelData.figure
                    font.pixelSize: Theme.px(17)
                    font.weight: Font.DemiBold
                    color: Theme.heading
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: row.modelData.yours
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: row.modelData.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.px(13)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: row.modelData.caution
                    color: Theme.textMuted
                    font.pixelSize: Theme.px(13)
                    font.italic: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
