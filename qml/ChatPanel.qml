// The room beside the video: connection state, who is watching, the pinned announcement, the
// chat and its input. RoomController (C++) owns the session and the models; this file binds and
// forwards. Keyboard: Enter sends, Esc cancels a reply or returns to the video, Tab completes an
// @mention, Up from an empty input walks the messages (R reply, Del delete, P pin, Menu actions).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Pane {
    id: panel
    required property RoomController room
    property var mediaChoices: []
    property int replyToSeq: 0
    property int editingSeq: 0
    property string replyToText: ""
    readonly property alias inputField: input
    readonly property alias messageList: list

    function focusInput() { input.forceActiveFocus() }
    function hasFocus() { return input.activeFocus || list.activeFocus }
    // Esc steps back: closes a popup, then cancels a reply; false when there is nothing left
    // to close here (the window then returns to the video).
    function handleEscape() {
        if (mentionPopup.opened) { mentionPopup.close(); return true }
        if (emojiPopup.opened) { emojiPopup.close(); return true }
        if (panel.replyToSeq > 0) { panel.replyToSeq = 0; return true }
        if (panel.editingSeq > 0) { panel.editingSeq = 0; input.clear(); return true }
        return false
    }

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

    // The @word being typed at the cursor ("" when none).
    function mentionPrefix() {
        const before = input.text.substring(0, input.cursorPosition)
        const m = before.match(/(^|\s)@([^\s@]*)$/)
        return m ? m[2] : null
    }
    function completeMention(name) {
        const before = input.text.substring(0, input.cursorPosition)
        const after = input.text.substring(input.cursorPosition)
        const start = before.lastIndexOf("@")
        input.text = before.substring(0, start) + "@" + name + " " + after
        input.cursorPosition = start + name.length + 2
        mentionPopup.close()
    }
    function startEdit(seq, text) {
        panel.replyToSeq = 0
        panel.editingSeq = seq
        input.text = text
        input.forceActiveFocus()
    }
    function sendInput() {
        if (panel.editingSeq > 0) {
            if (panel.room.editMessage(panel.editingSeq, input.text)) { input.clear(); panel.editingSeq = 0 }
            return
        }
        if (panel.room.send(input.text, panel.replyToSeq)) {
            input.clear()
            panel.replyToSeq = 0
            list.positionViewAtEnd()
            if (panel.room.chat) panel.room.chat.markRead()
        }
    }
    function startReply(seq, author, text) {
        panel.replyToSeq = seq
        panel.replyToText = author + ": " + text
        input.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: the connection's state and the viewer count.
        Pane {
            Layout.fillWidth: true
            padding: 6
            background: Rectangle { color: Theme.surfaceAlt }
            RowLayout {
                anchors.fill: parent
                spacing: 6
                Rectangle {
                    width: 10; height: 10; radius: 5
                    color: panel.room.state === "connected" ? Theme.presenceConnected
                         : panel.room.state === "offline" ? Theme.presenceOffline
                                                          : Theme.presenceConnecting
                    Accessible.ignored: true
                }
                Label {
                    id: statusLabel
                    objectName: "chatStatus"
                    Layout.fillWidth: true
                    text: panel.room.statusText
                          + (panel.room.pendingCount > 0 ? " · " + qsTr("%n unsent", "", panel.room.pendingCount) : "")
                    elide: Text.ElideRight
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ToolButton {
                    visible: panel.room.state === "reconnecting" || panel.room.state === "offline"
                    text: qsTr("Retry now")
                    Accessible.name: qsTr("Reconnect to the chat now")
                    onClicked: panel.room.reconnectNow()
                    FocusRing {}
                }
                ToolButton {
                    objectName: "viewerCountButton"
                    // Dreamkast's chat has no presence to count.
                    visible: panel.room.backend !== "dreamkast"
                    text: qsTr("%n watching", "", panel.room.viewerCount)
                    onClicked: whoPopup.opened ? whoPopup.close() : whoPopup.open()
                    Accessible.name: qsTr("%n watching; show who is here", "", panel.room.viewerCount)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Who is here")
                    ToolTip.delay: 500
                    FocusRing {}
                }
                // Dreamkast's chat posts with the attendee's Dreamkast token (AppSettings).
                ToolButton {
                    objectName: "dreamkastTokenButton"
                    visible: panel.room.backend === "dreamkast"
                    text: "🔑"
                    onClicked: tokenPopup.opened ? tokenPopup.close() : tokenPopup.open()
                    Accessible.name: qsTr("Dreamkast sign-in token")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Dreamkast sign-in token")
                    ToolTip.delay: 500
                    FocusRing {}
                }
                ToolButton {
                    id: modButton
                    visible: panel.room.canModerate
                    checkable: true
                    text: qsTr("Moderate")
                    Accessible.name: qsTr("Moderator tools")
                    Accessible.description: qsTr("Playback for everyone, slow mode, announcements")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Moderator tools")
                    FocusRing {}
                }
            }
        }

        // The pinned announcement.
        Pane {
            Layout.fillWidth: true
            visible: panel.room.pinned.length > 0
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
                    text: "📌 " + panel.room.pinned
                    wrapMode: Text.Wrap
                    color: Theme.pinnedText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Pinned announcement: %1").arg(panel.room.pinned)
                }
                ToolButton {
                    visible: panel.room.canModerate
                    text: "✕"
                    onClicked: panel.room.unpin()
                    Accessible.name: qsTr("Unpin the announcement")
                    FocusRing {}
                }
            }
        }

        ModeratorTools {
            Layout.fillWidth: true
            visible: modButton.checked && panel.room.canModerate
            room: panel.room
            mediaChoices: panel.mediaChoices
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
                else if (event.key === Qt.Key_Delete && panel.room.canModerate && m.seq > 0) { panel.room.deleteMessage(m.seq); event.accepted = true }
                else if (event.key === Qt.Key_P && panel.room.canModerate && m.seq > 0) { panel.room.pinMessage(m.seq); event.accepted = true }
                else if (event.key === Qt.Key_E && item.mine && m.seq > 0 && !m.deleted) { panel.startEdit(m.seq, m.text); event.accepted = true }
                else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_5 && m.seq > 0 && !m.deleted) {
                    item.react(["👍", "❤️", "😂", "🎉", "😮"][event.key - Qt.Key_1]); event.accepted = true
                }
                else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))) { item.openMenu(); event.accepted = true }
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) { input.forceActiveFocus(); event.accepted = true }
            }

            Label {
                anchors.centerIn: parent
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

        // Replying to…
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 4
            visible: panel.replyToSeq > 0 || panel.editingSeq > 0
            Label {
                Layout.fillWidth: true
                text: panel.editingSeq > 0 ? qsTr("Editing your message (Enter saves, Esc cancels)")
                                           : qsTr("Replying to %1").arg(panel.replyToText)
                elide: Text.ElideRight
                color: Theme.mutedText
            }
            ToolButton { text: "✕"; onClicked: panel.handleEscape(); Accessible.name: qsTr("Cancel"); FocusRing {} }
        }

        Label {
            objectName: "inputHint"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            visible: text.length > 0
            text: panel.room.inputHint.length > 0 ? panel.room.inputHint
                  : panel.room.slowModeSeconds > 0 ? qsTr("Slow mode is on: one message every %n s", "", panel.room.slowModeSeconds) : ""
            color: panel.room.inputHint.length > 0 ? Theme.warning : Theme.mutedText
            wrapMode: Text.Wrap
            font.pixelSize: Math.round(12 * Theme.textScale)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 6
            spacing: 4
            TextField {
                id: input
                objectName: "chatInput"
                Layout.fillWidth: true
                enabled: panel.room.active
                placeholderText: panel.room.readOnlyReason.length > 0 ? panel.room.readOnlyReason
                                 : panel.room.backend === "dreamkast" && panel.room.active ? qsTr("Message (Enter to send)")
                                 : panel.room.active ? qsTr("Message as %1 (Enter to send)").arg(panel.room.userName) : qsTr("Not connected")
                maximumLength: 2000
                Accessible.name: qsTr("Chat message")
                Accessible.description: qsTr("Enter sends, Tab completes an @mention, Up walks the messages, Esc goes back to the video")
                FocusRing {}
                onAccepted: {
                    if (mentionPopup.opened && mentionList.count > 0) panel.completeMention(mentionList.model[mentionList.currentIndex])
                    else panel.sendInput()
                }
                onTextEdited: {
                    const p = panel.mentionPrefix()
                    const names = p === null ? [] : panel.room.completeMention(p)
                    mentionList.model = names
                    mentionList.currentIndex = 0
                    if (names.length > 0) mentionPopup.open(); else mentionPopup.close()
                }
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Tab && mentionPopup.opened && mentionList.count > 0) {
                        panel.completeMention(mentionList.model[mentionList.currentIndex])
                        event.accepted = true
                    } else if (event.key === Qt.Key_Up && mentionPopup.opened) {
                        mentionList.decrementCurrentIndex(); event.accepted = true
                    } else if (event.key === Qt.Key_Down && mentionPopup.opened) {
                        mentionList.incrementCurrentIndex(); event.accepted = true
                    } else if (event.key === Qt.Key_Up && input.text.length === 0 && list.count > 0) {
                        list.currentIndex = list.count - 1
                        list.forceActiveFocus()
                        event.accepted = true
                    }
                }

                Popup {
                    id: mentionPopup
                    y: -height - 4
                    width: 220
                    height: Math.min(mentionList.contentHeight + 8, 180)
                    padding: 4
                    ListView {
                        id: mentionList
                        anchors.fill: parent
                        clip: true
                        delegate: ItemDelegate {
                            required property string modelData
                            required property int index
                            width: mentionList.width
                            text: "@" + modelData
                            highlighted: ListView.isCurrentItem
                            Accessible.name: text
                            onClicked: panel.completeMention(modelData)
                        }
                    }
                }
            }
            ToolButton {
                text: "🙂"
                Accessible.name: qsTr("Insert an emoji")
                onClicked: emojiPopup.opened ? emojiPopup.close() : emojiPopup.open()
                FocusRing {}
                Popup {
                    id: emojiPopup
                    y: -height - 4
                    x: -width + parent.width
                    padding: 6
                    GridLayout {
                        columns: 6
                        Repeater {
                            model: ["👍", "👏", "😂", "❤️", "🎉", "🔥", "😮", "🤔", "👀", "🙏", "💯", "✅",
                                    "😀", "😅", "😢", "😡", "🚀", "⭐", "🍣", "🍵", "🇯🇵", "🌏", "📢", "❓"]
                            ToolButton {
                                required property string modelData
                                text: modelData
                                font.pixelSize: Math.round(18 * Theme.textScale)
                                Accessible.name: qsTr("Insert %1").arg(modelData)
                                FocusRing {}
                                onClicked: { input.insert(input.cursorPosition, modelData); emojiPopup.close(); input.forceActiveFocus() }
                            }
                        }
                    }
                }
            }
            Button {
                text: qsTr("Send")
                enabled: panel.room.active && input.text.trim().length > 0
                Accessible.name: qsTr("Send the message")
                onClicked: panel.sendInput()
                FocusRing {}
            }
        }
    }

    // Who is here (members.list), paged by the server; the count is the live viewer count.
    Popup {
        id: whoPopup
        x: panel.width - width - 8
        y: 40
        width: Math.min(260, panel.width - 16)
        // From the row count, not the list's contentHeight, which itself follows the height.
        height: Math.min(320, whoList.count * Math.ceil(header.implicitHeight + whoList.spacing)
                                  + header.implicitHeight + 24)
        padding: 8
        ColumnLayout {
            anchors.fill: parent
            Label { id: header; text: qsTr("%n watching", "", panel.room.viewerCount); font.bold: true }
            ListView {
                id: whoList
                Accessible.role: Accessible.List
                Accessible.name: qsTr("People watching")
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: panel.room.presence
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

    Popup {
        id: tokenPopup
        objectName: "dreamkastTokenPopup"
        x: panel.width - width - 8
        y: 40
        width: Math.min(320, panel.width - 16)
        padding: 8
        onOpened: tokenField.forceActiveFocus()
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Paste the access token from your Dreamkast sign-in; it is kept in the settings file.")
            }
            TextField {
                id: tokenField
                Layout.fillWidth: true
                echoMode: TextInput.Password
                text: AppSettings.dreamkastToken
                Accessible.name: qsTr("Dreamkast sign-in token")
                onAccepted: { AppSettings.dreamkastToken = text; tokenPopup.close() }
            }
            RowLayout {
                Button {
                    text: qsTr("Save")
                    onClicked: { AppSettings.dreamkastToken = tokenField.text; tokenPopup.close() }
                }
                Button {
                    text: qsTr("Sign out")
                    enabled: AppSettings.dreamkastToken.length > 0
                    onClicked: { AppSettings.dreamkastToken = ""; tokenField.clear(); tokenPopup.close() }
                }
            }
        }
    }
}
