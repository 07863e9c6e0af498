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
    padding: 8
    background: Rectangle { color: "#232428" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label { text: qsTr("Moderator"); font.bold: true; color: "#57f287" }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: tools.room.player && tools.room.player.paused ? qsTr("Play for all") : qsTr("Pause for all")
                onClicked: tools.room.togglePauseForAll()
            }
            Button { text: qsTr("−10 s"); onClicked: tools.room.seekRelativeForAll(-10); Accessible.name: qsTr("Back 10 seconds for everyone") }
            Button { text: qsTr("+10 s"); onClicked: tools.room.seekRelativeForAll(10); Accessible.name: qsTr("Forward 10 seconds for everyone") }
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
            }
            Button {
                text: qsTr("Switch")
                onClicked: tools.room.playMediaForAll(tools.mediaChoices[mediaBox.currentIndex].url)
            }
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
                onActivated: tools.room.setSlowMode(currentValue)
                Accessible.name: qsTr("Slow mode")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: announcement
                Layout.fillWidth: true
                placeholderText: qsTr("Announcement to pin")
                onAccepted: if (tools.room.announce(text)) text = ""
            }
            Button {
                text: qsTr("Announce")
                enabled: announcement.text.trim().length > 0
                onClicked: if (tools.room.announce(announcement.text)) announcement.text = ""
            }
        }
    }
}
