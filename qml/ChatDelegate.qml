// One chat row: author, time, the text with links and mentions, reply quote, and its state
// (pending, failed, deleted). Moderators get delete/pin/timeout/ban from the context menu or
// the keyboard (the list forwards keys to the current row).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Item {
    id: row
    required property var model
    required property int index
    required property RoomController room
    readonly property bool current: ListView.isCurrentItem
    readonly property bool mine: row.model.authorId === row.room.userId && row.room.userId.length > 0
    signal replyRequested(int seq, string author, string text)
    signal editRequested(int seq, string text)
    function react(emoji) {
        const current = row.model.reactions
        let on = true
        for (let i = 0; i < current.length; ++i)
            if (current[i].emoji === emoji && current[i].mine) on = false
        row.room.react(row.model.seq, emoji, on)
    }

    implicitHeight: column.implicitHeight + 8
    height: implicitHeight
    // Screen readers read the row as one: who, when, what.
    Accessible.role: Accessible.ListItem
    Accessible.name: row.model.deleted ? qsTr("%1: message deleted").arg(row.model.author)
                                       : qsTr("%1 at %2: %3").arg(row.model.author)
                                         .arg(row.model.timestamp > 0 ? Qt.formatTime(new Date(row.model.timestamp), "HH:mm") : "")
                                         .arg(row.model.text)

    function openMenu() { menu.popup(row, 12, row.height / 2) }

    Rectangle {
        anchors.fill: parent
        color: row.model.mentionsMe ? Theme.mentionBackground
               : row.current && row.ListView.view.activeFocus ? Theme.surfaceAlt : "transparent"
        border.color: row.current && row.ListView.view.activeFocus ? Theme.focus
                      : row.model.mentionsMe && Theme.highContrast ? Theme.warning : "transparent"
        border.width: Theme.highContrast ? 2 : 1
    }

    ColumnLayout {
        id: column
        x: 8
        y: 4
        width: row.width - 16
        spacing: 2

        // The "new messages" line sits above the first unread row.
        RowLayout {
            visible: row.model.isNewMarker
            Layout.fillWidth: true
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.danger }
            Label { text: qsTr("New messages"); color: Theme.danger; font.pixelSize: Theme.smallFont }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.danger }
        }

        Label {
            visible: row.model.replyToSeq > 0
            Layout.fillWidth: true
            text: "↪ " + (row.model.replyToSnippet.length > 0 ? row.model.replyToSnippet : qsTr("an earlier message"))
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: row.model.author
                font.bold: true
                color: row.model.authorRole === "attendee" ? Theme.attendeeName : Theme.success
            }
            Label {
                visible: row.model.authorRole !== "attendee"
                text: row.model.authorRole
                font.pixelSize: Math.round(10 * Theme.textScale)
                color: Theme.success
            }
            Label {
                text: row.model.timestamp > 0 ? Qt.formatTime(new Date(row.model.timestamp), "HH:mm") : ""
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
            Label {
                visible: row.model.edited && !row.model.deleted
                text: qsTr("(edited)")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: row.model.pending || row.model.failed
                text: row.model.failed ? qsTr("not sent") : qsTr("sending…")
                color: row.model.failed ? Theme.danger : Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: row.model.deleted ? Text.PlainText : Text.StyledText
            text: row.model.deleted ? qsTr("(message deleted)") : row.room.richText(row.model.text)
            font.italic: row.model.deleted
            color: row.model.deleted || row.model.pending ? Theme.mutedText : Theme.text
            linkColor: Theme.link
            onLinkActivated: (link) => Qt.openUrlExternally(link)
            HoverHandler { cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor }
        }

        // Reactions: each a toggle for this user.
        Flow {
            Layout.fillWidth: true
            visible: row.model.reactions.length > 0
            spacing: 4
            Repeater {
                model: row.model.reactions
                delegate: Button {
                    required property var modelData
                    text: modelData.emoji + " " + modelData.count
                    flat: !modelData.mine
                    highlighted: modelData.mine
                    font.pixelSize: Math.round(12 * Theme.textScale)
                    padding: 2
                    Accessible.name: qsTr("%1, %n reactions", "", modelData.count).arg(modelData.emoji)
                    Accessible.description: modelData.mine ? qsTr("You reacted; press to take it back") : qsTr("Press to react too")
                    onClicked: row.react(modelData.emoji)
                    FocusRing {}
                }
            }
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.openMenu()
    }
    TapHandler {
        acceptedButtons: Qt.LeftButton
        onTapped: { row.ListView.view.currentIndex = row.index; row.ListView.view.forceActiveFocus() }
    }

    Menu {
        id: menu
        MenuItem {
            text: qsTr("Reply (R)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.replyRequested(row.model.seq, row.model.author, row.model.text)
        }
        MenuItem {
            visible: row.mine; height: visible ? implicitHeight : 0
            text: qsTr("Edit (E)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.editRequested(row.model.seq, row.model.text)
        }
        MenuItem {
            text: qsTr("React 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.react("👍")
        }
        MenuItem {
            text: qsTr("Copy text")
            enabled: !row.model.deleted
            onTriggered: { copier.text = row.model.text; copier.selectAll(); copier.copy() }
        }
        MenuSeparator { visible: row.room.canModerate }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Delete message (Del)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.room.moderation.deleteMessage(row.model.seq)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Pin as announcement (P)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.room.moderation.pinMessage(row.model.seq)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Time out %1…").arg(row.model.author)
            // How long: a menu of its own, reached by Enter as well as by the mouse.
            onTriggered: timeoutMenu.popup(row, Math.round(24 * Theme.textScale), row.height / 2)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Ban %1").arg(row.model.author)
            onTriggered: row.room.moderation.banUser(row.model.authorId)
        }
    }
    Menu {
        id: timeoutMenu
        objectName: "timeoutMenu"
        // Its title is what screen readers announce (a Menu is a popup: it takes no Accessible).
        title: qsTr("Time out %1").arg(row.model.author)
        MenuItem { text: qsTr("For 1 minute"); onTriggered: row.room.moderation.timeoutUser(row.model.authorId, 60) }
        MenuItem { text: qsTr("For 5 minutes"); onTriggered: row.room.moderation.timeoutUser(row.model.authorId, 300) }
        MenuItem { text: qsTr("For 15 minutes"); onTriggered: row.room.moderation.timeoutUser(row.model.authorId, 900) }
        MenuItem { text: qsTr("For 1 hour"); onTriggered: row.room.moderation.timeoutUser(row.model.authorId, 3600) }
        MenuItem { text: qsTr("For 1 day"); onTriggered: row.room.moderation.timeoutUser(row.model.authorId, 86400) }
    }
    // Clipboard access from QML without a C++ helper: a hidden editor copies its selection.
    TextEdit { id: copier; visible: false }
}
