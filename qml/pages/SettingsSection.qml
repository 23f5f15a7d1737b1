import QtQuick
import QtQuick.Controls
import Saib

// The settings tab: the list of groups (SettingsPage) and the open group's page. On a
// phone the group covers the list and has a back arrow; from Theme.twoPaneWidth up the
// list stays on the left with the group beside it. National surveys push their own pages
// on top of the Surveys group.
Item {
    id: section
    objectName: "settingsSection"
    readonly property bool twoPane: width >= Theme.twoPaneWidth
    // The open group's id, "" for none (phone: the list shows).
    property string group: ""

    // Escape (MainArea.back): back one page from the surveys, else (phone) from the open
    // group to the list of groups.
    function back() {
        if (stack.depth > 1) {
            stack.pop()
            return true
        }
        if (!section.twoPane && section.group !== "") {
            section.closeGroup()
            return true
        }
        return false
    }

    function openGroup(id) {
        const pages = { security: securityComponent, reminders: remindersComponent,
                        appearance: appearanceComponent, schoolyear: schoolYearComponent,
                        sync: syncComponent, backup: backupComponent,
                        surveys: surveysComponent, about: aboutSettingsComponent }
        if (!pages[id]) return
        if (group === id && stack.depth > 0) return // already open: keep its state
        group = id
        stack.clear(StackView.Immediate)
        stack.push(pages[id], {}, StackView.Immediate)
    }
    function closeGroup() {
        stack.clear(StackView.Immediate)
        group = ""
    }

    SettingsPage {
        id: list
        objectName: "settingsPage"
        visible: section.twoPane || section.group === ""
        width: section.twoPane ? 380 : section.width
        height: section.height
        maxWidth: section.twoPane ? 380 : Theme.contentWidth
        current: section.group
        showTitle: section.twoPane
        onOpenGroup: (id) => section.openGroup(id)
    }
    Rectangle {
        visible: section.twoPane
        x: list.width
        width: 1
        height: section.height
        color: Theme.border
    }
    Label {
        visible: section.twoPane && section.group === ""
        x: list.width + 48
        y: 48
        width: section.width - x - 48
        text: qsTr("Choose a group of settings on the left.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    StackView {
        id: stack
        objectName: "settingsStack"
        visible: section.group !== ""
        x: section.twoPane ? list.width + 1 : 0
        width: section.width - x
        height: section.height
    }

    Component {
        id: securityComponent
        SecuritySettings { objectName: "securitySettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: remindersComponent
        RemindersSettings { objectName: "remindersSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: appearanceComponent
        AppearanceSettings { objectName: "appearanceSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: schoolYearComponent
        SchoolYearSettings { objectName: "schoolYearSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: syncComponent
        SyncSettings { objectName: "syncSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: backupComponent
        BackupSettings { objectName: "backupSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: aboutSettingsComponent
        AboutSettings { objectName: "aboutSettings"; showBack: !section.twoPane; onClosed: section.closeGroup() }
    }
    Component {
        id: surveysComponent
        SurveysPage {
            onClosed: section.closeGroup()
            onOpenSurvey: stack.push(answerComponent)
            onOpenAbout: stack.push(aboutComponent)
        }
    }
    Component {
        id: answerComponent
        SurveyAnswerPage {
            onClosed: { Surveys.closeSurvey(); stack.pop() }
            onPreviewReady: (preview) => stack.push(previewComponent, { preview: preview })
            onOpenAbout: stack.push(aboutComponent)
        }
    }
    Component {
        id: previewComponent
        SurveyPreviewPage {
            onBack: stack.pop()
            onDone: { Surveys.closeSurvey(); stack.pop(stack.get(0)) }
        }
    }
    Component {
        id: aboutComponent
        SurveyAboutPage { onClosed: stack.pop() }
    }
}
