import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Browse the reflective prompts by category; choosing one starts an entry from it.
ScrollPage {
    id: browser
    maxWidth: Theme.contentWidth
    signal chosen(string promptId)
    signal closed()
    property string category: Journal.categories.length > 0 ? Journal.categories[0].id : ""

    RowLayout {
        Layout.fillWidth: true
        TextButton {
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
            model: Journal.categories
            delegate: ChoiceChip {
                id: categoryChip
                required property var modelData
                objectName: "category_" + categoryChip.modelData.id
                text: categoryChip.modelData.name
                checked: browser.category === categoryChip.modelData.id
                onClicked: browser.category = categoryChip.modelData.id
            }
        }
    }
    Repeater {
        model: { Journal.categories; return Journal.promptsIn(browser.category) } // re-read on language change
        delegate: Card {
            id: promptCard
            required property var modelData
            objectName: "prompt_" + promptCard.modelData.id
            Layout.fillWidth: true
            body: promptCard.modelData.text
            Accessible.name: promptCard.modelData.text
            onClicked: browser.chosen(promptCard.modelData.id)
        }
    }
}
