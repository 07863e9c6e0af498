// The bar above the video in event mode: the channel strip, the stream picker (for a channel
// with several streams), the Organize button (admins of the event) and the schedule button.
import QtQuick
import QtQuick.Controls
import Omnikast

Item {
    id: bar
    required property EventController event
    signal scheduleToggled()
    signal findRequested()
    signal organizeRequested()
    // The signed-in user administers the event: the Organize button shows.
    property bool canOrganize: false
    // The room has a chat and it is collapsed: a button brings it back.
    property bool chatHidden: false
    implicitHeight: strip.implicitHeight

    ChannelTabs {
        id: strip
        anchors.left: parent.left
        anchors.right: streamPicker.left
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

    StreamPicker {
        id: streamPicker
        visible: bar.event.streamChoices.length > 1
        anchors.right: chatButton.visible ? chatButton.left
                       : organizeButton.visible ? organizeButton.left : scheduleButton.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: visible ? 6 : 0
        event: bar.event
    }

    StripButton {
        id: chatButton
        objectName: "showChatButton"
        visible: bar.chatHidden
        anchors.right: organizeButton.visible ? organizeButton.left : scheduleButton.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 6
        height: scheduleButton.height
        iconName: "chat"
        text: qsTr("Chat")
        Accessible.name: qsTr("Show the chat")
        ToolTip.text: qsTr("Show the chat (C)")
        onClicked: AppSettings.chatVisible = true
    }

    StripButton {
        id: organizeButton
        objectName: "organizeButton"
        visible: bar.canOrganize
        anchors.right: scheduleButton.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 6
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
        objectName: "scheduleButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 6
        height: implicitHeight
        iconName: "schedule"
        text: qsTr("Schedule (S)")
        Accessible.name: qsTr("Schedule")
        Accessible.description: qsTr("Shows the event's sessions by day; S opens it, Esc closes it")
        onClicked: bar.scheduleToggled()
    }
}
