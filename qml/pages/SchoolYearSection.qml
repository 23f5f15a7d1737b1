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

    function addMark() {
        const error = Calendar.addMarkedWeek(markFrom.text.trim(), markTo.text.trim(),
                                             markKind.currentValue, markLabel.text)
        markResult.isError = error.length > 0
        markResult.text = error.length > 0 ? error : qsTr("Saved.")
        if (!markResult.isError) { markFrom.text = ""; markTo.text = ""; markLabel.text = "" }
    }

    // A result shown in one language is not left standing in the other.
    Connections {
        target: App
        function onLanguageChanged() { markResult.text = ""; authorityResult.text = "" }
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
            const error = Calendar.setAuthority(currentValue)
            authorityResult.isError = error.length > 0
            authorityResult.text = error
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
        TextField {
            id: markFrom
            objectName: "markFrom"
            placeholderText: qsTr("From (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
            Accessible.name: qsTr("First day of the marked week")
        }
        TextField {
            id: markTo
            objectName: "markTo"
            placeholderText: qsTr("To (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            Layout.fillWidth: true
            Accessible.name: qsTr("Last day of the marked week")
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
}
