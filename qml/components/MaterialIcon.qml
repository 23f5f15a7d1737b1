import QtQuick
import Saib

// One glyph of the Material Icons font by name (Theme.iconCodes). Decorative: the button
// or row that holds it carries the accessible name, so screen readers skip the glyph.
Text {
    property string name: ""
    property int size: 24
    text: Theme.icon(name)
    font.family: Theme.iconFamily
    font.pixelSize: Theme.px(size)
    font.capitalization: Font.MixedCase
    color: Theme.text
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
