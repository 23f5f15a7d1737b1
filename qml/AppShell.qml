import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// Chooses what to show: first-run passphrase setup, the lock screen, or the app itself.
// One tree for every size: `wide` switches side navigation on at laptop widths.
// A Control rather than a plain Item so its font (scaled with the system text size)
// and its Material colours (light or dark, from the Theme palette) reach every control.
Control {
    id: shell
    readonly property bool wide: width >= 720
    padding: 0
    font.pixelSize: Theme.px(14)

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.heading
    Material.background: Theme.background
    Material.foreground: Theme.text

    background: Rectangle {
        objectName: "shellBackground"
        color: Theme.background
    }

    Loader {
        id: stage
        objectName: "stage"
        anchors.fill: parent
        sourceComponent: !App.vaultExists ? setupComponent
                       : !App.unlocked ? unlockComponent : mainComponent
    }

    Component { id: setupComponent; SetupPage {} }
    Component { id: unlockComponent; UnlockPage {} }
    Component { id: mainComponent; MainArea { wide: shell.wide } }
}
