// The Organize view (Ctrl+Shift+O, or Organize in the bar): for admins of the whole event on an
// Omnikast room server. The frame: the title, the tabs and the message line; each tab is a page
// of its own (OrganizeOnAirPage, OrganizeChannelsPage, OrganizeSessionsPage, OrganizeRoomsPage,
// OrganizeAnnouncePage, OrganizeBansPage, OrganizeAuditPage).
// OrganizeController (C++) does the work; the server checks the role on every call.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: panel
    required property OrganizeController organize
    // Closed: the window gives the keys back to the video.
    signal finished()
    onClosed: panel.finished()
    objectName: "organizePanel"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 960, Math.round(960 * Theme.textScale))
    height: Math.min(parent ? parent.height - 48 : 640, Math.round(640 * Theme.textScale))
    padding: 12
    // For tests and the shortcuts.
    readonly property Item board: onAirPage.board
    readonly property alias tab: tabs.currentIndex
    readonly property Item announcementField: announcePage.announcementField
    readonly property Item channelList: channelsPage.channelList
    readonly property Item sessionList: sessionsPage.sessionList
    readonly property Item roomList: roomsPage.roomList

    onOpened: showTab(0)
    function showTab(i) {
        tabs.currentIndex = i
        const pages = [onAirPage, channelsPage, sessionsPage, roomsPage, announcePage, bansPage, auditPage]
        pages[i].activate()
    }

    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }

    // Signed out, or no longer an admin: the view goes.
    Connections {
        target: panel.organize
        function onAvailableChanged() { if (!panel.organize.available) panel.close() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Organize the event")
                font.pixelSize: Theme.largeFont
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            BusyIndicator {
                running: panel.organize.busy
                visible: running
                Layout.preferredHeight: Math.round(24 * Theme.textScale)
                Layout.preferredWidth: Layout.preferredHeight
                Accessible.name: qsTr("Working")
            }
            Button {
                text: qsTr("Close")
                Accessible.description: qsTr("Esc")
                onClicked: panel.close()
                FocusRing {}
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            background: Rectangle { color: Theme.tabBar }
            OrganizeTab { objectName: "organizeTabOnAir"; text: qsTr("On air"); onClicked: panel.showTab(0) }
            OrganizeTab { objectName: "organizeTabChannels"; text: qsTr("Channels"); onClicked: panel.showTab(1) }
            OrganizeTab { objectName: "organizeTabSessions"; text: qsTr("Sessions"); onClicked: panel.showTab(2) }
            OrganizeTab { objectName: "organizeTabRooms"; text: qsTr("Rooms"); onClicked: panel.showTab(3) }
            OrganizeTab { objectName: "organizeTabAnnounce"; text: qsTr("Announce"); onClicked: panel.showTab(4) }
            OrganizeTab { objectName: "organizeTabBans"; text: qsTr("Bans"); onClicked: panel.showTab(5) }
            OrganizeTab { objectName: "organizeTabAudit"; text: qsTr("Audit log"); onClicked: panel.showTab(6) }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            OrganizeOnAirPage { id: onAirPage; organize: panel.organize }
            OrganizeChannelsPage { id: channelsPage; organize: panel.organize }
            OrganizeSessionsPage { id: sessionsPage; organize: panel.organize }
            OrganizeRoomsPage { id: roomsPage; organize: panel.organize }
            OrganizeAnnouncePage { id: announcePage; organize: panel.organize }
            OrganizeBansPage { id: bansPage; organize: panel.organize }
            OrganizeAuditPage { id: auditPage; organize: panel.organize }
        }

        Label {
            objectName: "organizeMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: panel.organize.message
            color: panel.organize.messageIsError ? Theme.statusError : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
