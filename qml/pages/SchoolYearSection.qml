import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Your school year: which authority's term dates the leader follows, and the
// weeks they mark (an Estyn or Ofsted inspection, anything else). Kept in the encrypted
// store; never sent anywhere except, encrypted, to the leader's own devices.
ColumnLayout {
    id: section
    spacing: 8
    // Off where the page around it already has the title (Settings → School year).
    property bool showTitle: true
    // The date pickers here reach from a year back (last year's inspection) to two years
    // ahead (a school's term dates are known well before the year starts).
    readonly property string earliestDay: section.shiftYears(Checkins.todayIso, -1)
    readonly property string latestDay: section.shiftYears(Checkins.todayIso, 2)
    function shiftYears(iso, years) {
        return (parseInt(iso.substring(0, 4), 10) + years) + iso.substring(4)
    }

    function addMark() {
        if (section.report(markResult, Calendar.addMarkedWeek(markFrom.text.trim(), markTo.text.trim(),
                                                              markKind.currentValue, markLabel.text))) {
            markFrom.text = ""; markTo.text = ""; markLabel.text = ""
        }
    }

    // Shows an action's answer under it; true when it worked.
    function report(target: FormMessage, result: opResult): bool {
        target.isError = !result.ok
        target.text = !result.ok ? result.message : qsTr("Saved.")
        return result.ok
    }

    // A result shown in one language is not left standing in the other.
    Connections {
        target: App
        function onLanguageChanged() { markResult.text = ""; authorityResult.text = ""; insetResult.text = ""; termResult.text = "" }
    }

    Label {
        visible: section.showTitle
        text: qsTr("Your school year")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Label {
        text: qsTr("Pick the term dates your school follows, so Saib can tell you which week of term it is and how your load follows the school year.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ComboBox {
        id: authorityBox
        objectName: "authorityBox"
        model: Calendar.authorities
        textRole: "name"
        valueRole: "id"
        Layout.fillWidth: true
        Component.onCompleted: currentIndex = indexOfValue(Calendar.authority)
        onActivated: {
            const result = Calendar.setAuthority(currentValue)
            authorityResult.isError = !result.ok
            authorityResult.text = result.message
        }
        Accessible.name: qsTr("Term dates")
        Binding { target: authorityBox.contentItem; property: "Accessible.name"; value: authorityBox.Accessible.name }
        // Follows a change made elsewhere (another device, saib-cli, a test).
        Connections {
            target: Calendar
            function onChanged() { authorityBox.currentIndex = authorityBox.indexOfValue(Calendar.authority) }
        }
    }
    FormMessage { id: authorityResult }
    Label {
        objectName: "authorityNote"
        visible: text.length > 0
        text: Calendar.authorityNote
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        visible: Calendar.authority.length > 0
        text: qsTr("Marked weeks")
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Repeater {
        model: Calendar.authority.length > 0 ? Calendar.markedWeeks : []
        delegate: RowLayout {
            id: markRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Label {
                text: (markRow.modelData.label.length > 0 ? markRow.modelData.label
                       : markRow.modelData.kind === "inspection" ? qsTr("Inspection") : qsTr("Marked week"))
                      + " · " + markRow.modelData.when
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextButton {
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1").arg(markRow.modelData.when)
                onClicked: Calendar.removeMarkedWeek(markRow.index)
            }
        }
    }
    GridLayout {
        visible: Calendar.authority.length > 0
        columns: 2
        columnSpacing: 8
        Layout.fillWidth: true
        DateField {
            id: markFrom
            objectName: "markFrom"
            placeholderText: qsTr("First day")
            accessibleName: qsTr("First day of the marked week")
            firstDay: section.earliestDay
            lastDay: section.latestDay
            showLoad: false
            Layout.fillWidth: true
        }
        DateField {
            id: markTo
            objectName: "markTo"
            placeholderText: qsTr("Last day")
            accessibleName: qsTr("Last day of the marked week")
            firstDay: section.earliestDay
            lastDay: section.latestDay
            showLoad: false
            Layout.fillWidth: true
        }
        ComboBox {
            id: markKind
            objectName: "markKind"
            model: [{ id: "inspection", name: qsTr("Inspection (Estyn, Ofsted)") },
                    { id: "other", name: qsTr("Something else") }]
            textRole: "name"
            valueRole: "id"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Kind of week")
            Binding { target: markKind.contentItem; property: "Accessible.name"; value: markKind.Accessible.name }
        }
        TextField {
            id: markLabel
            objectName: "markLabel"
            placeholderText: qsTr("Your own words (optional)")
            maximumLength: 80
            Layout.fillWidth: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Your own words for the marked week")
        }
    }
    SecondaryButton {
        objectName: "addMark"
        visible: Calendar.authority.length > 0
        text: qsTr("Mark these days")
        Accessible.name: text
        onClicked: section.addMark()
    }
    FormMessage { id: markResult }

    // INSET days: the school is closed to pupils, the leader is not on holiday.
    Label {
        visible: Calendar.authority.length > 0
        text: qsTr("INSET days")
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Repeater {
        model: Calendar.authority.length > 0 ? Calendar.insetDays : []
        delegate: RowLayout {
            id: insetRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Label { text: insetRow.modelData.when; Layout.fillWidth: true }
            TextButton {
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove %1").arg(insetRow.modelData.when)
                onClicked: section.report(insetResult, Calendar.removeInsetDay(insetRow.index))
            }
        }
    }
    RowLayout {
        visible: Calendar.authority.length > 0
        Layout.fillWidth: true
        DateField {
            id: insetFrom
            objectName: "insetFrom"
            placeholderText: qsTr("Day")
            accessibleName: qsTr("First INSET day")
            firstDay: section.earliestDay
            lastDay: section.latestDay
            showLoad: false
            Layout.fillWidth: true
        }
        DateField {
            id: insetTo
            objectName: "insetTo"
            placeholderText: qsTr("Last day, if more (optional)")
            accessibleName: qsTr("Last INSET day, if there are several")
            firstDay: section.earliestDay
            lastDay: section.latestDay
            showLoad: false
            Layout.fillWidth: true
        }
    }
    SecondaryButton {
        objectName: "addInset"
        visible: Calendar.authority.length > 0
        text: qsTr("Add INSET days")
        Accessible.name: text
        onClicked: {
            if (section.report(insetResult, Calendar.addInsetDays(insetFrom.text, insetTo.text))) {
                insetFrom.text = ""; insetTo.text = ""
            }
        }
    }
    FormMessage { id: insetResult; objectName: "insetResult" }

    // Term dates: the school's own first and last days where they differ.
    Label {
        visible: Calendar.terms.length > 0
        text: qsTr("Your school's term dates")
        font.weight: Font.DemiBold
        Layout.topMargin: 8
    }
    Label {
        visible: Calendar.terms.length > 0
        text: qsTr("If your school starts or ends a term on a different day, change it here. The half-term stays as published.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: Calendar.terms
        delegate: ColumnLayout {
            id: termRow
            required property var modelData
            required property int index
            property bool editing: false
            objectName: "term" + index
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: termRow.modelData.changed ? qsTr("%1: %2 (your school's dates)").arg(termRow.modelData.name).arg(termRow.modelData.when)
                                                    : qsTr("%1: %2").arg(termRow.modelData.name).arg(termRow.modelData.when)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextButton {
                    objectName: "changeTerm" + termRow.index
                    text: termRow.editing ? qsTr("Cancel") : qsTr("Change")
                    flat: true
                    Accessible.name: termRow.editing ? qsTr("Cancel") : qsTr("Change %1").arg(termRow.modelData.name)
                    onClicked: {
                        termRow.editing = !termRow.editing
                        termFrom.text = termRow.modelData.from
                        termTo.text = termRow.modelData.to
                    }
                }
                TextButton {
                    visible: termRow.modelData.changed && !termRow.editing
                    text: qsTr("Use the published dates")
                    flat: true
                    Accessible.name: qsTr("Use the published dates for %1").arg(termRow.modelData.name)
                    onClicked: section.report(termResult, Calendar.resetTerm(termRow.modelData.year, termRow.modelData.term))
                }
            }
            RowLayout {
                visible: termRow.editing
                Layout.fillWidth: true
                DateField {
                    id: termFrom
                    objectName: "termFrom" + termRow.index
                    placeholderText: qsTr("First day")
                    accessibleName: qsTr("First day of %1").arg(termRow.modelData.name)
                    firstDay: section.earliestDay
                    lastDay: section.latestDay
                    showLoad: false
                    Layout.fillWidth: true
                }
                DateField {
                    id: termTo
                    objectName: "termTo" + termRow.index
                    placeholderText: qsTr("Last day")
                    accessibleName: qsTr("Last day of %1").arg(termRow.modelData.name)
                    firstDay: section.earliestDay
                    lastDay: section.latestDay
                    showLoad: false
                    Layout.fillWidth: true
                }
                SecondaryButton {
                    objectName: "saveTerm" + termRow.index
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save the dates of %1").arg(termRow.modelData.name)
                    onClicked: {
                        if (section.report(termResult, Calendar.changeTerm(termRow.modelData.year, termRow.modelData.term,
                                                                           termFrom.text, termTo.text)))
                            termRow.editing = false
                    }
                }
            }
        }
    }
    FormMessage { id: termResult; objectName: "termResult" }
}
