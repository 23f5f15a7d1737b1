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

    // Keyboard: key presses no control used come up here. Return / Enter activate the
    // focused button as Space does (Qt 6.4 buttons take only Space on Linux); Escape goes
    // back (a pushed sub-page, else the page before).
    Keys.onReturnPressed: (event) => { event.accepted = shell.activateFocused() }
    Keys.onEnterPressed: (event) => { event.accepted = shell.activateFocused() }
    Keys.onEscapePressed: (event) => {
        const area = stage.item
        event.accepted = area !== null && typeof area.back === "function" && area.back()
    }
    function activateFocused() {
        // Buttons only (they have `clicked` and `checkable`), and only enabled ones.
        const f = shell.untyped(shell.Window.activeFocusItem)
        if (!f || !f.enabled || f.checkable === undefined || typeof f.clicked !== "function")
            return false
        // A chosen option (ChoiceChip, a page tab) stays chosen; anything else checkable
        // flips, as a click does.
        const chosen = f.checked && (f.autoExclusive || f.keepsChoice === true)
        if (f.checkable && !chosen) {
            f.toggle()
            f.toggled()
        }
        f.clicked()
        return true
    }
    // Any focused item may be asked for button members (a plain Item has none).
    function untyped(item) { return item }

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
