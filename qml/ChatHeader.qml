// The chat's header: the connection's state, the viewer count (opens who is here), the Dreamkast
// token button and the moderator tools toggle. It binds to RoomController and asks the panel
// to open its popups.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Pane {
    id: header
    required property RoomController room
    // The account on the event's server (Main's AccountSession); null without one.
    property AccountSession account: null
    // Whether the moderator tools are shown (the Moderate toggle).
    readonly property alias moderating: modButton.checked
    signal whoIsHereRequested()
    signal tokenRequested()
    signal signInRequested()

    padding: 6
    background: Rectangle { color: Theme.surfaceAlt }
    RowLayout {
        anchors.fill: parent
        spacing: 6
        Rectangle {
            width: 10; height: 10; radius: 5
            color: header.room.state === "connected" ? Theme.presenceConnected
                 : header.room.state === "offline" ? Theme.presenceOffline
                                                   : Theme.presenceConnecting
            Accessible.ignored: true
        }
        Label {
            id: statusLabel
            objectName: "chatStatus"
            Layout.fillWidth: true
            text: header.room.statusText
                  + (header.room.pendingCount > 0 ? " · " + qsTr("%n unsent", "", header.room.pendingCount) : "")
            elide: Text.ElideRight
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        IconButton {
            iconName: "retry"
            iconColor: Theme.text
            display: AbstractButton.TextBesideIcon
            focusPolicy: Qt.StrongFocus
            visible: header.room.state === "reconnecting" || header.room.state === "offline"
            text: qsTr("Retry now")
            Accessible.name: qsTr("Reconnect to the chat now")
            onClicked: header.room.reconnectNow()
        }
        IconButton {
            objectName: "viewerCountButton"
            iconName: "people"
            iconColor: Theme.text
            display: AbstractButton.TextBesideIcon
            focusPolicy: Qt.StrongFocus
            // Dreamkast's chat has no presence to count.
            visible: header.room.backend !== "dreamkast"
            text: qsTr("%n watching", "", header.room.viewerCount)
            onClicked: header.whoIsHereRequested()
            Accessible.name: qsTr("%n watching; show who is here", "", header.room.viewerCount)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Who is here")
            ToolTip.delay: 500
        }
        // Our server: sign in by e-mail (SignInPopup), or who is signed in.
        IconButton {
            objectName: "signInButton"
            iconName: "person"
            iconColor: Theme.text
            display: AbstractButton.TextBesideIcon
            focusPolicy: Qt.StrongFocus
            // Only where the server offers a way in (GET /auth/config): the demo's does not.
            visible: header.account !== null && header.account.state !== "unavailable"
                     && (header.account.emailAvailable || header.account.providerAvailable
                         || header.account.signedIn)
                     && header.room.backend !== "dreamkast"
            text: header.account && header.account.signedIn
                  ? (header.account.displayName.length > 0 ? header.account.displayName : header.account.email)
                  : qsTr("Sign in")
            onClicked: header.signInRequested()
            Accessible.name: header.account && header.account.signedIn
                             ? qsTr("Signed in as %1; account").arg(text) : qsTr("Sign in")
            ToolTip.visible: hovered
            ToolTip.text: header.account && header.account.signedIn ? qsTr("Account") : qsTr("Sign in")
            ToolTip.delay: 500
        }
        // Dreamkast's chat posts with the attendee's Dreamkast token (AppSettings).
        IconButton {
            objectName: "dreamkastTokenButton"
            iconColor: Theme.text
            display: AbstractButton.TextOnly
            focusPolicy: Qt.StrongFocus
            visible: header.room.backend === "dreamkast"
            text: "🔑"
            onClicked: header.tokenRequested()
            Accessible.name: qsTr("Dreamkast sign-in token")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dreamkast sign-in token")
            ToolTip.delay: 500
        }
        // Collapses the chat to the bar's Chat button (C does the same).
        IconButton {
            objectName: "hideChatButton"
            focusPolicy: Qt.StrongFocus
            iconName: "chat-hide"
            iconColor: Theme.text
            text: qsTr("Hide the chat")
            shortcut: "C"
            onClicked: AppSettings.chatVisible = false
            Accessible.description: qsTr("C hides and shows it")
        }
        IconButton {
            id: modButton
            iconColor: Theme.text
            display: AbstractButton.TextOnly
            focusPolicy: Qt.StrongFocus
            visible: header.room.canModerate
            checkable: true
            text: qsTr("Moderate")
            Accessible.name: qsTr("Moderator tools")
            Accessible.description: qsTr("Playback for everyone, slow mode, announcements")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Moderator tools")
        }
    }
}
