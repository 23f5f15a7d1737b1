import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A tappable card with a heading, a small subheading and a few lines of body text.
ItemDelegate {
    id: card
    property string heading: ""
    property string subheading: ""
    property string body: ""
    property int bodyFormat: Text.PlainText
    padding: 14
    Accessible.name: heading + ". " + subheading
    background: Rectangle {
        radius: 10
        color: card.hovered ? Theme.surfaceHover : Theme.surface
        border.color: Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 4
        Label {
            visible: card.heading.length > 0
            text: card.heading
            font.pixelSize: Theme.px(16)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.subheading.length > 0
            text: card.subheading
            color: Theme.textMuted
            font.pixelSize: Theme.px(13)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.body.length > 0
            text: card.body
            textFormat: card.bodyFormat
            font.pixelSize: Theme.px(card.heading.length > 0 ? 14 : 16)
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
