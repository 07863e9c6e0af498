// The Organize view's "Rooms" page: how each channel's chat room runs, and who moderates it.
// ↑/↓ pick a room; C closes or opens it, G makes writing signed-in only (or not), S picks the
// slow mode it starts with; below, type an e-mail address and press Enter to make that person a
// moderator of the room, Delete in the list revokes (after asking). Every viewer's input follows
// each change at once (OrganizeRooms, C++, sends it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    readonly property OrganizeRooms rooms: organize.rooms
    readonly property var channels: organize.channels.model
    readonly property alias roomList: roomList
    function activate() {
        if (roomList.currentIndex < 0 && roomList.count > 0) roomList.currentIndex = 0
        roomList.forceActiveFocus()
        page.rooms.refreshModerators(page.currentId)
    }
    // The room picked, by id: another organizer's change may move the rows under it.
    property string currentId
    readonly property Item current: roomList.currentItem

    spacing: 6
    Connections {
        target: page.channels
        function onModelReset() {
            const row = page.channels.rowOf(page.currentId)
            if (row >= 0) roomList.currentIndex = row
            else if (roomList.count > 0)
                roomList.currentIndex = Math.max(0, Math.min(roomList.currentIndex, roomList.count - 1))
        }
    }
    Connections {
        target: page.rooms
        function onGranted() { emailField.text = "" }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("↑/↓ pick a room · C close or open it · G signed-in only · S slow mode. Every viewer's chat follows at once.")
    }
    ListView {
        id: roomList
        objectName: "roomList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 3
        clip: true
        activeFocusOnTab: true
        model: page.channels
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        onCurrentIndexChanged: {
            const id = page.channels.channelId(currentIndex)
            if (id === page.currentId) return
            page.currentId = id
            if (page.visible) page.rooms.refreshModerators(id)
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Rooms")
        Keys.onPressed: (event) => {
            if (!roomList.activeFocus || event.isAutoRepeat || !page.current) return
            if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier)) return
            if (event.key === Qt.Key_C) {
                page.rooms.setClosed(page.currentId, !page.current.closed)
            } else if (event.key === Qt.Key_G) {
                page.rooms.setSignedInOnly(page.currentId, !page.current.signedInOnly)
            } else if (event.key === Qt.Key_S) {
                slowBox.forceActiveFocus()
                slowBox.popup.open()
            } else {
                return
            }
            event.accepted = true
        }
        delegate: Rectangle {
            id: row
            required property int index
            required property string channelId
            required property string name
            required property bool closed
            required property bool signedInOnly
            required property int slowModeSeconds
            required property string rulesText
            required property bool pending
            width: ListView.view.width
            implicitHeight: rowLayout.implicitHeight + 12
            color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
            border.color: ListView.isCurrentItem && roomList.activeFocus ? Theme.focus : "transparent"
            border.width: 2
            radius: 4
            opacity: row.pending ? 0.6 : 1
            Accessible.role: Accessible.ListItem
            // The name last: a "%2" in it stays as typed.
            Accessible.name: qsTr("%2: %1").arg(row.rulesText).arg(row.name)
            MouseArea {
                anchors.fill: parent
                onClicked: { roomList.currentIndex = row.index; roomList.forceActiveFocus() }
            }
            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 6
                Label {
                    text: row.closed ? "🔒" : "💬"
                    Accessible.ignored: true
                }
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    text: row.rulesText
                    color: row.closed ? Theme.warning : Theme.mutedText
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: roomList.count === 0
            text: qsTr("The event has no channels yet: add one on the Channels page.")
            color: Theme.mutedText
        }
    }
    // Wraps at large text sizes and in longer languages.
    Flow {
        Layout.fillWidth: true
        spacing: 12
        enabled: page.current !== null
        CheckBox {
            id: closedBox
            objectName: "roomClosedBox"
            text: qsTr("Closed: attendees read, only moderators write")
            // Shows what the catalog says, not the click: a refused change leaves it as it was.
            checked: page.current ? page.current.closed : false
            nextCheckState: function() { return checkState }
            onClicked: page.rooms.setClosed(page.currentId, !page.current.closed)
            Accessible.description: qsTr("C in the list")
            FocusRing {}
        }
        CheckBox {
            id: signedInBox
            objectName: "roomSignedInBox"
            text: qsTr("Only signed-in people write")
            checked: page.current ? page.current.signedInOnly : false
            nextCheckState: function() { return checkState }
            onClicked: page.rooms.setSignedInOnly(page.currentId, !page.current.signedInOnly)
            Accessible.description: qsTr("G in the list")
            FocusRing {}
        }
        Row {
            spacing: 6
            Label { text: qsTr("Slow mode"); color: Theme.text; anchors.verticalCenter: parent.verticalCenter }
            FittedComboBox {
                id: slowBox
                objectName: "roomSlowModeBox"
                model: page.rooms.slowModeChoices
                textRole: "text"
                valueRole: "seconds"
                currentIndex: page.current ? page.rooms.slowModeChoiceOf(page.current.slowModeSeconds) : 0
                onActivated: (i) => {
                    page.rooms.setSlowMode(page.currentId, page.rooms.slowModeChoices[i].seconds)
                    // Back to what the catalog says: the change shows when it comes back.
                    currentIndex = Qt.binding(() => page.current ? page.rooms.slowModeChoiceOf(page.current.slowModeSeconds) : 0)
                    roomList.forceActiveFocus()
                }
                Accessible.name: qsTr("Slow mode the room starts with")
                Accessible.description: qsTr("S in the list. A moderator may change it in the room.")
                Keys.onEscapePressed: roomList.forceActiveFocus()
                FocusRing {}
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: page.current ? qsTr("Moderators of %1").arg(page.current.name) : qsTr("Moderators")
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    RowLayout {
        Layout.fillWidth: true
        enabled: page.current !== null
        TextField {
            id: emailField
            objectName: "moderatorEmailField"
            Layout.fillWidth: true
            placeholderText: qsTr("name@example.org")
            maximumLength: 320
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("E-mail address of a new moderator")
            Accessible.description: qsTr("Enter makes them a moderator of this room")
            onAccepted: grantButton.clicked()
            Keys.onEscapePressed: roomList.forceActiveFocus()
            FocusRing {}
        }
        Button {
            id: grantButton
            objectName: "grantModeratorButton"
            text: qsTr("Make moderator")
            enabled: emailField.text.trim().length > 0
            onClicked: page.rooms.grantModerator(page.currentId, emailField.text)
            FocusRing {}
        }
    }
    ListView {
        id: moderatorList
        objectName: "moderatorList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 2
        clip: true
        activeFocusOnTab: true
        model: page.rooms.moderators
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Moderators")
        Accessible.description: qsTr("Delete takes the role back")
        Keys.onPressed: (event) => {
            if (!moderatorList.activeFocus || event.isAutoRepeat || !moderatorList.currentItem) return
            if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                const item = moderatorList.currentItem
                // A role for the whole event is not taken back here: the line below says so.
                if (item.eventWide) {
                    page.rooms.revoke(item.email, item.roleName, item.room)
                } else {
                    revokeDialog.who = item.email
                    revokeDialog.roleName = item.roleName
                    revokeDialog.roleRoom = item.room
                    revokeDialog.detail = item.detail
                    revokeDialog.open()
                }
                event.accepted = true
            }
        }
        delegate: Rectangle {
            id: holder
            required property int index
            required property string email
            required property string name
            required property string detail
            required property string roleName
            required property string room
            required property bool eventWide
            width: ListView.view.width
            implicitHeight: holderRow.implicitHeight + 10
            color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
            border.color: ListView.isCurrentItem && moderatorList.activeFocus ? Theme.focus : "transparent"
            border.width: 2
            radius: 4
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2").arg(holder.email).arg(holder.detail)
            MouseArea {
                anchors.fill: parent
                onClicked: { moderatorList.currentIndex = holder.index; moderatorList.forceActiveFocus() }
            }
            RowLayout {
                id: holderRow
                anchors.fill: parent
                anchors.margins: 5
                Label {
                    Layout.fillWidth: true
                    text: holder.name.length > 0 && holder.name !== holder.email.split("@")[0]
                          ? holder.email + " (" + holder.name + ")" : holder.email
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    text: holder.detail
                    color: holder.eventWide ? Theme.mutedText : Theme.success
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: moderatorList.count === 0
            text: qsTr("No one moderates this room yet.")
            color: Theme.mutedText
        }
    }

    Dialog {
        id: revokeDialog
        objectName: "revokeModeratorDialog"
        // What to take back, as listed when Delete was pressed (the list may be read again).
        property string who
        property string roleName
        property string roleRoom
        property string detail
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Take the role back?")
        // Fixed: the text changes with the row, and its natural width would size the dialog.
        contentWidth: Math.round(420 * Theme.textScale)
        Label {
            text: qsTr("%1: %2. From their next sign-in they chat as an attendee.").arg(revokeDialog.who).arg(revokeDialog.detail)
            wrapMode: Text.Wrap
            width: Math.round(420 * Theme.textScale)
            color: Theme.text
        }
        // Revoke has the focus: Enter or Space revokes, Tab reaches Cancel, Esc keeps it.
        footer: DialogButtonBox {
            Button {
                id: revokeButton
                objectName: "revokeModeratorConfirm"
                text: qsTr("Revoke")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
            }
        }
        onOpened: revokeButton.forceActiveFocus()
        onAccepted: page.rooms.revoke(revokeDialog.who, revokeDialog.roleName, revokeDialog.roleRoom)
        onClosed: moderatorList.forceActiveFocus()
    }
}
