// The bar above the video in event mode: the channel strip, the stream picker (for a channel
// with several streams) and the schedule button.
import QtQuick
import QtQuick.Controls
import Omnikast

Item {
    id: bar
    required property EventController event
    signal scheduleToggled()
    signal findRequested()
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
        anchors.right: chatButton.visible ? chatButton.left : scheduleButton.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: visible ? 6 : 0
        event: bar.event
    }

    StripButton {
        id: chatButton
        objectName: "showChatButton"
        visible: bar.chatHidden
        anchors.right: scheduleButton.left
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
