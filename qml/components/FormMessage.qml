import QtQuick
import QtQuick.Controls
import Saib

// A one-line result under a form: red for an error, green for success. Screen readers
// hear it because it is an alert.
Label {
    property bool isError: true
    visible: text.length > 0
    color: isError ? Theme.error : Theme.success
    wrapMode: Text.Wrap
    font.pixelSize: Theme.px(15)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
