import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../theme"

// The daily check-in: built to be done in under 30 seconds with one thumb. Opening it
// loads the day's saved check-in if there is one, so saving again edits it.
ScrollPage {
    id: page
    property string day: app.todayIso
    property bool exists: false
    property var drained: []
    property var sustained: []

    function load(isoDay) {
        const c = app.checkinFor(isoDay)
        day = isoDay
        exists = c.exists
        hours.value = c.hours
        strategic.value = c.strategic
        demand.value = c.demand
        emotional.value = c.emotional
        energy.value = c.energy
        drainedPicker.selected = c.drained
        sustainedPicker.selected = c.sustained
        note.text = c.note
        status.text = ""
    }

    function save() {
        const error = app.saveCheckin({
            day: page.day, hours: hours.value, strategic: strategic.value,
            demand: demand.value, emotional: emotional.value, energy: energy.value,
            drained: drainedPicker.selected, sustained: sustainedPicker.selected,
            note: note.text })
        status.isError = error.length > 0
        status.text = error.length > 0 ? error : qsTr("Saved. Thank you for pausing.")
        if (!status.isError) exists = true
    }

    Component.onCompleted: load(app.todayIso)

    Label {
        objectName: "checkinHeading"
        text: page.day === app.todayIso ? qsTr("How was today?") : qsTr("Check-in for an earlier day")
        font.pixelSize: Theme.px(26)
        font.weight: Font.DemiBold
        color: Theme.heading
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        // app.language is read so the date is re-rendered when the language changes.
        text: (app.language, app.longDay(page.day)) + (page.exists ? " · " + qsTr("saved, you are editing it") : "")
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
        groups: app.demandTagGroups
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
        groups: [{ family: "", tags: app.resourceTags }]
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
