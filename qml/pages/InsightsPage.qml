import QtQuick
import QtQuick.Controls

// The insights section: the dashboard, with the skills self-assessment and the national
// figures pushed on top.
Item {
    id: insightsPage
    StackView {
        id: stack
        objectName: "insightsStack"
        anchors.fill: parent
        initialItem: Dashboard {
            onOpenSkills: stack.push(skillsComponent)
            onOpenNational: stack.push(nationalComponent)
        }
    }
    Component {
        id: skillsComponent
        SkillsPage { onClosed: stack.pop(null) }
    }
    Component {
        id: nationalComponent
        NationalPage { objectName: "nationalPage"; onClosed: stack.pop(null) }
    }
}
