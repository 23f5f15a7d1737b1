import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Chips for the built-in tags (optionally in named groups) plus the leader's own words.
// `selected` is an array of tag ids / free words; it is replaced, never mutated, so
// bindings see every change.
ColumnLayout {
    id: picker
    property var groups: []          // [{family, tags: [{id, label}]}]
    property var selected: []
    property string namePrefix: "tag"
    property string addLabel: qsTr("Add your own")
    spacing: 6

    function toggle(id) {
        const next = selected.slice()
        const at = next.indexOf(id)
        if (at >= 0) next.splice(at, 1); else next.push(id)
        selected = next
    }
    function isBuiltIn(id) {
        for (const g of groups)
            for (const t of g.tags)
                if (t.id === id) return true
        return false
    }

    Column {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
        model: picker.groups
        delegate: ColumnLayout {
            id: familyGroup
            required property var modelData
            width: parent.width
            spacing: 4
            Label {
                visible: familyGroup.modelData.family.length > 0
                text: familyGroup.modelData.family
                color: Theme.textMuted
                font.pixelSize: Theme.px(12)
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.6
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: familyGroup.modelData.tags
                    delegate: TagChip {
                        id: tagChip
                        required property var modelData
                        objectName: picker.namePrefix + "_" + tagChip.modelData.id
                        text: tagChip.modelData.label
                        checked: picker.selected.indexOf(tagChip.modelData.id) >= 0
                        onClicked: picker.toggle(tagChip.modelData.id)
                    }
                }
            }
        }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: picker.selected.filter(id => !picker.isBuiltIn(id))
            delegate: TagChip {
                id: ownTagChip
                required property var modelData
                text: ownTagChip.modelData
                checked: true
                Accessible.description: qsTr("Your own tag; activate to remove it")
                onClicked: picker.toggle(ownTagChip.modelData)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: freeTag
            objectName: picker.namePrefix + "_free"
            placeholderText: picker.addLabel
            maximumLength: 40
            Layout.fillWidth: true
            Accessible.name: picker.addLabel
            onAccepted: addButton.clicked()
        }
        Button {
            id: addButton
            text: qsTr("Add")
            enabled: freeTag.text.trim().length > 0
            Accessible.name: picker.addLabel
            onClicked: {
                const word = freeTag.text.trim()
                if (word.length > 0 && picker.selected.indexOf(word) < 0)
                    picker.selected = picker.selected.concat([word])
                freeTag.text = ""
            }
        }
    }
}
