import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A vertically scrolling page whose content column is centred and capped in width, so
// forms read well on a laptop and fill a phone edge to edge (less 16 px margins).
// Whatever takes the keyboard focus inside it is scrolled into view, so Tab never moves
// to a control off the screen.
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

    // Not for a click or a tap: what was touched is on screen already, and scrolling
    // under the pointer between press and release would lose the click.
    Window.onActiveFocusItemChanged: {
        const item = page.untyped(Window.activeFocusItem)
        if (item && item.focusReason !== Qt.MouseFocusReason)
            page.reveal(item)
    }
    function untyped(item) { return item }

    // Scrolls so that `item` (if it is inside this page) shows whole, with a margin.
    function reveal(item) {
        const flick = page.flickable
        if (!item || !flick) return
        let p = item
        while (p && p !== column) p = p.parent
        if (!p) return
        const margin = 16
        const top = item.mapToItem(column, 0, 0).y + column.y - margin
        const bottom = top + item.height + 2 * margin
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), bottom - flick.height)
    }

    ColumnLayout {
        id: column
        x: Math.max(16, (page.availableWidth - width) / 2)
        y: 24
        width: Math.min(page.availableWidth - 32, page.maxWidth)
        spacing: page.spacing
    }
}
