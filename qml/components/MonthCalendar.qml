import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// One month of check-ins as a grid, Monday first. Each day is coloured by its load (the
// higher of demand and emotional load: light, moderate, heavy; outlined when checked in
// without rating it; blank without a check-in); today has a ring. Previous / next (or a
// swipe) move between months, from the first check-in's month up to today's. Tapping a
// day up to today asks to open its check-in (dayChosen), empty days included, so a
// missed day can be added. Every cell is a button with a spoken summary. When the leader
// follows an authority's term dates (Calendar), holidays and half-terms are shaded, marked
// weeks (an inspection) carry a bar, and the header says which weeks of term the month holds.
// As a date picker (DateField) the range can run into the future (firstDay/lastDay) and
// the load colours can be left out (showLoad), so choosing an INSET day next term shows
// days, not check-ins.
// Keyboard: the month is one Tab stop (today, or the day last moved to); the arrow keys
// move a day or a week, Page Up / Page Down a month, and Space or Return open the day.
ColumnLayout {
    id: calendar
    signal dayChosen(string day)

    // The months shown run from firstDay's to lastDay's; days after lastDay cannot be chosen.
    property string firstDay: Checkins.firstDayIso
    property string lastDay: Checkins.todayIso
    property bool showLoad: true
    // The day whose month opens first ("" for today's).
    property string startDay: ""
    readonly property var today: parseIso(Checkins.todayIso)
    readonly property var first: firstDay.length > 0 ? parseIso(firstDay) : today
    readonly property var last: parseIso(lastDay)
    property int year: today.year
    property int month: today.month           // 1..12
    readonly property int monthIndex: year * 12 + month - 1
    readonly property bool canGoBack: monthIndex > first.year * 12 + first.month - 1
    readonly property bool canGoForward: monthIndex < last.year * 12 + last.month - 1
    // Re-read whenever check-ins change or the language does (labels, names).
    property var cells: []
    // The day that takes the Tab stop in the grid.
    property string focusDay: Checkins.todayIso
    property var term: ({ title: "", days: {} })
    function reload() {
        cells = Checkins.monthDays(year, month)
        term = Calendar.monthContext(year, month)
    }
    function termDay(iso) { return calendar.term.days[iso] || { holiday: false, marked: false, spoken: "" } }
    onMonthIndexChanged: reload()
    Component.onCompleted: {
        if (startDay.length > 0) {
            const start = parseIso(startDay)
            focusDay = startDay
            show(start.year, start.month)
        }
        reload()
    }
    Connections {
        target: Checkins
        function onHistoryChanged() { calendar.reload() }
    }
    Connections {
        target: Calendar
        function onChanged() { calendar.reload() }
    }

    function parseIso(iso) {
        const p = iso.split("-")
        return { year: parseInt(p[0], 10), month: parseInt(p[1], 10) }
    }
    function show(y, m) { year = y; month = m }
    function step(delta) {
        if ((delta < 0 && !canGoBack) || (delta > 0 && !canGoForward)) return
        const i = monthIndex + delta
        show(Math.floor(i / 12), i % 12 + 1)
    }
    function showToday() { show(today.year, today.month) }
    // Arrow keys: focus the day `delta` cells away (in this month's grid), if it can open.
    function moveFocus(index, delta) {
        const target = dayRepeater.itemAt(index + delta)
        if (!target || !target.enabled) return
        // Focus first: the day losing focus may then leave the Tab order.
        target.forceActiveFocus(Qt.TabFocusReason)
        calendar.focusDay = calendar.cells[index + delta].day
    }

    function fill(load) {
        switch (load) {
        case 1: return Theme.heat[3]
        case 2: return Theme.heat[7]
        case 3: return Theme.heat[10]
        default: return "transparent"
        }
    }
    // The load colours, then the school year's keys when the leader uses term dates.
    function legendItems() {
        const holiday = { colour: Theme.holiday, label: qsTr("Holiday or half-term") }
        const marked = { colour: Theme.markedWeek, label: qsTr("Marked week (a bar under the day)") }
        const school = (Calendar.authority.length > 0 ? [holiday] : []).concat(Calendar.markedWeeks.length > 0 ? [marked] : [])
        if (!showLoad) return school
        const light = { colour: fill(1), label: qsTr("Light load (0–3)") }
        const moderate = { colour: fill(2), label: qsTr("Moderate (4–6)") }
        const heavy = { colour: fill(3), label: qsTr("Heavy (7–10)") }
        return [light, moderate, heavy].concat(school)
    }
    function ink(load) {
        if (load === 3) return Theme.dark ? "#1B1411" : "#FFFFFF"
        return Theme.text
    }

    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        ToolButton {
            objectName: "calendarPrevious"
            text: "‹"
            font.pixelSize: Theme.px(24)
            enabled: calendar.canGoBack
            Accessible.name: qsTr("Previous month")
            onClicked: calendar.step(-1)
        }
        Label {
            objectName: "calendarTitle"
            text: (App.language, Checkins.monthTitle(calendar.year, calendar.month))
            font.pixelSize: Theme.px(18)
            font.weight: Font.DemiBold
            color: Theme.heading
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "calendarNext"
            text: "›"
            font.pixelSize: Theme.px(24)
            enabled: calendar.canGoForward
            Accessible.name: qsTr("Next month")
            onClicked: calendar.step(1)
        }
    }

    Label {
        objectName: "calendarTermTitle"
        visible: text.length > 0
        text: calendar.term.title
        color: Theme.textSecondary
        font.pixelSize: Theme.px(14)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        id: grid
        objectName: "calendarGrid"
        columns: 7
        rowSpacing: 4
        columnSpacing: 4
        Layout.fillWidth: true
        readonly property real cellWidth: (width - 6 * columnSpacing) / 7

        Repeater {
            model: (App.language, Checkins.weekdayNames())
            delegate: Label {
                required property string modelData
                text: modelData
                color: Theme.textSecondary
                font.pixelSize: Theme.px(12)
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.preferredWidth: grid.cellWidth
            }
        }

        Repeater {
            id: dayRepeater
            model: calendar.cells
            delegate: AbstractButton {
                id: cell
                required property var modelData
                required property int index
                focusPolicy: Qt.StrongFocus
                // One Tab stop for the month: the focused day, else today, else the 1st.
                activeFocusOnTab: cell.modelData.day === calendar.focusDay
                                  || (cell.modelData.inMonth && cell.modelData.date === 1
                                      && !calendar.cells.some(c => c.day === calendar.focusDay))
                Keys.onLeftPressed: calendar.moveFocus(cell.index, -1)
                Keys.onRightPressed: calendar.moveFocus(cell.index, 1)
                Keys.onUpPressed: calendar.moveFocus(cell.index, -7)
                Keys.onDownPressed: calendar.moveFocus(cell.index, 7)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                        calendar.step(event.key === Qt.Key_PageUp ? -1 : 1)
                        event.accepted = true
                    }
                }
                objectName: "calendarDay-" + cell.modelData.day
                readonly property bool open: cell.modelData.day <= calendar.lastDay
                readonly property bool loadShown: calendar.showLoad && cell.modelData.exists
                readonly property var school: calendar.termDay(cell.modelData.day)
                enabled: open
                opacity: cell.modelData.inMonth ? 1 : 0.45
                Layout.fillWidth: true
                Layout.preferredWidth: grid.cellWidth
                Layout.preferredHeight: Math.max(40, Math.min(grid.cellWidth, 64))
                Accessible.role: Accessible.Button
                readonly property string dayName: calendar.showLoad ? cell.modelData.label : Checkins.longDay(cell.modelData.day)
                Accessible.name: cell.school.spoken.length > 0 ? cell.dayName + ", " + cell.school.spoken : cell.dayName
                onClicked: calendar.dayChosen(cell.modelData.day)
                // A holiday tints the whole cell; a check-in's load colour sits inside that tint.
                background: Rectangle {
                    objectName: "calendarHoliday-" + cell.modelData.day
                    radius: 8
                    color: cell.school.holiday ? Theme.holiday : "transparent"
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: cell.school.holiday && cell.loadShown ? 4 : 0
                        radius: 8
                        color: cell.loadShown ? calendar.fill(cell.modelData.load)
                                                     : cell.hovered && cell.open ? Theme.surfaceHover : "transparent"
                        border.width: cell.visualFocus || cell.modelData.isToday ? 3 : 1
                        border.color: cell.visualFocus ? Theme.heading
                                      : cell.modelData.isToday ? Theme.accent
                                      : cell.loadShown ? (cell.modelData.load === 4 ? Theme.textSecondary : "transparent")
                                      : Theme.border
                    }
                    Rectangle { // a marked week: a bar along the foot of the day
                        objectName: "calendarMark-" + cell.modelData.day
                        visible: cell.school.marked
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: 6
                        height: 4
                        radius: 2
                        color: Theme.markedWeek
                    }
                }
                contentItem: Label {
                    text: cell.modelData.date
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.px(15)
                    font.weight: cell.modelData.isToday ? Font.Bold : Font.Normal
                    color: !cell.open ? Theme.textMuted
                                      : cell.loadShown ? calendar.ink(cell.modelData.load) : Theme.text
                }
            }
        }

        // A sideways swipe moves a month (the buttons above do the same).
        DragHandler {
            id: swipe
            target: null
            xAxis.enabled: true
            yAxis.enabled: false
            onActiveChanged: {
                if (active) return
                const dx = swipe.centroid.position.x - swipe.centroid.pressPosition.x
                if (Math.abs(dx) > 60) calendar.step(dx < 0 ? 1 : -1)
            }
        }
    }

    Legend {
        objectName: "calendarLegend"
        items: calendar.legendItems()
        visible: items.length > 0
    }
    Label {
        visible: calendar.showLoad
        text: qsTr("Load is the higher of demand and emotional load. An outlined day has a check-in without those scales; a blank day has none: tap it to add one.")
        color: Theme.textSecondary
        font.pixelSize: Theme.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextButton {
        objectName: "calendarToday"
        visible: calendar.monthIndex !== calendar.today.year * 12 + calendar.today.month - 1
        text: qsTr("Back to this month")
        Accessible.name: text
        onClicked: calendar.showToday()
    }
}
