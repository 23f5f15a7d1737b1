import QtQuick
import QtQuick.Controls

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

    // Closing the window locks first, so an open journal editor flushes its draft.
    onClosing: app.lock()

    AppShell {
        anchors.fill: parent
    }
}
