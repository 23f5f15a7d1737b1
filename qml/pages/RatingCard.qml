import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../theme"

// This week's rating of the six domains, 1 (not at all) to 5 (very much). Skippable.
Rectangle {
    id: card
    signal finished()
    property var scores: insights.thisWeeksRating.scores ? insights.thisWeeksRating.scores.slice() : [0, 0, 0, 0, 0, 0]
    radius: 12
    color: Theme.ratingBackground
    border.color: Theme.ratingBorder
    implicitHeight: column.implicitHeight + 32

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        Label {
            text: qsTr("How was this week?")
            font.pixelSize: Theme.px(20)
            font.weight: Font.DemiBold
            color: Theme.ratingHeading
        }
        Label {
            text: qsTr("For each, 1 is not at all and 5 is very much.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: 6 // a constant count: the domain labels refresh without rebuilding rows
            delegate: ScoreRow {
                Layout.fillWidth: true
                namePrefix: "rate_" + (insights.domains[index] || {}).id
                label: (insights.domains[index] || {}).label || ""
                value: card.scores[index]
                onPicked: (score) => { const s = card.scores.slice(); s[index] = score; card.scores = s }
            }
        }
        FormMessage { id: message; objectName: "ratingMessage"; Layout.fillWidth: true }
        RowLayout {
            PrimaryButton {
                objectName: "saveRating"
                text: qsTr("Save this week")
                onClicked: {
                    if (card.scores.indexOf(0) >= 0) { message.text = qsTr("Choose a number for each of the six."); return }
                    message.text = insights.saveRating(card.scores)
                    if (message.text.length === 0) card.finished()
                }
            }
            Button {
                Accessible.name: text
                objectName: "skipRating"
                text: qsTr("Skip this week")
                flat: true
                onClicked: { insights.skipRating(); card.finished() }
            }
        }
    }
}
