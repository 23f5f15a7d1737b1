import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A vertically scrolling page whose content column is centred and capped in width, so
// forms read well on a laptop and fill a phone edge to edge (less 16 px margins).
ScrollView {
    id: page
    default property alias content: column.data
    property int maxWidth: Theme.contentWidth
    // The Flickable that scrolls the content (ScrollView types its contentItem as Item).
    readonly property Flickable flickable: contentItem as Flickable
    spacing: 14 // between the content's rows (Control.spacing, unused by ScrollView itself)
    contentWidth: availableWidth
    contentHeight: column.implicitHeight + 48
    clip: true

    ColumnLayout {
        id: column
        x: Math.max(16, (page.availableWidth - width) / 2)
        y: 24
        width: Math.min(page.availableWidth - 32, page.maxWidth)
        spacing: page.spacing
    }
}
