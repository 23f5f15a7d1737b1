import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// A time of day as two wheels (hours, then minutes in fives): one flick each, and the
// arrow keys for keyboards and switch access. `picked(hour, minute)` reports a choice;
// `hour` and `minute` only follow the owner, so the owner stays the one source of truth.
RowLayout {
    id: picker
    property int hour: 0
    property int minute: 0
    property string label: ""
    property string namePrefix: "time"
    signal picked(int hour, int minute)
    spacing: 4

    function two(n) { return String(n).padStart(2, "0") }

    // A wheel made before its page is laid out (a settings group opened beside the list on
    // a laptop) kept its first geometry's offset: the wheel showed 20-22 with 17 chosen.
    // Centre both wheels on their choice again whenever their size or visibility changes.
    function recentre() {
        hours.positionViewAtIndex(hours.currentIndex, Tumbler.Center)
        minutes.positionViewAtIndex(minutes.currentIndex, Tumbler.Center)
    }
    onHeightChanged: recentreLater.restart()
    onWidthChanged: recentreLater.restart()
    onVisibleChanged: if (visible) recentreLater.restart()
    Component.onCompleted: recentreLater.restart()
    // After the layout pass that changed the size, not inside it.
    Timer { id: recentreLater; interval: 0; onTriggered: picker.recentre() }

    // The number under the wheel's centre is the chosen one, in the accent colour.
    component WheelLabel: Label {
        property bool current: false
        font.pixelSize: Theme.px(18)
        font.weight: current ? Font.DemiBold : Font.Normal
        color: current ? Theme.accentText : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    Tumbler {
        id: hours
        objectName: picker.namePrefix + "Hour"
        visibleItemCount: 3
        implicitWidth: 64
        implicitHeight: 120
        model: 24
        delegate: WheelLabel {
            required property int index
            text: picker.two(index)
            current: index === hours.currentIndex
        }
        currentIndex: picker.hour
        Accessible.name: qsTr("%1: hour").arg(picker.label)
        onCurrentIndexChanged: if (currentIndex !== picker.hour) picker.picked(currentIndex, picker.minute)
    }
    Label { text: ":"; font.pixelSize: Theme.px(18); font.weight: Font.DemiBold }
    Tumbler {
        id: minutes
        objectName: picker.namePrefix + "Minute"
        visibleItemCount: 3
        implicitWidth: 64
        implicitHeight: 120
        model: 12
        currentIndex: Math.round(picker.minute / 5)
        delegate: WheelLabel {
            required property int index
            text: picker.two(index * 5)
            current: index === minutes.currentIndex
        }
        Accessible.name: qsTr("%1: minutes").arg(picker.label)
        onCurrentIndexChanged: if (currentIndex * 5 !== picker.minute) picker.picked(picker.hour, currentIndex * 5)
    }
}
