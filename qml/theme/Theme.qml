pragma Singleton
import QtQuick
import Saib

// The one palette of the app: every custom component takes its colours from here, in a
// light and a dark set, and its font sizes from px() so they follow the system's text
// size. `dark` follows app.darkMode (Settings: Light, Dark, or System). contrastPairs
// lists every foreground/background combination the UI draws; tests/qml/tst_theme.qml
// checks each against WCAG AA (4.5:1 for text, 3:1 for large text and UI graphics) in
// both sets, and that every colour is either in a pair or listed as decorative.
QtObject {
    id: theme
    readonly property bool dark: App.darkMode
    readonly property real fontScale: App.fontScale
    // A design size in pixels, scaled by the system text size.
    function px(size) { return Math.round(size * fontScale) }

    // The one content width of every tab's column (ScrollPage.maxWidth), so Check-in,
    // Journal, Insights, History and Settings line up when switching on a laptop.
    readonly property int contentWidth: 760
    // Where a two-pane layout (journal list + reader, settings list + group) starts.
    readonly property int twoPaneWidth: 1000

    // Icons: Google's Material Icons font from Debian's fonts-material-design-icons-iconfont,
    // copied into the resources by qml/CMakeLists.txt. Glyphs by codepoint (from the
    // package's scss/_variables.scss), not by ligature, so a missing glyph shows as a box
    // rather than as a stray English word. MaterialIcon.qml draws one.
    readonly property FontLoader iconLoader: FontLoader { source: "qrc:/saib/fonts/MaterialIcons-Regular.ttf" }
    readonly property string iconFamily: iconLoader.name
    readonly property var iconCodes: ({
        add: 0xe145, back: 0xe5c4, backup: 0xe864, calendar: 0xe935, check: 0xe5ca,
        checkin: 0xe745, chevron: 0xe5cc, close: 0xe5cd, delete: 0xe872, devices: 0xe1b1,
        download: 0xf090, edit: 0xe3c9, filter: 0xe152, history: 0xe889, info: 0xe88e,
        insights: 0xf092, journal: 0xea19, language: 0xe894, lock: 0xe897, notifications: 0xe7f4,
        palette: 0xe40a, refresh: 0xe5d5, restore: 0xe8b3, school: 0xe80c, search: 0xe8b6,
        security: 0xe32a, send: 0xe163, settings: 0xe8b8, surveys: 0xe801, sync: 0xe627,
        upload: 0xf09b
    })
    function icon(name) { return iconCodes[name] !== undefined ? String.fromCodePoint(iconCodes[name]) : "" }

    readonly property var lightSet: ({
        background: "#F6F4EF",
        surface: "#FFFFFF",
        surfaceHover: "#EEF5F3",
        border: "#D5DDDA",
        rail: "#E7EFEC",
        navChecked: "#C5DED7",
        navHover: "#D9E7E3",
        controlBorder: "#7A8C86",
        text: "#1F2A27",
        textSecondary: "#44524E",
        textMuted: "#5A6662",
        heading: "#004D40",
        accent: "#00796B",
        accentHover: "#00695C",
        accentPressed: "#00564D",
        accentDisabled: "#9DB8B2",
        textOnAccent: "#FFFFFF",
        accentText: "#00695C",
        focusRing: "#002B24",
        toolbar: "#004D40",
        textOnToolbar: "#FFFFFF",
        error: "#B3261E",
        success: "#2E7D32",
        warningText: "#8A3B12",
        goodText: "#1B5E20",
        fair: "#8F5600",
        meterTrack: "#D5DAD8",
        noticeBackground: "#FFF4E5",
        noticeBorder: "#E8B96A",
        noticeText: "#5C3B00",
        supportBackground: "#FFF8EC",
        supportBorder: "#E8C98A",
        ratingBackground: "#EEF2FA",
        ratingBorder: "#C5D0E6",
        ratingHeading: "#1F3A73",
        promptBackground: "#E3F0EC",
        chipHover: "#E0ECE8",
        chartGrid: "#D5DDDA",
        chartDemand: "#B85A2B",
        chartEmotional: "#8E3B8A",
        chartEnergy: "#00796B",
        chartHours: "#3A5BA0",
        chartStrategic: "#6D6D2B",
        link: "#0B57D0",
        gapAbove: "#C0661F",
        gapBelow: "#2E8B7A",
        holiday: "#DCE3F5",
        markedWeek: "#6A3FA0"
    })
    readonly property var darkSet: ({
        background: "#111816",
        surface: "#1B2421",
        surfaceHover: "#24302C",
        border: "#34423E",
        rail: "#161F1C",
        navChecked: "#2A4540",
        navHover: "#20322E",
        controlBorder: "#7D918B",
        text: "#E3EBE8",
        textSecondary: "#C2CECA",
        textMuted: "#A6B4AF",
        heading: "#8ED6C4",
        accent: "#4FB8A6",
        accentHover: "#6CC7B7",
        accentPressed: "#8ED6C4",
        accentDisabled: "#3B524D",
        textOnAccent: "#06201B",
        accentText: "#7FD3C1",
        focusRing: "#D8F5EE",
        toolbar: "#16302B",
        textOnToolbar: "#E3EBE8",
        error: "#F2B8B5",
        success: "#A5D6A7",
        warningText: "#F0B48E",
        goodText: "#A5D6A7",
        fair: "#F5C26B",
        meterTrack: "#3A4743",
        noticeBackground: "#33291A",
        noticeBorder: "#80652F",
        noticeText: "#F5D9A8",
        supportBackground: "#2E2619",
        supportBorder: "#6F5B33",
        ratingBackground: "#1B2233",
        ratingBorder: "#3A4866",
        ratingHeading: "#B7C9F2",
        promptBackground: "#1A312C",
        chipHover: "#2A3633",
        chartGrid: "#3A4743",
        chartDemand: "#F0A070",
        chartEmotional: "#DDA0DA",
        chartEnergy: "#4FB8A6",
        chartHours: "#93B0F0",
        chartStrategic: "#CACA6E",
        link: "#A8C7FA",
        gapAbove: "#E39E52",
        gapBelow: "#6CC7B7",
        holiday: "#2B3452",
        markedWeek: "#C9A8F2"
    })
    readonly property var current: dark ? darkSet : lightSet

    readonly property color background: current.background
    readonly property color surface: current.surface
    readonly property color surfaceHover: current.surfaceHover
    readonly property color border: current.border
    readonly property color rail: current.rail
    readonly property color navChecked: current.navChecked
    readonly property color navHover: current.navHover
    readonly property color controlBorder: current.controlBorder
    readonly property color text: current.text
    readonly property color textSecondary: current.textSecondary
    readonly property color textMuted: current.textMuted
    readonly property color heading: current.heading
    readonly property color accent: current.accent
    readonly property color accentHover: current.accentHover
    readonly property color accentPressed: current.accentPressed
    readonly property color accentDisabled: current.accentDisabled
    readonly property color textOnAccent: current.textOnAccent
    readonly property color accentText: current.accentText
    readonly property color focusRing: current.focusRing
    readonly property color toolbar: current.toolbar
    readonly property color textOnToolbar: current.textOnToolbar
    readonly property color error: current.error
    readonly property color success: current.success
    readonly property color warningText: current.warningText
    readonly property color goodText: current.goodText
    readonly property color fair: current.fair
    readonly property color meterTrack: current.meterTrack
    readonly property color noticeBackground: current.noticeBackground
    readonly property color noticeBorder: current.noticeBorder
    readonly property color noticeText: current.noticeText
    readonly property color supportBackground: current.supportBackground
    readonly property color supportBorder: current.supportBorder
    readonly property color ratingBackground: current.ratingBackground
    readonly property color ratingBorder: current.ratingBorder
    readonly property color ratingHeading: current.ratingHeading
    readonly property color promptBackground: current.promptBackground
    readonly property color chipHover: current.chipHover
    readonly property color chartGrid: current.chartGrid
    readonly property color chartDemand: current.chartDemand
    readonly property color chartEmotional: current.chartEmotional
    readonly property color chartEnergy: current.chartEnergy
    readonly property color chartHours: current.chartHours
    readonly property color chartStrategic: current.chartStrategic
    readonly property color link: current.link
    readonly property color gapAbove: current.gapAbove
    // School holidays (a cool tint, apart from the warm load colours) and marked weeks.
    readonly property color holiday: current.holiday
    readonly property color markedWeek: current.markedWeek
    readonly property color gapBelow: current.gapBelow

    // Emotional load 0..10 for the year heat map, and [0] for a day without a check-in.
    // Pale to dark teal, then amber to brick; the dark set runs the other way in
    // lightness so heavy days still stand out. Decorative: the map has a text summary.
    readonly property var heatLight: ['#ECEFEE', '#E0F2EE', '#C6E6DE', '#A9D8CC', '#8CC9BA', '#F3D9A6', '#EDBE79', '#E39E52', '#D27A3A', '#B85A2B', '#97401F', '#732D16']
    readonly property var heatDark: ['#26302D', '#17352F', '#1E4A41', '#266156', '#2F786B', '#7A6230', '#94702F', '#B07B34', '#C9803E', '#DE8A4E', '#F09A62', '#FFB585']
    readonly property var heat: dark ? heatDark : heatLight
    function heatColour(value) {
        if (value === null || value === undefined) return heat[0]
        return heat[1 + Math.max(0, Math.min(10, value))]
    }

    // [foreground, background, minimum ratio]
    readonly property var contrastPairs: [
        ["text", "background", 4.5],
        ["text", "holiday", 4.5],            // a holiday's date in History's calendar
        ["textMuted", "holiday", 4.5],
        ["markedWeek", "background", 3],     // the marked-week bar and its legend key
        ["markedWeek", "surface", 3],
        ["markedWeek", "holiday", 3],
        ["textSecondary", "background", 4.5],
        ["textMuted", "background", 4.5],
        ["text", "surface", 4.5],
        ["textSecondary", "surface", 4.5],
        ["textMuted", "surface", 4.5],
        ["text", "surfaceHover", 4.5],
        ["textSecondary", "surfaceHover", 4.5],
        ["textMuted", "surfaceHover", 4.5],
        ["text", "promptBackground", 4.5],
        ["textSecondary", "promptBackground", 4.5],
        ["textMuted", "promptBackground", 4.5],
        ["text", "chipHover", 4.5],
        ["textSecondary", "chipHover", 4.5],
        ["textMuted", "chipHover", 4.5],
        ["text", "rail", 4.5],
        ["textSecondary", "rail", 4.5],
        ["textMuted", "rail", 4.5],
        ["text", "navChecked", 4.5],
        ["text", "navHover", 4.5],
        ["heading", "background", 4.5],
        ["accentText", "background", 4.5],
        ["error", "background", 4.5],
        ["success", "background", 4.5],
        ["warningText", "background", 4.5],
        ["goodText", "background", 4.5],
        ["fair", "background", 4.5],
        ["link", "background", 4.5],
        ["controlBorder", "background", 3],
        ["accent", "background", 3],
        ["focusRing", "background", 3],
        ["chartDemand", "background", 3],
        ["chartEmotional", "background", 3],
        ["chartEnergy", "background", 3],
        ["chartHours", "background", 3],
        ["chartStrategic", "background", 3],
        ["gapAbove", "background", 3],
        ["gapBelow", "background", 3],
        ["heading", "surface", 4.5],
        ["accentText", "surface", 4.5],
        ["error", "surface", 4.5],
        ["success", "surface", 4.5],
        ["warningText", "surface", 4.5],
        ["goodText", "surface", 4.5],
        ["fair", "surface", 4.5],
        ["link", "surface", 4.5],
        ["controlBorder", "surface", 3],
        ["accent", "surface", 3],
        ["focusRing", "surface", 3],
        ["chartDemand", "surface", 3],
        ["chartEmotional", "surface", 3],
        ["chartEnergy", "surface", 3],
        ["chartHours", "surface", 3],
        ["chartStrategic", "surface", 3],
        ["gapAbove", "surface", 3],
        ["gapBelow", "surface", 3],
        ["textOnAccent", "accent", 4.5],
        ["textOnAccent", "accentHover", 4.5],
        ["textOnAccent", "accentPressed", 4.5],
        ["textOnToolbar", "toolbar", 4.5],
        ["noticeText", "noticeBackground", 4.5],
        ["text", "noticeBackground", 4.5],
        ["text", "supportBackground", 4.5],
        ["textSecondary", "supportBackground", 4.5],
        ["textMuted", "supportBackground", 4.5],
        ["noticeText", "supportBackground", 4.5],
        ["link", "supportBackground", 4.5],
        ["ratingHeading", "ratingBackground", 4.5],
        ["text", "ratingBackground", 4.5],
        ["textSecondary", "ratingBackground", 4.5],
        ["accentText", "promptBackground", 4.5]
    ]
    // Colours that carry no information on their own (borders of cards that also have
    // a background change, disabled fills, tracks behind meters, decorative fills).
    readonly property var decorativeRoles: ["border", "accentDisabled", "meterTrack", "noticeBorder",
                                            "supportBorder", "ratingBorder", "chartGrid"]
}
