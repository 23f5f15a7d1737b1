import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Saib

// What the survey body and the server can and cannot learn, in plain words.
ScrollPage {
    id: page
    objectName: "surveyAboutPage"
    signal closed()

    RowLayout {
        Layout.fillWidth: true
        IconButton { objectName: "aboutBack"; text: qsTr("Back"); iconName: "back"; onClicked: page.closed(); Accessible.name: text }
        Label {
            text: qsTr("About anonymity")
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.heading
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    SectionTitle { text: qsTr("What the survey body can learn") }
    Label {
        objectName: "aboutCan"
        text: qsTr("• Your answers, and the broad groups you chose (role, phase, years in role, region), exactly as shown on the preview.\n• That someone holding one of its enrolment codes enrolled, because you give it your code.\n• Only the tables the survey declares in advance are published, as totals and averages. Any group of fewer than 10 leaders is held back, and so are enough other figures that it cannot be worked out by subtracting one from another.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionTitle { text: qsTr("What it cannot learn") }
    Label {
        objectName: "aboutCannot"
        text: qsTr("• Which answers are yours. Your token is made so that the server can check it is genuine and unused, but cannot match it to your code.\n• Your name, account, device, sync details, journal or anything else in Saib. None of it is in what is sent.\n• When you sent your answers: the server keeps no time or address with them.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionTitle { text: qsTr("Worth knowing") }
    Label {
        objectName: "aboutWorthKnowing"
        text: qsTr("• Saib does not send your answers when you press Send. It keeps them sealed in your encrypted store and sends them at a random time between 1 and 24 hours later (sooner only if the survey closes first), on a connection of their own, so that they cannot be paired with your enrolment by when they arrive. Saib has to be open and unlocked to send them; if it is not, they go the next time it is. \"Send now\" gives this up.\n• Whoever runs the server can still see which internet address enrolled and which sent answers, and roughly when: its logs keep only the hour. If you enrol and send from the same address and few other leaders take part that day, they could still guess the two go together. It cannot see which answers came from which code.\n• Free-text answers can give you away by what they say. Leave them blank if unsure.\n• Saib keeps a copy of what you sent, and your token, inside your encrypted store on this device only.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
