import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Chips for the built-in tags (optionally in named groups) plus the leader's own words.
// `selected` is an array of tag ids / free words; it is replaced, never mutated, so
// bindings see every change. With `topIds` set, only those chips (and whatever is
// selected) show at first, with "More…" opening the full list and the free-word field.
ColumnLayout {
    id: picker
    property var groups: []          // [{family, tags: [{id, label}]}]
    property var selected: []
    property string namePrefix: "tag"
    property string addLabel: qsTr("Add your own")
    property var topIds: []
    property bool expanded: topIds.length === 0
    // The chips of the short list: the top ones, then anything else already chosen.
    readonly property var shortIds: {
        const ids = picker.topIds.slice()
        for (const id of picker.selected)
            if (ids.indexOf(id) < 0) ids.push(id)
        return ids
    }
    spacing: 6

    function toggle(id) {
        const next = selected.slice()
        const at = next.indexOf(id)
        if (at >= 0) next.splice(at, 1); else next.push(id)
        selected = next
    }
    // A chip's tick is the truth, however it changed (a click, Space or Return, or a
    // screen reader's toggle action, which in Qt 6.4 flips `checked` without a click):
    // `selected` follows it. Changes coming from `selected` itself find it agreeing.
    function follow(id, ticked) {
        if (ticked !== (selected.indexOf(id) >= 0))
            toggle(id)
    }
    function labelFor(id) {
        for (const g of groups)
            for (const t of g.tags)
                if (t.id === id) return t.label
        return id
    }
    function isBuiltIn(id) {
        for (const g of groups)
            for (const t of g.tags)
                if (t.id === id) return true
        return false
    }

    Flow {
        visible: !picker.expanded
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: picker.expanded ? [] : picker.shortIds
            delegate: TagChip {
                id: shortChip
                required property var modelData
                objectName: picker.namePrefix + "_" + shortChip.modelData
                text: picker.labelFor(shortChip.modelData)
                checked: picker.selected.indexOf(shortChip.modelData) >= 0
                onCheckedChanged: picker.follow(shortChip.modelData, shortChip.checked)
            }
        }
        ChipButton {
            objectName: picker.namePrefix + "_more"
            text: qsTr("More…")
            Accessible.name: qsTr("Show all tags and add your own")
            onClicked: picker.expanded = true
        }
    }

    Column {
        visible: picker.expanded
        Layout.fillWidth: true
        spacing: 6
        Repeater {
        model: picker.expanded ? picker.groups : []
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
                        onCheckedChanged: picker.follow(tagChip.modelData.id, tagChip.checked)
                    }
                }
            }
        }
        }
    }

    Flow {
        visible: picker.expanded
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: !picker.expanded ? [] : picker.selected.filter(id => !picker.isBuiltIn(id))
            delegate: TagChip {
                id: ownTagChip
                required property var modelData
                text: ownTagChip.modelData
                checked: true
                Accessible.description: qsTr("Your own tag; activate to remove it")
                onCheckedChanged: picker.follow(ownTagChip.modelData, ownTagChip.checked)
            }
        }
    }

    RowLayout {
        visible: picker.expanded
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
