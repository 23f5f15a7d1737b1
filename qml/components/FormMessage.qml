import QtQuick
import QtQuick.Controls

// A one-line result under a form: red for an error, green for success. Screen readers
// hear it because it is an alert.
Label {
    property bool isError: true
    visible: text.length > 0
    color: isError ? "#B3261E" : "#2E7D32"
    wrapMode: Text.Wrap
    font.pixelSize: 15
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
