// Who is here (members.list), paged by the server; the count is the live viewer count.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: who
    required property RoomController room

    // From the row count, not the list's contentHeight, which itself follows the height.
    height: Math.min(320, whoList.count * Math.ceil(header.implicitHeight + whoList.spacing)
                              + header.implicitHeight + 24)
    padding: 8
    ColumnLayout {
        anchors.fill: parent
        Label { id: header; text: qsTr("%n watching", "", who.room.viewerCount); font.bold: true }
        ListView {
            id: whoList
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People watching")
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: who.room.presence
            delegate: Label {
                required property string name
                required property string role
                text: name + (role !== "attendee" ? "  · " + role : "")
                color: role !== "attendee" ? Theme.success : Theme.text
                Accessible.role: Accessible.ListItem
                Accessible.name: text
                padding: 2
            }
        }
    }
}
