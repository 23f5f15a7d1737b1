import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The dashboard's term-shaped insights: where today sits in the school year and what the
// years of check-ins say about the terms. Shown only once the leader has picked their term
// dates (Settings → Your school year).
Rectangle {
    id: card
    readonly property var dash: Insights.dashboard
    readonly property var lines: (App.language, Calendar.sentences(card.dash.term || {}))
    visible: Calendar.authority.length > 0
    implicitHeight: content.implicitHeight + 28
    radius: 10
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 14 }
        spacing: 6
        Label {
            objectName: "termToday"
            text: Calendar.todayLabel.length > 0 ? Calendar.todayLabel : qsTr("Your school year")
            font.pixelSize: Theme.px(17)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: card.lines
            delegate: Label {
                required property string modelData
                text: modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        Label {
            visible: card.lines.length === 0
            text: qsTr("As the weeks of check-ins add up, this shows how your load follows the terms.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
