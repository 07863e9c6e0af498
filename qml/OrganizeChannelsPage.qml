// The Organize view's "Channels" page: the event's channels in tab order. Type a name and press
// Enter to add one; ↑/↓ pick one, F2 or Enter edits its name (Enter saves it; Tab goes on to its
// streams, OrganizeStreamFields), Ctrl+↑/↓ moves it in the tab order, H hides it from attendees
// (or shows it again), Delete removes it (after asking). Every viewer sees each change at once
// (OrganizeChannels, C++, sends it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    readonly property OrganizeChannels channels: organize.channels
    readonly property alias channelList: channelList
    function activate() {
        if (channelList.currentIndex < 0 && channelList.count > 0) channelList.currentIndex = 0
        channelList.forceActiveFocus()
    }
    // The channel picked, by id: another organizer's change may move the rows under it.
    property string currentId
    // The channel a field is being edited for, taken when the field gets the focus.
    property string editingId
    // The current channel's fields, shown again when another is picked or it changed, but never
    // while the organizer is typing in them.
    function showCurrent() {
        const i = channelList.currentIndex
        const m = page.channels.model
        if (!nameField.activeFocus) nameField.text = m.name(i)
        streamFields.showCurrent()
    }
    function askRemove() {
        if (!channelList.currentItem) return
        // Sessions on it: the message line says what to do first, nothing to confirm.
        if (channelList.currentItem.sessionCount > 0) {
            page.channels.remove(page.currentId)
            return
        }
        removeDialog.channelName = channelList.currentItem.name
        removeDialog.channelId = page.currentId
        removeDialog.open()
    }

    spacing: 6
    Connections {
        target: page.channels
        function onSelectRow(row) { channelList.currentIndex = row; page.showCurrent() }
    }
    Connections {
        target: page.channels.model
        function onDataChanged() { page.showCurrent() }
        // A new list: the same channel stays picked where it went.
        function onModelReset() {
            const row = page.channels.model.rowOf(page.currentId)
            if (row >= 0) channelList.currentIndex = row
            else if (channelList.count > 0)
                channelList.currentIndex = Math.max(0, Math.min(channelList.currentIndex, channelList.count - 1))
            page.currentId = page.channels.model.channelId(channelList.currentIndex)
            page.showCurrent()
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("↑/↓ pick a channel · F2 edit it and its streams · Ctrl+↑/↓ move it in the tab order · H hide it from attendees · Delete remove it. Every viewer sees each change at once.")
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: newName
            objectName: "newChannelField"
            Layout.fillWidth: true
            placeholderText: qsTr("New channel's name")
            maximumLength: 200
            Accessible.name: qsTr("New channel's name")
            Accessible.description: qsTr("Enter adds it")
            onAccepted: addButton.clicked()
            FocusRing {}
        }
        Button {
            id: addButton
            text: qsTr("Add channel")
            enabled: newName.text.trim().length > 0
            onClicked: { page.channels.add(newName.text); newName.text = "" }
            FocusRing {}
        }
    }
    // The list and the picked channel's fields side by side where the page is wide enough for
    // both, so the list keeps its rows at large text sizes; one above the other otherwise, the
    // fields as tall as they need. The fields scroll when taller than the page, and the field
    // with the focus is scrolled into view.
    GridLayout {
        id: body
        readonly property bool sideBySide: page.width >= Math.round(720 * Theme.textScale)
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: sideBySide ? 2 : 1
        columnSpacing: 12
        rowSpacing: 6
        ListView {
            id: channelList
            objectName: "channelList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: body.sideBySide ? Math.round((body.width - body.columnSpacing) * 0.4) : -1
            Layout.minimumHeight: Math.round(96 * Theme.textScale)
            clip: true
            activeFocusOnTab: true
            model: page.channels.model
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            onCurrentIndexChanged: {
                // Another channel: its main stream first. The same one at another row (another
                // organizer's change moved it) keeps the stream shown.
                const id = page.channels.model.channelId(currentIndex)
                const another = id !== page.currentId
                page.currentId = id
                page.showCurrent()
                if (another) streamFields.pickFirst()
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Channels, in tab order")
            Keys.onPressed: (event) => {
                if (!channelList.activeFocus || event.isAutoRepeat) return
                const ctrl = event.modifiers & Qt.ControlModifier
                if (ctrl && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    page.channels.move(page.currentId, event.key === Qt.Key_Up ? -1 : 1)
                } else if (event.key === Qt.Key_F2 || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    nameField.forceActiveFocus()
                    nameField.selectAll()
                } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                    page.askRemove()
                } else if (event.key === Qt.Key_H && !event.modifiers && channelList.currentItem) {
                    page.channels.setHidden(page.currentId, !channelList.currentItem.hidden)
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
                required property string streamUrl
                required property int streamCount
                required property int sessionCount
                required property bool pending
                required property bool hidden
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 12
                color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
                border.color: ListView.isCurrentItem && channelList.activeFocus ? Theme.focus : "transparent"
                border.width: 2
                radius: 4
                opacity: row.pending ? 0.6 : 1
                readonly property string counts: qsTr("%n session(s)", "", row.sessionCount) + " · "
                                                 + qsTr("%n stream(s)", "", row.streamCount)
                Accessible.role: Accessible.ListItem
                // The name last: a "%2" in it stays as typed.
                Accessible.name: row.hidden ? qsTr("Hidden from attendees: %2, %1").arg(row.counts).arg(row.name)
                                            : qsTr("Tab %1: %3, %2").arg(row.index + 1).arg(row.counts).arg(row.name)
                MouseArea {
                    anchors.fill: parent
                    onClicked: { channelList.currentIndex = row.index; channelList.forceActiveFocus() }
                }
                ColumnLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: (row.index + 1) + "."
                            color: Theme.mutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.bold: true
                            font.italic: row.hidden
                            color: row.hidden ? Theme.mutedText : Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            visible: row.hidden
                            text: qsTr("Hidden")
                            color: Theme.warning
                        }
                        Label {
                            text: row.counts
                            color: Theme.mutedText
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.streamUrl.length > 0 ? row.streamUrl : qsTr("No stream yet")
                        color: Theme.mutedText
                        elide: Text.ElideMiddle
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: channelList.count === 0
                text: qsTr("The event has no channels yet: name one above.")
                color: Theme.mutedText
            }
        }
        ScrollView {
            id: editorScroll
            objectName: "channelEditorScroll"
            Layout.fillWidth: true
            Layout.fillHeight: body.sideBySide
            Layout.preferredWidth: body.sideBySide ? Math.round((body.width - body.columnSpacing) * 0.6) : -1
            Layout.preferredHeight: body.sideBySide ? -1 : editor.implicitHeight
            contentWidth: availableWidth
            contentHeight: editor.implicitHeight
            clip: true
            // Tab into a field below the fold: it comes into view.
            function reveal(item) {
                let inside = false
                for (let p = item; p && !inside; p = p.parent) inside = p === editor
                if (!inside) return
                const flick = editorScroll.contentItem
                const top = editor.mapFromItem(item, 0, 0).y
                const bottom = top + item.height
                if (top < flick.contentY) flick.contentY = Math.max(0, top - 4)
                else if (bottom > flick.contentY + flick.height)
                    flick.contentY = Math.min(editor.implicitHeight - flick.height, bottom - flick.height + 4)
            }
            Connections {
                target: page.Window.window
                function onActiveFocusItemChanged() { editorScroll.reveal(page.Window.activeFocusItem) }
            }
            ColumnLayout {
                id: editor
                width: editorScroll.availableWidth
                spacing: 6
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    enabled: channelList.currentIndex >= 0
                    Label { text: qsTr("Name"); color: Theme.text }
                    TextField {
                        id: nameField
                        objectName: "channelNameField"
                        Layout.fillWidth: true
                        maximumLength: 200
                        Accessible.name: qsTr("Channel name")
                        Accessible.description: qsTr("Enter saves it, Esc goes back to the list")
                        onAccepted: { page.channels.rename(page.editingId, text); channelList.forceActiveFocus() }
                        Keys.onEscapePressed: { page.showCurrent(); channelList.forceActiveFocus() }
                        onActiveFocusChanged: activeFocus ? page.editingId = page.currentId : page.showCurrent()
                        FocusRing {}
                    }
                }
                OrganizeStreamFields {
                    id: streamFields
                    Layout.fillWidth: true
                    enabled: channelList.currentIndex >= 0
                    organize: page.organize
                    channelId: page.currentId
                    list: channelList
                }
                RowLayout {
                    Layout.fillWidth: true
                    enabled: channelList.currentIndex >= 0
                    Button {
                        text: qsTr("Move earlier")
                        Accessible.description: qsTr("Ctrl+↑")
                        enabled: channelList.currentIndex > 0
                        onClicked: { page.channels.move(page.currentId, -1); channelList.forceActiveFocus() }
                        FocusRing {}
                    }
                    Button {
                        text: qsTr("Move later")
                        Accessible.description: qsTr("Ctrl+↓")
                        enabled: channelList.currentIndex >= 0 && channelList.currentIndex < channelList.count - 1
                        onClicked: { page.channels.move(page.currentId, 1); channelList.forceActiveFocus() }
                        FocusRing {}
                    }
                    CheckBox {
                        id: hiddenBox
                        objectName: "channelHiddenBox"
                        text: qsTr("Hidden from attendees")
                        // Shows what the catalog says, not the click: a refused change leaves it as it was.
                        checked: channelList.currentItem ? channelList.currentItem.hidden : false
                        nextCheckState: function() { return checkState }
                        onClicked: page.channels.setHidden(page.currentId, !checked)
                        Accessible.description: qsTr("H in the list: its tab, sessions and now/next go from attendees' windows; organizers still see it")
                        FocusRing {}
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Remove…")
                        Accessible.description: qsTr("Delete")
                        onClicked: page.askRemove()
                        FocusRing {}
                    }
                }
            }
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeChannelDialog"
        property string channelName
        property string channelId
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove %1?").arg(removeDialog.channelName)
        Label {
            text: qsTr("Its tab goes from every viewer's window. Sessions must be on another channel first.")
            wrapMode: Text.Wrap
            width: Math.round(420 * Theme.textScale)
            color: Theme.text
        }
        // Remove has the focus: Enter or Space removes, Tab reaches Cancel, Esc keeps it.
        footer: DialogButtonBox {
            Button {
                id: removeButton
                objectName: "removeChannelConfirm"
                text: qsTr("Remove")
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
        onOpened: removeButton.forceActiveFocus()
        onAccepted: page.channels.remove(removeDialog.channelId)
        onClosed: channelList.forceActiveFocus()
    }
}
