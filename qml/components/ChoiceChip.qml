import QtQuick
import QtQuick.Templates as T
import Saib

// One option of a choice (language, lock time, hours, view): a radio button to screen
// readers, so the current choice is spoken ("Cymraeg, radio button, checked"). It looks
// like a TagChip. `checked` is bound to the model by the user of the chip and set there
// in onClicked; press / toggle (accessibility actions) do exactly what a click does.
T.RadioButton {
    id: chip
    padding: 8
    leftPadding: 12
    rightPadding: 12
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    focusPolicy: Qt.StrongFocus
    // Exclusivity comes from the model the chips are bound to, not from siblings.
    autoExclusive: false
    // Return on a chosen option keeps it chosen (AppShell.activateFocused).
    readonly property bool keepsChoice: true
    font.pixelSize: Theme.px(14)
    Accessible.name: text
    Accessible.onPressAction: chip.activate()
    Accessible.onToggleAction: chip.activate()
    // Qt 6.4's own "toggle" action sets `checked` without a click: a chip that becomes
    // checked reports a click, so the choice is made however it was ticked. (Users set
    // their model in onClicked, which is harmless twice.)
    property bool built: false
    Component.onCompleted: built = true
    onCheckedChanged: if (chip.built && chip.checked && !chip.pressed) chip.clicked()
    function activate() {
        if (!chip.enabled) return
        if (!chip.checked) chip.toggle()
        chip.clicked()
    }
    indicator: null
    contentItem: Text {
        text: chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnAccent : Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
    background: ChipBackground { control: chip }
}
