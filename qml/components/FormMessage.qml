import QtQuick
import QtQuick.Controls
import Saib

// A one-line result under a form: red for an error, green for success. With `takesFocus`
// (the results of a submit: setup, unlock, passphrase change, recovery, the check-in) a
// new message takes the keyboard focus, so a screen reader reads it at once: Qt 6.4's AT-SPI bridge
// does not deliver live-region or alert announcements (Qt 6.8's Accessible.announce()
// would, without moving focus). Tab goes on from here to the control after it.
// `announce()` re-reads a message that has not changed (the same result twice).
Label {
    id: message
    property bool isError: true
    // Off by default: messages that change on their own (sync, checks while typing) must
    // not pull the focus (and scroll the page) away from what the leader is doing.
    property bool takesFocus: false
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
    // Whichever of the two changes last (text, or the `visible` that follows it).
    onTextChanged: if (message.built && message.takesFocus) message.announce()
    onVisibleChanged: if (message.built && message.takesFocus) message.announce()
    function announce() {
        if (message.visible && message.text.length > 0)
            message.forceActiveFocus(Qt.OtherFocusReason)
    }
}
