// The room's pinned announcement above the chat; a moderator can unpin it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Pane {
    id: pinned
    required property RoomController room

    visible: pinned.room.pinned.length > 0
    padding: 6
    background: Rectangle {
        color: Theme.pinnedBackground
        border.color: Theme.highContrast ? Theme.warning : "transparent"
    }
    RowLayout {
        anchors.fill: parent
        Label {
            objectName: "pinnedText"
            Layout.fillWidth: true
            text: "📌 " + pinned.room.pinned
            wrapMode: Text.Wrap
            color: Theme.pinnedText
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Pinned announcement: %1").arg(pinned.room.pinned)
        }
        ToolButton {
            visible: pinned.room.canModerate
            text: "✕"
            onClicked: pinned.room.moderation.unpin()
            Accessible.name: qsTr("Unpin the announcement")
            FocusRing {}
        }
    }
}
