import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// The daily check-in: built to be done in under 30 seconds with one thumb. Opening it
// loads the day's saved check-in if there is one, so saving again edits it.
ScrollPage {
    id: page
    // The day being edited lives in the draft, which lives and dies with this page.
    readonly property string day: draft.day
    readonly property bool exists: draft.exists

    CheckinDraft { id: draft }

    function load(isoDay) {
        draft.load(isoDay)
        hours.value = draft.hours
        strategic.value = draft.strategic
        demand.value = draft.demand
        emotional.value = draft.emotional
        energy.value = draft.energy
        drainedPicker.selected = draft.drained
        sustainedPicker.selected = draft.sustained
        note.text = draft.note
        status.text = ""
    }

    function save() {
        draft.hours = hours.value
        draft.strategic = strategic.value
        draft.demand = demand.value
        draft.emotional = emotional.value
        draft.energy = energy.value
        draft.drained = drainedPicker.selected
        draft.sustained = sustainedPicker.selected
        draft.note = note.text
        const error = draft.save()
        status.isError = error.length > 0
        status.text = error.length > 0 ? error : qsTr("Saved. Thank you for pausing.")
    }

    Component.onCompleted: load(Checkins.todayIso)

    Label {
        objectName: "checkinHeading"
        text: page.day === Checkins.todayIso ? qsTr("How was today?") : qsTr("Check-in for an earlier day")
        font.pixelSize: Theme.px(26)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        // app.language is read so the date is re-rendered when the language changes.
        text: (App.language, Checkins.longDay(page.day)) + (page.exists ? " · " + qsTr("saved, you are editing it") : "")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ScaleSlider {
        id: hours
        objectName: "hoursScale"
        label: qsTr("Hours worked")
        from: 0; to: 24; stepSize: 0.5
        valueText: qsTr("%L1 h").arg(value)
        Layout.fillWidth: true
    }
    ScaleSlider {
        id: strategic
        objectName: "strategicScale"
        label: qsTr("Strategic share")
        hint: qsTr("Time on strategy rather than firefighting")
        from: 0; to: 100; stepSize: 5
        valueText: qsTr("%1%").arg(value)
        Layout.fillWidth: true
    }
    ScaleSlider {
        id: demand
        objectName: "demandScale"
        label: qsTr("Demand")
        hint: qsTr("How heavy today's demands felt")
        from: 0; to: 10; stepSize: 1
        lowText: qsTr("Light"); highText: qsTr("Overwhelming")
        Layout.fillWidth: true
    }
    ScaleSlider {
        id: emotional
        objectName: "emotionalScale"
        label: qsTr("Emotional load")
        hint: qsTr("How much you carried for others and yourself")
        from: 0; to: 10; stepSize: 1
        lowText: qsTr("Light"); highText: qsTr("Very heavy")
        Layout.fillWidth: true
    }
    ScaleSlider {
        id: energy
        objectName: "energyScale"
        label: qsTr("Energy")
        from: 0; to: 10; stepSize: 1
        lowText: qsTr("Empty"); highText: qsTr("Full of energy")
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("What drained you?")
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    TagPicker {
        id: drainedPicker
        namePrefix: "drained"
        groups: Checkins.demandTagGroups
        addLabel: qsTr("Add something else that drained you")
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("What sustained you?")
        font.pixelSize: Theme.px(18)
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    TagPicker {
        id: sustainedPicker
        namePrefix: "sustained"
        groups: [{ family: "", tags: Checkins.resourceTags }]
        addLabel: qsTr("Add something else that helped")
        Layout.fillWidth: true
    }

    TextArea {
        id: note
        objectName: "checkinNote"
        placeholderText: qsTr("A note for yourself (optional)")
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        Accessible.name: qsTr("Note")
    }

    FormMessage { id: status; objectName: "checkinStatus"; Layout.fillWidth: true }
    PrimaryButton {
        objectName: "saveCheckin"
        text: page.exists ? qsTr("Update check-in") : qsTr("Save check-in")
        Layout.fillWidth: true
        onClicked: page.save()
    }
}
