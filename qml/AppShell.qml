import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import "pages"

// Chooses what to show: first-run passphrase setup, the lock screen, or the app itself.
// One tree for every size: `wide` switches side navigation on at laptop widths.
Item {
    id: shell
    readonly property bool wide: width >= 720

    Material.theme: Material.Light
    Material.accent: "#00796B"
    Material.primary: "#004D40"

    Rectangle {
        anchors.fill: parent
        color: "#F6F4EF"
    }

    Loader {
        id: stage
        objectName: "stage"
        anchors.fill: parent
        sourceComponent: !app.vaultExists ? setupComponent
                       : !app.unlocked ? unlockComponent : mainComponent
    }

    Component { id: setupComponent; SetupPage {} }
    Component { id: unlockComponent; UnlockPage {} }
    Component { id: mainComponent; MainArea { wide: shell.wide } }
}
