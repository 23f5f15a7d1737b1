import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// Settings → Appearance and language: Cymraeg or English, light or dark.
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("Appearance and language"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    Label {
        text: qsTr("Language")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
    }
    LanguageSwitch {}

    Label {
        text: qsTr("Appearance")
        font.pixelSize: Theme.px(20)
        font.weight: Font.DemiBold
        Layout.topMargin: 16
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: [{ id: "system", label: qsTr("Same as this device") },
                    { id: "light", label: qsTr("Light") },
                    { id: "dark", label: qsTr("Dark") }]
            delegate: ChoiceChip {
                id: themeChip
                required property var modelData
                objectName: "theme_" + themeChip.modelData.id
                text: themeChip.modelData.label
                checked: App.theme === themeChip.modelData.id
                Accessible.name: qsTr("Colours: %1").arg(themeChip.modelData.label)
                onClicked: App.theme = themeChip.modelData.id
            }
        }
    }
}
