import QtQuick
import QtQuick.Controls
import Saib

// A masked passphrase input with a Show / Hide button. Nothing typed here is stored by
// QML. `edited` turns true at the first keystroke, so forms can hold back their
// validation until the leader has started typing.
// Screen readers: `saibSecret` hands the field to SecretFieldAccessible (app/wiring),
// which names it with `accessibleLabel` and exposes only the mask characters (Qt 6.4's
// own interface would read the typed passphrase out through the Text interface).
TextField {
    id: field
    property bool revealed: false
    property bool edited: false
    readonly property bool saibSecret: true
    // The spoken name: the placeholder unless a page gives a better one.
    property string accessibleLabel: placeholderText
    property string accessibleHint: ""
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    selectByMouse: true
    rightPadding: reveal.width + 4
    Accessible.name: accessibleLabel
    // Qt 6.4 also puts the real text in a text field's "text changed" events; it sends
    // them only for items whose role is EditableText, so this item's own role is kept at
    // Client (the control sets EditableText when accessibility starts). Screen readers
    // still see a password text: the role they read comes from SecretFieldAccessible.
    Accessible.role: Accessible.Client
    Accessible.onRoleChanged: if (field.Accessible.role !== Accessible.Client) field.Accessible.role = Accessible.Client
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
