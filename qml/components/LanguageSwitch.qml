import QtQuick
import Saib

// English / Cymraeg. Each language is named in itself, so it is never translated.
// Chips (from the palette) rather than Material highlighted buttons, whose fill did not
// render, so the current language is visible in light and dark.
Row {
    spacing: 6
    ChoiceChip {
        objectName: "languageEn"
        text: "English"
        checked: App.language === "en"
        Accessible.name: "English"
        onClicked: App.language = "en"
    }
    ChoiceChip {
        objectName: "languageCy"
        text: "Cymraeg"
        checked: App.language === "cy"
        Accessible.name: "Cymraeg"
        onClicked: App.language = "cy"
    }
}
