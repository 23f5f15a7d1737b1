import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../theme"

// The last 30 days of check-ins, newest first. Tapping one opens it for editing.
Item {
    id: page
    signal editRequested(string day)

    ListView {
        id: list
        objectName: "historyList"
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        clip: true
        model: app.history

        header: Label {
            objectName: "historyCount"
            width: list.width
            bottomPadding: 12
            text: qsTr("%n check-in(s) in the last 30 days", "", list.count)
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
        }

        delegate: ItemDelegate {
            id: card
            width: Math.min(list.width, 760)
            padding: 14
            Accessible.name: dayLabel + ". " + summary.text
            onClicked: page.editRequested(day)
            background: Rectangle {
                radius: 10
                color: card.hovered ? Theme.surfaceHover : Theme.surface
                border.color: Theme.border
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    text: dayLabel
                    font.pixelSize: Theme.px(16)
                    font.weight: Font.DemiBold
                }
                Label {
                    id: summary
                    text: qsTr("%L1 h · strategic %2% · demand %3 · emotional load %4 · energy %5")
                          .arg(hours).arg(strategic).arg(demand).arg(emotional).arg(energy)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: drained.length > 0
                    text: qsTr("Drained by: %1").arg(drained)
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: sustained.length > 0
                    text: qsTr("Sustained by: %1").arg(sustained)
                    color: Theme.goodText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: note.length > 0
                    text: note
                    font.italic: true
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        footer: Label {
            visible: list.count === 0
            width: list.width
            text: qsTr("No check-ins yet. Your first one takes less than 30 seconds.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
    }
}
