import QtQuick
import QtQuick.Controls

// A masked passphrase input. Nothing typed here is stored by QML.
TextField {
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    selectByMouse: true
    Accessible.name: placeholderText
}
