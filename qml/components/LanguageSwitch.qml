import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// English / Cymraeg. Each language is named in itself, so it is never translated.
RowLayout {
    spacing: 4
    Button {
        objectName: "languageEn"
        text: "English"
        flat: app.language !== "en"
        highlighted: app.language === "en"
        Accessible.name: "English"
        onClicked: app.language = "en"
    }
    Button {
        objectName: "languageCy"
        text: "Cymraeg"
        flat: app.language !== "cy"
        highlighted: app.language === "cy"
        Accessible.name: "Cymraeg"
        onClicked: app.language = "cy"
    }
}
