// The panel that floats in the headset (rendered offscreen by HeadsetPanelRenderer into an
// OpenXR quad layer): the channels with what is on now and next, and the room's chat. A
// controller's pointer shows as a dot and clicks a channel to switch to it.
import QtQuick
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: panel
    objectName: "headsetPanel"
    property EventController event: null
    property RoomController room: null
    // Where a controller points, in panel coordinates (0..1); onPanel false: nowhere on it.
    property point pointer: Qt.point(0, 0)
    property bool pointerOnPanel: false
    width: 1024
    height: 640
    radius: 24
    color: Theme.headsetBackground
    border.color: Theme.headsetBorder
    border.width: 2

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        Text {
            Layout.fillWidth: true
            text: panel.event && panel.event.title.length > 0 ? panel.event.title : qsTr("Omnikast")
            color: "white"
            font.pixelSize: 34
            font.bold: true
            elide: Text.ElideRight
        }

        // Channels: big targets, since a pointer ray is less precise than a mouse.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            visible: panel.event !== null && panel.event.channels.count > 0
            Repeater {
                model: panel.event ? panel.event.channels : null
                delegate: Rectangle {
                    id: tab
                    required property int index
                    required property string name
                    required property string nowTitle
                    required property string nextTitle
                    required property bool live
                    readonly property bool current: panel.event && panel.event.currentChannel === index
                    objectName: "headsetChannel" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    radius: 12
                    color: current ? Theme.headsetTabCurrent : (tabArea.containsMouse ? Theme.headsetTabHover : Theme.headsetTab)
                    border.color: current ? Theme.headsetBorder : "transparent"
                    border.width: 3
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: (tab.live ? "● " : "") + tab.name
                            color: tab.live ? Theme.headsetLive : "white"
                            font.pixelSize: 26
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: tab.nowTitle.length > 0 ? qsTr("Now: %1").arg(tab.nowTitle) : qsTr("Nothing on air")
                            color: Theme.headsetNowText
                            font.pixelSize: 20
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: tab.nextTitle.length > 0
                            text: qsTr("Next: %1").arg(tab.nextTitle)
                            color: Theme.headsetMutedText
                            font.pixelSize: 18
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        id: tabArea
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: panel.event.selectChannel(tab.index)
                    }
                }
            }
        }

        // The room's chat, newest at the bottom; read-only here (typing needs a keyboard).
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: 12
            color: Theme.headsetChatBackground
            ListView {
                id: chatList
                objectName: "headsetChat"
                anchors.fill: parent
                anchors.margins: 12
                clip: true
                spacing: 6
                model: panel.room ? panel.room.chat : null
                onCountChanged: positionViewAtEnd()
                delegate: Text {
                    required property var model
                    width: chatList.width
                    wrapMode: Text.Wrap
                    color: model.deleted ? Theme.headsetDeletedText : "white"
                    font.pixelSize: 22
                    textFormat: Text.PlainText
                    text: model.deleted ? qsTr("%1: (deleted)").arg(model.author)
                                        : model.author + ": " + model.text
                }
            }
            Text {
                anchors.centerIn: parent
                visible: chatList.count === 0
                text: panel.room && panel.room.available ? qsTr("No messages yet") : qsTr("No chat for this channel")
                color: Theme.headsetMutedText
                font.pixelSize: 22
            }
        }
    }

    // The pointer: where the controller's ray meets the panel.
    Rectangle {
        objectName: "headsetPointer"
        visible: panel.pointerOnPanel
        width: 22
        height: 22
        radius: 11
        x: panel.pointer.x * panel.width - width / 2
        y: panel.pointer.y * panel.height - height / 2
        color: Theme.headsetPointer
        border.color: Theme.headsetPointerBorder
        border.width: 4
    }
}
