// The video area of a channel that has no stream (frab and Pretalx exports carry none): says so
// in words and shows what it knows instead of a black picture with a seek bar: the room, what is
// on now and next there, the schedule, another room, and the event's web page where it has one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: panel
    required property EventController event
    signal scheduleRequested()
    signal findRequested()
    objectName: "noStreamPanel"
    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: title.text
    Accessible.description: body.text

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, Math.round(560 * Theme.textScale))
        spacing: 10

        Label {
            id: title
            objectName: "noStreamTitle"
            Layout.fillWidth: true
            text: qsTr("No stream for %1").arg(panel.event.currentChannelName)
            font.pixelSize: Math.round(22 * Theme.textScale)
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            id: body
            objectName: "noStreamText"
            Layout.fillWidth: true
            text: qsTr("The schedule lists this room but names no video stream for it. Schedules exported from frab or Pretalx carry none: the organisers' own page may stream it, or the event may add a stream later.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "noStreamNow"
            Layout.fillWidth: true
            Layout.topMargin: 6
            text: panel.event.nowPlaying.length > 0 ? qsTr("Now: %1").arg(panel.event.nowPlaying)
                                                    : qsTr("Nothing on air in this room now.")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "noStreamNext"
            Layout.fillWidth: true
            visible: panel.event.nextTitle.length > 0
            text: qsTr("Next %1: %2").arg(panel.event.nextStart).arg(panel.event.nextTitle)
            color: Theme.dimText
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 8
            Button {
                objectName: "noStreamSchedule"
                Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
                text: qsTr("Schedule (S)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Schedule")
                onClicked: panel.scheduleRequested()
                FocusRing {}
            }
            Button {
                objectName: "noStreamFind"
                Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
                text: qsTr("Another room (Ctrl+K)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Find a room")
                onClicked: panel.findRequested()
                FocusRing {}
            }
            Button {
                objectName: "noStreamWeb"
                Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
                visible: panel.event.webUrl.length > 0
                text: qsTr("Open the event's web page")
                focusPolicy: Qt.TabFocus
                Accessible.name: text
                Accessible.description: panel.event.webUrl
                ToolTip.visible: hovered
                ToolTip.text: panel.event.webUrl
                onClicked: Qt.openUrlExternally(panel.event.webUrl)
                FocusRing {}
            }
        }
    }
}
