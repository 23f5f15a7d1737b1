import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saib

// The application window. Everything inside lives in AppShell so tests can host the
// same tree in their own window at phone or laptop size.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 340
    minimumHeight: 560
    visible: true
    title: qsTr("Saib")
    color: Theme.background
    font.pixelSize: Theme.px(14)
    // Dialogs and popups live in the window's overlay, so the window carries the theme too.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.background: Theme.surface
    Material.foreground: Theme.text

    // Closing the window locks first, so an open journal editor flushes its draft. With
    // "keep in tray" on (desktop), the window only hides: Saib stays in the tray so
    // reminders can arrive, and the tray icon brings it back.
    onClosing: (close) => {
        App.lock()
        if (Reminders.keepInTray && Reminders.trayAvailable) {
            close.accepted = false
            window.hide()
        }
    }

    AppShell {
        anchors.fill: parent
    }
}
