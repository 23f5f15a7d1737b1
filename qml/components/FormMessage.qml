import QtQuick
import QtQuick.Controls
import Saib

// A one-line result under a form: red for an error, green for success. A new message
// takes the keyboard focus, so a screen reader reads it at once: Qt 6.4's AT-SPI bridge
// does not deliver live-region or alert announcements (Qt 6.8's Accessible.announce()
// would, without moving focus). Tab goes on from here to the control after it.
// `announce()` re-reads a message that has not changed (the same result twice).
Label {
    id: message
    property bool isError: true
    // Off for messages that change while the leader types.
    property bool takesFocus: true
    visible: text.length > 0
    color: isError ? Theme.error : Theme.success
    wrapMode: Text.Wrap
    font.pixelSize: Theme.px(15)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    // Only changes after the page is built: a message already there when a page opens
    // does not pull the focus away from the page.
    property bool built: false
    Component.onCompleted: built = true
    onTextChanged: if (message.built && message.takesFocus && message.text.length > 0) announceLater.restart()
    // Once the text (and so `visible`) has settled.
    Timer { id: announceLater; interval: 0; onTriggered: message.announce() }
    function announce() {
        if (message.visible && message.text.length > 0)
            message.forceActiveFocus(Qt.OtherFocusReason)
    }
}
