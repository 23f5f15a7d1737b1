import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The insights section: the dashboard, with the skills self-assessment, the national
// figures and the summary for a coach pushed on top.
Item {
    id: insightsPage
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        // Above the dashboard rather than inside it, so the summary is one tap from Insights.
        Button {
            objectName: "openCoachSummary"
            visible: stack.depth === 1
            text: qsTr("Summary for a coach…")
            flat: true
            Accessible.name: qsTr("Make a summary to take to a coach or supervision session")
            Layout.alignment: Qt.AlignRight
            Layout.rightMargin: 16
            Layout.topMargin: 4
            onClicked: stack.push(coachSummaryComponent)
        }
        StackView {
            id: stack
            objectName: "insightsStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: Dashboard {
                onOpenSkills: stack.push(skillsComponent)
                onOpenNational: stack.push(nationalComponent)
            }
        }
    }
    Component {
        id: skillsComponent
        SkillsPage { onClosed: stack.pop(null) }
    }
    Component {
        id: coachSummaryComponent
        CoachSummaryPage { onClosed: stack.pop(null) }
    }
    Component {
        id: nationalComponent
        NationalPage { objectName: "nationalPage"; onClosed: stack.pop(null) }
    }
}
