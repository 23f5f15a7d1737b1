import QtQuick
import QtQuick.Layouts
import Saib

// Settings → Sync: pairing, status and the named device list (SyncSection).
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("Sync"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    SyncSection { showTitle: false; Layout.fillWidth: true }
}
