// The room beside the video, loaded while the chat is shown, resizable by its left edge (the
// width is remembered).
import QtQuick
import Omnikast

Loader {
    id: dock
    required property RoomController room
    property AccountSession account: null
    property GuideController guide: null
    required property var mediaChoices
    // The window's width: the dock takes at most half of it.
    required property real windowWidth

    width: Math.max(260, Math.min(dock.windowWidth * 0.5, AppSettings.chatWidth))
    sourceComponent: ChatPanel {
        room: dock.room
        account: dock.account
        mediaChoices: dock.mediaChoices
        guide: dock.guide
    }
    MouseArea {
        width: 6
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        cursorShape: Qt.SplitHCursor
        property real startX
        onPressed: (mouse) => startX = mouse.x
        onPositionChanged: (mouse) => AppSettings.chatWidth = Math.max(260, dock.width - (mouse.x - startX))
    }
}
