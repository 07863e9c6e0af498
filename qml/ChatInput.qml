// The chat's input: the reply/edit line, the hint (slow mode, a refusal), the message field
// with @mention completion and emoji, and Send. RoomController sends; this file binds and
// forwards. Keyboard: Enter sends, Tab completes an @mention, Up from an empty field asks the
// panel to walk the messages.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: composer
    required property RoomController room
    // How many messages the list holds (Up from an empty field walks them when there are any).
    property int messageCount: 0
    property int replyToSeq: 0
    property int editingSeq: 0
    property string replyToText: ""
    readonly property alias field: input
    // A message went out (not an edit): the list follows it.
    signal sent()
    // Up in an empty field: the panel moves the focus to the last message.
    signal walkUpRequested()

    function focusInput() { input.forceActiveFocus() }
    // Esc steps back: closes a popup, then cancels a reply or an edit; false when there is
    // nothing left to close here.
    function handleEscape() {
        if (mentionPopup.opened) { mentionPopup.close(); return true }
        if (emojiPopup.opened) { emojiPopup.close(); return true }
        if (composer.replyToSeq > 0) { composer.replyToSeq = 0; return true }
        if (composer.editingSeq > 0) { composer.editingSeq = 0; input.clear(); return true }
        return false
    }
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
        composer.replyToSeq = 0
        composer.editingSeq = seq
        input.text = text
        input.forceActiveFocus()
    }
    function sendInput() {
        if (composer.editingSeq > 0) {
            if (composer.room.editMessage(composer.editingSeq, input.text)) { input.clear(); composer.editingSeq = 0 }
            return
        }
        if (composer.room.send(input.text, composer.replyToSeq)) {
            input.clear()
            composer.replyToSeq = 0
            composer.sent()
        }
    }
    // A message the server refused for good comes back: before what is typed now, if anything.
    Connections {
        target: composer.room
        function onChatReturned(text) {
            input.text = input.text.length > 0 ? text + " " + input.text : text
            input.cursorPosition = text.length
        }
    }
    function startReply(seq, author, text) {
        composer.replyToSeq = seq
        composer.replyToText = author + ": " + text
        input.forceActiveFocus()
    }

    spacing: 0

    // Replying to…
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 4
        visible: composer.replyToSeq > 0 || composer.editingSeq > 0
        Label {
            Layout.fillWidth: true
            text: composer.editingSeq > 0 ? qsTr("Editing your message (Enter saves, Esc cancels)")
                                          : qsTr("Replying to %1").arg(composer.replyToText)
            elide: Text.ElideRight
            color: Theme.mutedText
        }
        ToolButton { text: "✕"; onClicked: composer.handleEscape(); Accessible.name: qsTr("Cancel"); FocusRing {} }
    }

    Label {
        objectName: "inputHint"
        Layout.fillWidth: true
        Layout.leftMargin: 8
        visible: text.length > 0
        text: composer.room.inputHint.length > 0 ? composer.room.inputHint
              : composer.room.slowModeSeconds > 0 ? qsTr("Slow mode is on: one message every %n s", "", composer.room.slowModeSeconds) : ""
        color: composer.room.inputHint.length > 0 ? Theme.warning : Theme.mutedText
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
            enabled: composer.room.active
            placeholderText: composer.room.readOnlyReason.length > 0 ? composer.room.readOnlyReason
                             : composer.room.backend === "dreamkast" && composer.room.active ? qsTr("Message (Enter to send)")
                             : composer.room.active ? qsTr("Message as %1 (Enter to send)").arg(composer.room.userName) : qsTr("Not connected")
            maximumLength: 2000
            Accessible.name: qsTr("Chat message")
            Accessible.description: qsTr("Enter sends, Tab completes an @mention, Up walks the messages, Esc goes back to the video")
            FocusRing {}
            onAccepted: {
                if (mentionPopup.opened && mentionPopup.count > 0) composer.completeMention(mentionPopup.currentName())
                else composer.sendInput()
            }
            onTextEdited: {
                const p = composer.mentionPrefix()
                mentionPopup.offer(p === null ? [] : composer.room.completeMention(p))
            }
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Tab && mentionPopup.opened && mentionPopup.count > 0) {
                    composer.completeMention(mentionPopup.currentName())
                    event.accepted = true
                } else if (event.key === Qt.Key_Up && mentionPopup.opened) {
                    mentionPopup.previous(); event.accepted = true
                } else if (event.key === Qt.Key_Down && mentionPopup.opened) {
                    mentionPopup.next(); event.accepted = true
                } else if (event.key === Qt.Key_Up && input.text.length === 0 && composer.messageCount > 0) {
                    composer.walkUpRequested()
                    event.accepted = true
                }
            }

            MentionPopup {
                id: mentionPopup
                onChosen: (name) => composer.completeMention(name)
            }
        }
        ToolButton {
            text: "🙂"
            Accessible.name: qsTr("Insert an emoji")
            onClicked: emojiPopup.opened ? emojiPopup.close() : emojiPopup.open()
            FocusRing {}
            EmojiPicker {
                id: emojiPopup
                y: -height - 4
                x: -width + parent.width
                onPicked: (emoji) => { input.insert(input.cursorPosition, emoji); input.forceActiveFocus() }
            }
        }
        Button {
            text: qsTr("Send")
            enabled: composer.room.active && input.text.trim().length > 0
            Accessible.name: qsTr("Send the message")
            onClicked: composer.sendInput()
            FocusRing {}
        }
    }
}
