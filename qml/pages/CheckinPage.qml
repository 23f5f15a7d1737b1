import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The daily check-in: built to be done in under 30 seconds with one thumb. Opening it
// loads the day's saved check-in if there is one, so saving again edits it. A new day
// starts with every scale unanswered; what is left alone is saved as not answered.
// Save sits in a bar under the scrolling form, so it is always on screen.
Item {
    id: page
    // The form's Flickable (tests scroll it, as a thumb would).
    readonly property alias contentItem: scroll.contentItem
    // The day being edited lives in the draft, which MainArea keeps while the app is
    // unlocked: leaving the tab unloads this page, not the answers given so far.
    required property CheckinDraft draft
    readonly property string day: page.draft.day
    readonly property bool exists: page.draft.exists
    readonly property bool narrow: width < 600
    property bool noteOpen: false
    property bool savedNow: false
    // The last save's error, empty after a successful save (the message is a binding,
    // so it follows a language switch).
    property string saveError: ""

    // The tag pickers replace their `selected` on every tap (so they cannot be bound to
    // the draft); the draft's tags are pushed to them when it is loaded or copied.
    Connections {
        target: page.draft
        function onChanged() {
            if (!page.sameList(drainedPicker.selected, page.draft.drained))
                drainedPicker.selected = Array.from(page.draft.drained)
            if (!page.sameList(sustainedPicker.selected, page.draft.sustained))
                sustainedPicker.selected = Array.from(page.draft.sustained)
        }
    }
    function showSupport() {
        const flick = scroll.flickable
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
    }
    Connections {
        target: scroll.flickable
        function onContentHeightChanged() { if (supportLoader.active) page.showSupport() }
    }
    function sameList(a, b) {
        if (a.length !== b.length) return false
        for (let i = 0; i < a.length; ++i)
            if (a[i] !== b[i]) return false
        return true
    }

    // Opens a day: its saved check-in, or the answers not yet saved if that day is the one
    // being edited (a reminder tapped halfway through today's check-in keeps them).
    function open(isoDay) {
        if (page.draft.edited && page.draft.day === isoDay)
            showDraft()
        else
            load(isoDay)
    }
    // Always reads the day afresh, dropping unsaved answers.
    function load(isoDay) {
        page.draft.load(isoDay)
        showDraft()
    }
    function showDraft() {
        drainedPicker.selected = Array.from(page.draft.drained)
        sustainedPicker.selected = Array.from(page.draft.sustained)
        note.text = page.draft.note
        noteOpen = page.draft.note.length > 0
        drainedPicker.expanded = false
        sustainedPicker.expanded = false
        saveError = ""
        savedNow = false
        scroll.flickable.contentY = 0
    }

    function save() {
        const result = page.draft.save()
        saveError = result.message
        savedNow = result.ok
        // Focus moves to the result, so it is read out (even when it is the same again).
        status.announce()
    }
    // Keyboard focus on the first question (after a day is opened from History).
    function focusFirst() { demandScale.slider.forceActiveFocus(Qt.OtherFocusReason) }

    Component.onCompleted: open(page.draft.edited ? page.draft.day : Checkins.todayIso)

    ScrollPage {
        id: scroll
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: saveBar.top }
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "checkinHeading"
                    text: page.day === Checkins.todayIso ? qsTr("How was today?") : qsTr("Check-in for an earlier day")
                    font.pixelSize: Theme.px(24)
                    font.weight: Font.DemiBold
                    color: Theme.heading
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    // App.language is read so the date is re-rendered when the language changes.
                    text: (App.language, Checkins.longDay(page.day)) + (page.exists ? " · " + qsTr("saved, you are editing it") : "")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    // Where the day sits in the school year: "Week 6 of the autumn term".
                    objectName: "checkinTermLabel"
                    readonly property string term: (App.language, Calendar.authority, Calendar.markedWeeks, Calendar.dayLabel(page.day))
                    visible: term.length > 0
                    text: term
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            ChipButton {
                objectName: "sameAsYesterday"
                visible: page.draft.canCopyPrevious && !page.draft.exists
                text: qsTr("Same as yesterday")
                Accessible.description: qsTr("Copies yesterday's answers and tags; you can still change them")
                onClicked: page.draft.copyPrevious()
            }
        }

        ScaleSlider {
            id: demandScale
            objectName: "demandScale"
            label: qsTr("Demand")
            hint: qsTr("How heavy today's demands felt")
            showHint: !page.narrow
            from: 0; to: 10; stepSize: 1
            answered: page.draft.demand >= 0
            value: answered ? page.draft.demand : 5
            lowText: qsTr("Light"); highText: qsTr("Overwhelming")
            Layout.fillWidth: true
            onChosen: (v) => page.draft.demand = v
        }
        ScaleSlider {
            objectName: "emotionalScale"
            label: qsTr("Emotional load")
            hint: qsTr("How much you carried for others and yourself")
            showHint: !page.narrow
            from: 0; to: 10; stepSize: 1
            answered: page.draft.emotional >= 0
            value: answered ? page.draft.emotional : 5
            lowText: qsTr("Light"); highText: qsTr("Very heavy")
            Layout.fillWidth: true
            onChosen: (v) => page.draft.emotional = v
        }
        ScaleSlider {
            objectName: "energyScale"
            label: qsTr("Energy")
            from: 0; to: 10; stepSize: 1
            answered: page.draft.energy >= 0
            value: answered ? page.draft.energy : 5
            lowText: qsTr("Empty"); highText: qsTr("Full of energy")
            Layout.fillWidth: true
            onChosen: (v) => page.draft.energy = v
        }
        HoursPicker {
            objectName: "hoursScale"
            value: page.draft.hours
            Layout.fillWidth: true
            onChosen: (h) => page.draft.hours = h
        }
        ScaleSlider {
            objectName: "strategicScale"
            label: qsTr("Strategic share")
            hint: qsTr("Time on strategy rather than firefighting")
            showHint: !page.narrow
            from: 0; to: 100; stepSize: 5
            answered: page.draft.strategic >= 0
            value: answered ? page.draft.strategic : 50
            valueText: qsTr("%1%").arg(value)
            Layout.fillWidth: true
            onChosen: (v) => page.draft.strategic = v
        }

        Label {
            text: qsTr("What drained you?")
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            Layout.topMargin: 4
        }
        TagPicker {
            id: drainedPicker
            namePrefix: "drained"
            groups: Checkins.demandTagGroups
            topIds: Checkins.topDrained
            // Only while shown: a page being unloaded tears its chips down, and that must
            // not read as the leader clearing the tags.
            onSelectedChanged: if (page.visible) page.draft.drained = selected
            addLabel: qsTr("Add something else that drained you")
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("What sustained you?")
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            Layout.topMargin: 4
        }
        TagPicker {
            id: sustainedPicker
            namePrefix: "sustained"
            groups: [{ family: "", tags: Checkins.resourceTags }]
            topIds: Checkins.topSustained
            onSelectedChanged: if (page.visible) page.draft.sustained = selected
            addLabel: qsTr("Add something else that helped")
            Layout.fillWidth: true
        }

        TextButton {
            objectName: "addNote"
            visible: !page.noteOpen
            text: qsTr("Add a note")
            flat: true
            Accessible.name: text
            onClicked: { page.noteOpen = true; note.forceActiveFocus() }
        }
        NoteArea {
            id: note
            objectName: "checkinNote"
            visible: page.noteOpen
            placeholderText: qsTr("A note for yourself (optional)")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            Accessible.name: qsTr("Note")
            Accessible.description: qsTr("Tab moves on to the next control; Ctrl+Tab types a tab")
            onTextChanged: page.draft.note = text
        }

        // After a save, if load has stayed high, support is offered here and then.
        Loader {
            id: supportLoader
            objectName: "checkinSupportLoader"
            active: page.savedNow && Insights.showSupport
            visible: active
            Layout.fillWidth: true
            sourceComponent: SupportCard { objectName: "checkinSupport" }
            // It is the form's last item: once laid out, scroll it into view.
            onLoaded: page.showSupport()
        }
    }

    Rectangle {
        id: saveBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: barColumn.implicitHeight + 20
        color: Theme.background
        Rectangle { width: parent.width; height: 1; color: Theme.border }
        ColumnLayout {
            id: barColumn
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.leftMargin: Math.max(16, (parent.width - 620) / 2)
            anchors.rightMargin: anchors.leftMargin
            spacing: 4
            FormMessage {
                id: status
                objectName: "checkinStatus"
                takesFocus: true
                isError: page.saveError.length > 0
                text: page.saveError.length > 0 ? page.saveError : (page.savedNow ? qsTr("Saved. Thank you for pausing.") : "")
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "saveCheckin"
                text: page.exists ? qsTr("Update check-in") : qsTr("Save check-in")
                Layout.fillWidth: true
                onClicked: page.save()
            }
        }
    }
}
