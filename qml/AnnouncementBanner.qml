// The organizers' announcement (RoomController.announcement): a banner over the video for
// everyone, or only for the viewers of its channel, until dismissed. Read out by screen readers
// as an alert when it appears.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: banner
    required property RoomController room
    required property EventController event
    objectName: "announcementBanner"
    visible: room.announcement.length > 0
             && (room.announcementChannel.length === 0
                 || room.announcementChannel === event.currentChannelId)
    // The video's width less a margin: a long text wraps rather than covering the chat.
    property real maxWidth: 640
    implicitWidth: Math.min(row.implicitWidth + 24, maxWidth)
    implicitHeight: row.implicitHeight + 16
    radius: 6
    color: Theme.pinnedBackground
    border.color: Theme.highlight
    border.width: Theme.highContrast ? 3 : 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Announcement from %1: %2").arg(banner.room.announcementBy)
                                                      .arg(banner.room.announcement)
    RowLayout {
        id: row
        anchors.centerIn: parent
        width: banner.width - 24
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "announcementTitle"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("📢 Announcement from %1").arg(banner.room.announcementBy)
                color: Theme.pinnedText
                font.bold: true
            }
            Label {
                objectName: "announcementText"
                Layout.fillWidth: true
                text: banner.room.announcement
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }
        Button {
            objectName: "announcementDismiss"
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the announcement")
            onClicked: banner.room.dismissAnnouncement()
            FocusRing {}
        }
    }
}
