// What a moderator runs the room with: playback for everyone, slow mode, an announcement.
// Shown only for the moderator role; the server checks every action again.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Pane {
    id: tools
    required property RoomController room
    // Channel streams the room can be switched to: [{name, url}].
    property var mediaChoices: []
    // The window's guide (null: none): "Guide everyone's view".
    property GuideController guide: null
    padding: 8
    background: Rectangle {
        color: Theme.toolsBackground
        border.color: Theme.highContrast ? Theme.border : "transparent"
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Moderator tools")

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label { text: qsTr("Moderator"); font.bold: true; color: Theme.success }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: tools.room.player && tools.room.player.paused ? qsTr("Play for all") : qsTr("Pause for all")
                Accessible.name: tools.room.player && tools.room.player.paused ? qsTr("Play for everyone in the room")
                                                                               : qsTr("Pause for everyone in the room")
                onClicked: tools.room.togglePauseForAll()
                FocusRing {}
            }
            Button { text: qsTr("−10 s"); onClicked: tools.room.seekRelativeForAll(-10); Accessible.name: qsTr("Back 10 seconds for everyone"); FocusRing {} }
            Button { text: qsTr("+10 s"); onClicked: tools.room.seekRelativeForAll(10); Accessible.name: qsTr("Forward 10 seconds for everyone"); FocusRing {} }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: tools.mediaChoices.length > 0
            Label { text: qsTr("Show:") }
            ComboBox {
                id: mediaBox
                Layout.fillWidth: true
                model: tools.mediaChoices
                textRole: "name"
                Accessible.name: qsTr("Media to show in this room")
                FocusRing {}
            }
            Button {
                text: qsTr("Switch")
                Accessible.name: qsTr("Switch the room to this media")
                FocusRing {}
                onClicked: tools.room.playMediaForAll(tools.mediaChoices[mediaBox.currentIndex].url)
            }
        }

        CheckBox {
            objectName: "guideToggle"
            visible: tools.guide !== null && tools.guide.canGuide
            text: qsTr("Guide everyone's view")
            checked: tools.guide !== null && tools.guide.guiding
            onToggled: tools.guide.guiding = checked
            Accessible.description: qsTr("Those who follow you turn where you look, as you look around")
            FocusRing {}
        }

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Slow mode:") }
            ComboBox {
                id: slowBox
                Layout.fillWidth: true
                model: [0, 5, 10, 30, 60, 120]
                displayText: currentValue === 0 ? qsTr("Off") : qsTr("%1 s").arg(currentValue)
                delegate: ItemDelegate {
                    required property int modelData
                    width: slowBox.width
                    text: modelData === 0 ? qsTr("Off") : qsTr("%1 s").arg(modelData)
                }
                Component.onCompleted: currentIndex = Math.max(0, model.indexOf(tools.room.slowModeSeconds))
                onActivated: tools.room.moderation.setSlowMode(currentValue)
                Accessible.name: qsTr("Slow mode")
                Accessible.description: qsTr("The least time between two messages of one person")
                FocusRing {}
            }
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: announcement
                Layout.fillWidth: true
                placeholderText: qsTr("Announcement to pin")
                Accessible.name: qsTr("Announcement to pin")
                FocusRing {}
                onAccepted: if (tools.room.moderation.announce(text)) text = ""
            }
            Button {
                text: qsTr("Announce")
                Accessible.name: qsTr("Pin the announcement for everyone")
                FocusRing {}
                enabled: announcement.text.trim().length > 0
                onClicked: if (tools.room.moderation.announce(announcement.text)) announcement.text = ""
            }
        }
    }
}
