import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../theme"

// Browse the reflective prompts by category; choosing one starts an entry from it.
ScrollPage {
    id: browser
    maxWidth: 760
    signal chosen(string promptId)
    signal closed()
    property string category: journal.categories.length > 0 ? journal.categories[0].id : ""

    RowLayout {
        Layout.fillWidth: true
        Button {
            Accessible.name: text
            objectName: "closePrompts"
            text: qsTr("Back")
            flat: true
            onClicked: browser.closed()
        }
        Label {
            text: qsTr("Prompts")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            Layout.fillWidth: true
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: journal.categories
            delegate: TagChip {
                objectName: "category_" + modelData.id
                text: modelData.name
                checked: browser.category === modelData.id
                onClicked: browser.category = modelData.id
            }
        }
    }
    Repeater {
        model: { journal.categories; return journal.promptsIn(browser.category) } // re-read on language change
        delegate: Card {
            objectName: "prompt_" + modelData.id
            Layout.fillWidth: true
            body: modelData.text
            Accessible.name: modelData.text
            onClicked: browser.chosen(modelData.id)
        }
    }
}
