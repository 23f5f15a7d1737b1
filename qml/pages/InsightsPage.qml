import QtQuick
import QtQuick.Controls

// The insights section: the dashboard, with the skills self-assessment pushed on top.
Item {
    id: insightsPage
    StackView {
        id: stack
        objectName: "insightsStack"
        anchors.fill: parent
        initialItem: Dashboard { onOpenSkills: stack.push(skillsComponent) }
    }
    Component {
        id: skillsComponent
        SkillsPage { onClosed: stack.pop(null) }
    }
}
