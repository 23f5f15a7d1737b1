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
    // Sentence case in every control the Material style would capitalise (Button, TabButton).
    font.capitalization: Font.MixedCase

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
                       : !App.unlocked ? (shell.recovering ? forgotComponent : unlockComponent)
                       : Recovery.showingKey ? recoveryKeyComponent : mainComponent
    }
    // The lock screen's "Forgot your passphrase?" is open; it closes once Saib is open.
    property bool recovering: false
    Connections {
        target: App
        function onStateChanged() { if (App.unlocked) shell.recovering = false }
    }

    Component { id: setupComponent; SetupPage {} }
    Component { id: unlockComponent; UnlockPage { onForgotPassphrase: shell.recovering = true } }
    Component { id: forgotComponent; ForgotPassphrasePage { onClosed: shell.recovering = false } }
    Component { id: recoveryKeyComponent; RecoveryKeyPage {} }
    Component { id: mainComponent; MainArea { wide: shell.wide } }
}
