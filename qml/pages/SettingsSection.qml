import QtQuick
import QtQuick.Controls
import Saib

// The settings section: the settings page, with the national surveys pushed on top.
Item {
    id: section
    // Escape (MainArea.back): back one page from the surveys, if one is open.
    function back() {
        if (stack.depth <= 1) return false
        stack.pop()
        return true
    }

    StackView {
        id: stack
        objectName: "settingsStack"
        anchors.fill: parent
        initialItem: SettingsPage {
            objectName: "settingsPage"
            onOpenSurveys: stack.push(surveysComponent)
        }
    }
    Component {
        id: surveysComponent
        SurveysPage {
            onClosed: stack.pop(null)
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
            onDone: { Surveys.closeSurvey(); stack.pop(stack.get(1)) }
        }
    }
    Component {
        id: aboutComponent
        SurveyAboutPage { onClosed: stack.pop() }
    }
}
