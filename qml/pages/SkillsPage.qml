import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The termly skills self-assessment: for each skill, how important it is to your role
// and how confident you feel, both 1-10. Skills left at 0 are simply not rated.
ScrollPage {
    id: page
    maxWidth: Theme.contentWidth
    signal closed()
    property var ratings: ({})
    // Read once: a refresh of the dashboard must not rebuild the sliders mid-assessment.
    property var groups: []
    Component.onCompleted: groups = Insights.skillGroups

    function setRating(id, key, value) {
        const next = Object.assign({}, ratings)
        next[id] = Object.assign({ importance: 0, confidence: 0 }, next[id] || {})
        next[id][key] = value
        ratings = next
    }

    RowLayout {
        Layout.fillWidth: true
        IconButton { objectName: "closeSkills"; text: qsTr("Back"); iconName: "back"; onClicked: page.closed(); Accessible.name: text }
        Label {
            text: qsTr("Leadership skills")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    Label {
        text: qsTr("Rate only the skills that matter to your role now. 1 is low, 10 is high.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        Layout.fillWidth: true
    }
    Repeater {
        model: page.groups
        delegate: ColumnLayout {
            id: skillGroup
            required property var modelData
            Layout.fillWidth: true
            spacing: 10
            SectionTitle { text: skillGroup.modelData.name }
            Repeater {
                model: skillGroup.modelData.skills
                delegate: ColumnLayout {
                    id: skillRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: skillRow.modelData.label; font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    ScaleSlider {
                        objectName: "importance_" + skillRow.modelData.id
                        Layout.fillWidth: true
                        label: qsTr("Importance")
                        from: 0; to: 10; stepSize: 1
                        valueText: value === 0 ? qsTr("not rated") : String(value)
                        onValueChanged: page.setRating(skillRow.modelData.id, "importance", value)
                    }
                    ScaleSlider {
                        objectName: "confidence_" + skillRow.modelData.id
                        Layout.fillWidth: true
                        label: qsTr("Confidence")
                        from: 0; to: 10; stepSize: 1
                        valueText: value === 0 ? qsTr("not rated") : String(value)
                        onValueChanged: page.setRating(skillRow.modelData.id, "confidence", value)
                    }
                }
            }
        }
    }
    FormMessage { id: message; objectName: "skillsMessage"; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "saveSkills"
        text: qsTr("Save assessment")
        Layout.fillWidth: true
        onClicked: {
            const rated = {}
            for (const id in page.ratings) {
                const r = page.ratings[id]
                if (r.importance > 0 && r.confidence > 0) rated[id] = r
            }
            if (Object.keys(rated).length === 0) { message.text = qsTr("Rate both importance and confidence for at least one skill."); return }
            const result = Insights.saveSkills(rated)
            message.text = result.message
            if (result.ok) page.closed()
        }
    }
}
