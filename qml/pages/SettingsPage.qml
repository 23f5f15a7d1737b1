import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings as a short list of groups; each opens its own page (SettingsSection decides
// whether beside the list or over it). No paths or addresses here: just what each holds.
ScrollPage {
    id: page
    signal openGroup(string group)
    // The open group, highlighted when the list stays beside it on a laptop.
    property string current: ""
    property bool showTitle: false
    readonly property var groups: [
        { id: "security", icon: "security", title: qsTr("Security"),
          detail: qsTr("Passphrase, locking and your recovery key") },
        { id: "reminders", icon: "notifications", title: qsTr("Reminders"),
          detail: qsTr("A nudge to check in, and to rate your week") },
        { id: "appearance", icon: "palette", title: qsTr("Appearance and language"),
          detail: qsTr("Cymraeg or English, light or dark") },
        { id: "schoolyear", icon: "school", title: qsTr("School year"),
          detail: qsTr("Terms and holidays for your charts") },
        { id: "sync", icon: "sync", title: qsTr("Sync"),
          detail: qsTr("Your other devices, end-to-end encrypted") },
        { id: "backup", icon: "backup", title: qsTr("Backup and export"),
          detail: qsTr("Back up, restore, export and import") },
        { id: "surveys", icon: "surveys", title: qsTr("Surveys"),
          detail: qsTr("Anonymous national surveys, only if you choose") },
        { id: "about", icon: "info", title: qsTr("About"),
          detail: qsTr("Version, and where your data stays") }
    ]

    Label {
        visible: page.showTitle
        text: qsTr("Settings")
        font.pixelSize: Theme.px(22)
        font.weight: Font.DemiBold
        color: Theme.heading
        Accessible.role: Accessible.Heading
    }
    Repeater {
        // A count, not the translated list: switching language keeps the rows.
        model: page.groups.length
        delegate: ItemDelegate {
            id: row
            required property int index
            readonly property var group: page.groups[row.index]
            objectName: "settingsGroup_" + row.group.id
            Layout.fillWidth: true
            padding: 12
            highlighted: page.current === row.group.id
            Accessible.role: Accessible.Button
            Accessible.name: row.group.title
            Accessible.description: row.group.detail
            Accessible.onPressAction: row.clicked()
            onClicked: page.openGroup(row.group.id)
            background: Rectangle {
                radius: 8
                color: row.highlighted ? Theme.navChecked : row.down ? Theme.chipHover : row.hovered ? Theme.surfaceHover : "transparent"
                border.width: row.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
            contentItem: RowLayout {
                spacing: 16
                MaterialIcon { name: row.group.icon; color: Theme.accentText }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: row.group.title
                        font.pixelSize: Theme.px(16)
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.group.detail
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                MaterialIcon { name: "chevron"; color: Theme.textMuted; size: 20 }
            }
        }
    }
}
