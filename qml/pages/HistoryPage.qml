import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

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
            font.pixelSize: 18
            font.weight: Font.DemiBold
            color: "#004D40"
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
                color: card.hovered ? "#EEF5F3" : "white"
                border.color: "#D5DDDA"
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    text: dayLabel
                    font.pixelSize: 16
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
                    color: "#8A3B12"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: sustained.length > 0
                    text: qsTr("Sustained by: %1").arg(sustained)
                    color: "#1B5E20"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: note.length > 0
                    text: note
                    font.italic: true
                    color: "#44524E"
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
            color: "#44524E"
        }
    }
}
