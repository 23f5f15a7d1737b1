import QtQuick
import QtQuick.Controls
import Saib

// A masked passphrase input with a Show / Hide button. Nothing typed here is stored by
// QML. `edited` turns true at the first keystroke, so forms can hold back their
// validation until the leader has started typing.
TextField {
    id: field
    property bool revealed: false
    property bool edited: false
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    selectByMouse: true
    rightPadding: reveal.width + 4
    Accessible.name: placeholderText
    onTextEdited: edited = true

    ToolButton {
        id: reveal
        objectName: field.objectName + "Reveal"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: field.revealed ? qsTr("Hide") : qsTr("Show")
        font.pixelSize: Theme.px(13)
        focusPolicy: Qt.NoFocus
        Accessible.name: field.revealed ? qsTr("Hide the passphrase") : qsTr("Show the passphrase")
        onClicked: field.revealed = !field.revealed
    }
}
