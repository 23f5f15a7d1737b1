import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// This week's rating of the six domains, 1 (not at all) to 5 (very much). Skippable.
Rectangle {
    id: card
    signal finished()
    readonly property var rating: Insights.thisWeeksRating
    property var scores: rating.scores ? rating.scores.slice() : [0, 0, 0, 0, 0, 0]
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
                id: domainRow
                required property int index
                Layout.fillWidth: true
                namePrefix: "rate_" + (Insights.domains[domainRow.index] || {}).id
                label: (Insights.domains[domainRow.index] || {}).label || ""
                value: card.scores[domainRow.index]
                onPicked: (score) => { const s = card.scores.slice(); s[domainRow.index] = score; card.scores = s }
            }
        }
        FormMessage { id: message; objectName: "ratingMessage"; Layout.fillWidth: true }
        RowLayout {
            PrimaryButton {
                objectName: "saveRating"
                text: qsTr("Save this week")
                onClicked: {
                    if (card.scores.indexOf(0) >= 0) { message.text = qsTr("Choose a number for each of the six."); return }
                    const result = Insights.saveRating(card.scores)
                    message.text = result.message
                    if (result.ok) card.finished()
                }
            }
            TextButton {
                Accessible.name: text
                objectName: "skipRating"
                text: qsTr("Skip this week")
                flat: true
                onClicked: { Insights.skipRating(); card.finished() }
            }
        }
    }
}
