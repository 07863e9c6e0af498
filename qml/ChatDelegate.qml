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

    function openMenu() { menu.popup(row, 12, row.height / 2) }

    Rectangle {
        anchors.fill: parent
        color: row.model.mentionsMe ? "#3b3420" : row.current && row.ListView.view.activeFocus ? "#2b2d31" : "transparent"
        border.color: row.current && row.ListView.view.activeFocus ? "#5b9cf5" : "transparent"
        border.width: 1
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
            Rectangle { Layout.fillWidth: true; height: 1; color: "#f23f43" }
            Label { text: qsTr("New messages"); color: "#f23f43"; font.pixelSize: 11 }
            Rectangle { Layout.fillWidth: true; height: 1; color: "#f23f43" }
        }

        Label {
            visible: row.model.replyToSeq > 0
            Layout.fillWidth: true
            text: "↪ " + (row.model.replyToSnippet.length > 0 ? row.model.replyToSnippet : qsTr("an earlier message"))
            color: "#949ba4"
            font.pixelSize: 11
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: row.model.author
                font.bold: true
                color: row.model.authorRole === "attendee" ? "#c9cdfb" : "#57f287"
            }
            Label {
                visible: row.model.authorRole !== "attendee"
                text: row.model.authorRole
                font.pixelSize: 10
                color: "#57f287"
            }
            Label {
                text: row.model.timestamp > 0 ? Qt.formatTime(new Date(row.model.timestamp), "HH:mm") : ""
                color: "#80848e"
                font.pixelSize: 11
            }
            Label {
                visible: row.model.edited && !row.model.deleted
                text: qsTr("(edited)")
                color: "#80848e"
                font.pixelSize: 11
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: row.model.pending || row.model.failed
                text: row.model.failed ? qsTr("not sent") : qsTr("sending…")
                color: row.model.failed ? "#f23f43" : "#80848e"
                font.pixelSize: 11
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: row.model.deleted ? Text.PlainText : Text.StyledText
            text: row.model.deleted ? qsTr("(message deleted)") : row.room.richText(row.model.text)
            font.italic: row.model.deleted
            color: row.model.deleted || row.model.pending ? "#80848e" : "#dbdee1"
            linkColor: "#00a8fc"
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
                    font.pixelSize: 12
                    padding: 2
                    Accessible.name: qsTr("%1, %n reactions", "", modelData.count).arg(modelData.emoji)
                    onClicked: row.react(modelData.emoji)
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
            onTriggered: row.room.deleteMessage(row.model.seq)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Pin as announcement (P)")
            enabled: row.model.seq > 0 && !row.model.deleted
            onTriggered: row.room.pinMessage(row.model.seq)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Time out %1 for 5 minutes").arg(row.model.author)
            onTriggered: row.room.timeoutUser(row.model.authorId, 300)
        }
        MenuItem {
            visible: row.room.canModerate; height: visible ? implicitHeight : 0
            text: qsTr("Ban %1").arg(row.model.author)
            onTriggered: row.room.banUser(row.model.authorId)
        }
    }
    // Clipboard access from QML without a C++ helper: a hidden editor copies its selection.
    TextEdit { id: copier; visible: false }
}
