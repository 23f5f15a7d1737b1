import QtQuick
import QtQuick.Layouts
import Saib

// Settings → School year: the authority's term dates and the weeks the leader marks.
ScrollPage {
    id: page
    // Off on a laptop, where the list of groups stays beside this page.
    property bool showBack: true
    signal closed()

    SubPageHeader { title: qsTr("School year"); showBack: page.showBack; backName: "settingsBack"; onBack: page.closed() }
    SchoolYearSection { showTitle: false; Layout.fillWidth: true }
}
