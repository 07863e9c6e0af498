// The room beside the video: connection state, who is watching, the pinned announcement, the
// chat and its input. RoomController (C++) owns the session and the models; this file binds and
// forwards, and lays out its parts (ChatHeader, PinnedBanner, ModeratorTools, the message list,
// ChatInput, WhoIsHerePopup, DreamkastTokenPopup). Keyboard: Enter sends, Esc cancels a reply or
// returns to the video, Tab completes an @mention, Up from an empty input walks the messages
// (R reply, Del delete, P pin, Menu actions).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Pane {
    id: panel
    required property RoomController room
    property AccountSession account: null
    property GuideController guide: null
    property var mediaChoices: []
    property alias replyToSeq: composer.replyToSeq
    property alias editingSeq: composer.editingSeq
    property alias replyToText: composer.replyToText
    readonly property TextField inputField: composer.field
    readonly property alias messageList: list

    function focusInput() { composer.focusInput() }
    // The sign-in box (a watch party's link asks for it).
    function openSignIn() { if (signInLoader.item && !signInLoader.item.opened) signInLoader.item.open() }
    function hasFocus() { return composer.field.activeFocus || list.activeFocus }
    // Esc steps back: closes a popup, then cancels a reply; false when there is nothing left
    // to close here (the window then returns to the video).
    function handleEscape() { return composer.handleEscape() }
    function startEdit(seq, text) { composer.startEdit(seq, text) }
    function sendInput() { composer.sendInput() }
    function startReply(seq, author, text) { composer.startReply(seq, author, text) }

    padding: 0
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.highContrast ? Theme.border : "transparent"
    }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Chat")
    // A dark panel: light text on buttons and menus (the Theme's, high contrast included).
    palette.buttonText: Theme.controlButtonText
    palette.button: Theme.controlButton
    palette.windowText: Theme.text
    palette.window: Theme.surfaceAlt
    palette.text: Theme.text
    palette.base: Theme.field
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ChatHeader {
            id: chatHeader
            Layout.fillWidth: true
            room: panel.room
            onWhoIsHereRequested: whoPopup.opened ? whoPopup.close() : whoPopup.open()
            onTokenRequested: tokenPopup.opened ? tokenPopup.close() : tokenPopup.open()
            account: panel.account
            onSignInRequested: if (signInLoader.item) signInLoader.item.opened ? signInLoader.item.close() : signInLoader.item.open()
        }

        PinnedBanner {
            Layout.fillWidth: true
            room: panel.room
        }

        ModeratorTools {
            Layout.fillWidth: true
            visible: chatHeader.moderating && panel.room.canModerate
            room: panel.room
            mediaChoices: panel.mediaChoices
            guide: panel.guide
        }

        ListView {
            id: list
            objectName: "chatList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.room.chat
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chat messages")
            Accessible.description: qsTr("Up and Down move between messages; R replies, E edits your own, 1 to 5 react, Menu for more")
            // On the view itself, not in its scrolling content.
            FocusRing { parent: list; target: list }
            ScrollBar.vertical: ScrollBar {}
            property bool stickToEnd: true
            onMovementEnded: stickToEnd = atYEnd
            onCountChanged: if (stickToEnd) Qt.callLater(list.positionViewAtEnd)
            onAtYEndChanged: if (atYEnd && panel.room.chat && Qt.application.state === Qt.ApplicationActive) panel.room.chat.markRead()
            delegate: ChatDelegate {
                width: list.width
                room: panel.room
                onReplyRequested: (seq, author, text) => panel.startReply(seq, author, text)
                onEditRequested: (seq, text) => panel.startEdit(seq, text)
            }
            // Scrolling to the top pages in older messages.
            onAtYBeginningChanged: if (atYBeginning && panel.room.chat && panel.room.chat.canLoadOlder) panel.room.chat.loadOlder(50)
            header: Item {
                width: list.width
                height: panel.room.chat && (panel.room.chat.canLoadOlder || panel.room.chat.loadingOlder) ? 28 : 0
                visible: height > 0
                Button {
                    anchors.centerIn: parent
                    flat: true
                    text: panel.room.chat && panel.room.chat.loadingOlder ? qsTr("Loading…") : qsTr("Load earlier messages")
                    enabled: panel.room.chat !== null && !panel.room.chat.loadingOlder
                    Accessible.name: text
                    onClicked: panel.room.chat.loadOlder(50)
                    FocusRing {}
                }
            }
            Keys.onPressed: (event) => {
                const item = list.currentItem
                if (!item) return
                const m = item.model
                if (event.key === Qt.Key_R && m.seq > 0) { panel.startReply(m.seq, m.author, m.text); event.accepted = true }
                else if (event.key === Qt.Key_Delete && panel.room.canModerate && m.seq > 0) { panel.room.moderation.deleteMessage(m.seq); event.accepted = true }
                else if (event.key === Qt.Key_P && panel.room.canModerate && m.seq > 0) { panel.room.moderation.pinMessage(m.seq); event.accepted = true }
                else if (event.key === Qt.Key_E && item.mine && m.seq > 0 && !m.deleted) { panel.startEdit(m.seq, m.text); event.accepted = true }
                else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_5 && m.seq > 0 && !m.deleted) {
                    item.react(["👍", "❤️", "😂", "🎉", "😮"][event.key - Qt.Key_1]); event.accepted = true
                }
                else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))) { item.openMenu(); event.accepted = true }
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) { composer.focusInput(); event.accepted = true }
            }

            Label {
                objectName: "chatEmptyText"
                anchors.centerIn: parent
                width: parent.width - 24  // wraps in a narrow panel, at large text, in Japanese
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: panel.room.active ? qsTr("No messages yet. Say hello!") : qsTr("Chat is not available here")
                color: Theme.mutedText
            }
        }

        // Jump back down when reading older messages and new ones arrive.
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: !list.atYEnd && panel.room.chat !== null && panel.room.chat.unreadCount > 0
            text: qsTr("↓ %n new messages", "", panel.room.chat ? panel.room.chat.unreadCount : 0)
            Accessible.name: text
            onClicked: { list.stickToEnd = true; list.positionViewAtEnd(); panel.room.chat.markRead() }
            FocusRing {}
        }

        ChatInput {
            id: composer
            Layout.fillWidth: true
            room: panel.room
            messageCount: list.count
            onSent: {
                list.positionViewAtEnd()
                if (panel.room.chat) panel.room.chat.markRead()
            }
            onWalkUpRequested: {
                list.currentIndex = list.count - 1
                list.forceActiveFocus()
            }
        }
    }

    WhoIsHerePopup {
        id: whoPopup
        room: panel.room
        x: panel.width - width - 8
        y: 40
        width: Math.min(260, panel.width - 16)
    }

    DreamkastTokenPopup {
        id: tokenPopup
        event: panel.room.event
        x: panel.width - width - 8
        y: 40
        width: Math.min(320, panel.width - 16)
    }

    Loader {  // only with an account to sign in to
        id: signInLoader
        active: panel.account !== null
        sourceComponent: SignInPopup {
            account: panel.account
            x: panel.width - width - 8
            y: 40
            width: Math.min(360, panel.width - 16)
        }
    }
}
