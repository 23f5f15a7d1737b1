import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

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
        model: Checkins.history

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
            // The roles of CheckinListModel this card shows.
            required property string day
            required property string dayLabel
            required property real hours
            required property int strategic
            required property int demand
            required property int emotional
            required property int energy
            required property string drained
            required property string sustained
            required property string note
            readonly property string summary:
                qsTr("%L1 h · strategic %2% · demand %3 · emotional load %4 · energy %5")
                    .arg(card.hours).arg(card.strategic).arg(card.demand).arg(card.emotional).arg(card.energy)
            width: Math.min(list.width, 760)
            padding: 14
            Accessible.name: card.dayLabel + ". " + card.summary
            onClicked: page.editRequested(card.day)
            background: Rectangle {
                radius: 10
                color: card.hovered ? Theme.surfaceHover : Theme.surface
                border.color: Theme.border
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    text: card.dayLabel
                    font.pixelSize: Theme.px(16)
                    font.weight: Font.DemiBold
                }
                Label {
                    text: card.summary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.drained.length > 0
                    text: qsTr("Drained by: %1").arg(card.drained)
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.sustained.length > 0
                    text: qsTr("Sustained by: %1").arg(card.sustained)
                    color: Theme.goodText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.note.length > 0
                    text: card.note
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
