// The bar above the video in event mode: the channel strip, the stream picker (for a channel
// with several streams), "Watch together" (where the event has a server), the Organize button
// (admins of the event) and the schedule button.
import QtQuick
import QtQuick.Controls
import Omnikast

Item {
    id: bar
    required property EventController event
    signal scheduleToggled()
    signal findRequested()
    signal organizeRequested()
    signal partyRequested()
    // The event's server has watch parties: the "Watch together" button shows; partyName is the
    // party the window is in (empty: none).
    property bool canParty: false
    property string partyName: ""
    // The signed-in user administers the event: the Organize button shows.
    property bool canOrganize: false
    // The room has a chat and it is collapsed: a button brings it back.
    property bool chatHidden: false
    implicitHeight: strip.implicitHeight

    ChannelTabs {
        id: strip
        anchors.left: parent.left
        anchors.right: buttons.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        event: bar.event
        onFindRequested: bar.findRequested()
    }

    // The strip's colour behind the buttons too: no band between the tabs and them.
    Rectangle {
        anchors.left: strip.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        color: Theme.tabBar
    }

    Row {  // hidden buttons take no room
        id: buttons
        anchors.right: parent.right
        anchors.rightMargin: 6
        anchors.verticalCenter: parent.verticalCenter
        spacing: 6

        StreamPicker {
            id: streamPicker
            visible: bar.event.streamChoices.length > 1
            anchors.verticalCenter: parent.verticalCenter
            event: bar.event
        }

        StripButton {
            id: chatButton
            anchors.verticalCenter: parent.verticalCenter
            objectName: "showChatButton"
            visible: bar.chatHidden
            height: scheduleButton.height
            iconName: "chat"
            text: qsTr("Chat")
            Accessible.name: qsTr("Show the chat")
            ToolTip.text: qsTr("Show the chat (C)")
            onClicked: AppSettings.chatVisible = true
        }

        StripButton {
            id: partyButton
            anchors.verticalCenter: parent.verticalCenter
            objectName: "partyButton"
            visible: bar.canParty
            height: scheduleButton.height
            iconName: "watch-together"
            // In a party its name shows, highlighted: the window's chat and playback are the party's.
            text: bar.partyName.length > 0 ? bar.partyName : qsTr("Watch together")
            highlighted: bar.partyName.length > 0
            Accessible.name: bar.partyName.length > 0 ? qsTr("Watch party “%1”").arg(bar.partyName)
                                                      : qsTr("Watch together")
            ToolTip.text: bar.partyName.length > 0
                          ? qsTr("You are in the watch party “%1”: its link, or leave it").arg(bar.partyName)
                          : qsTr("Open a watch party and send its link, or join one by its link")
            onClicked: bar.partyRequested()
        }

        StripButton {
            id: organizeButton
            anchors.verticalCenter: parent.verticalCenter
            objectName: "organizeButton"
            visible: bar.canOrganize
            height: scheduleButton.height
            iconName: "organize"
            text: qsTr("Organize")
            Accessible.name: qsTr("Organize the event")
            Accessible.description: qsTr("On air, channels, sessions, announcements, bans and the audit log; Ctrl+Shift+O")
            ToolTip.text: qsTr("Organize the event (Ctrl+Shift+O)")
            onClicked: bar.organizeRequested()
        }

        StripButton {
            id: scheduleButton
            anchors.verticalCenter: parent.verticalCenter
            objectName: "scheduleButton"
            height: implicitHeight
            iconName: "schedule"
            text: qsTr("Schedule (S)")
            Accessible.name: qsTr("Schedule")
            Accessible.description: qsTr("Shows the event's sessions by day; S opens it, Esc closes it")
            onClicked: bar.scheduleToggled()
        }
    }
}
