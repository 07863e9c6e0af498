// The Organize view's "Channels" page: the event's channels in tab order. Type a name and press
// Enter to add one; ↑/↓ pick one, F2 or Enter edits its name and stream address (Enter saves
// each field), Ctrl+↑/↓ moves it in the tab order, Delete removes it (after asking). Every viewer
// sees each change at once (OrganizeChannels, C++, sends it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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
        if (!urlField.activeFocus) urlField.text = m.streamUrl(i)
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
        text: qsTr("↑/↓ pick a channel · F2 edit it · Ctrl+↑/↓ move it in the tab order · Delete remove it. Every viewer sees each change at once.")
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
    ListView {
        id: channelList
        objectName: "channelList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        activeFocusOnTab: true
        model: page.channels.model
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        onCurrentIndexChanged: {
            page.currentId = page.channels.model.channelId(currentIndex)
            page.showCurrent()
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
            Accessible.name: qsTr("Tab %1: %3, %2").arg(row.index + 1).arg(row.counts).arg(row.name)
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
                        color: Theme.text
                        elide: Text.ElideRight
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
        Label { text: qsTr("Stream address"); color: Theme.text }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: urlField
                objectName: "streamUrlField"
                Layout.fillWidth: true
                placeholderText: qsTr("https://…/live.m3u8, rtmp://…, srt://…")
                Accessible.name: qsTr("Stream address")
                Accessible.description: qsTr("Enter saves it: viewers of the channel switch to it at once")
                onAccepted: { page.channels.setStreamUrl(page.editingId, text); channelList.forceActiveFocus() }
                Keys.onEscapePressed: { page.showCurrent(); channelList.forceActiveFocus() }
                // Ctrl+T tests what is typed, saved or not.
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_T && (event.modifiers & Qt.ControlModifier)) {
                        testButton.clicked()
                        event.accepted = true
                    }
                }
                onActiveFocusChanged: {
                    if (activeFocus) page.editingId = page.currentId
                    else if (!testButton.activeFocus) page.showCurrent()
                }
                FocusRing {}
            }
            Button {
                id: testButton
                objectName: "streamTestButton"
                text: page.organize.streamTest.running ? qsTr("Stop test") : qsTr("Test")
                Accessible.description: qsTr("Checks that the address plays, as omnikast check does (Ctrl+T in the address)")
                enabled: page.organize.streamTest.running || urlField.text.trim().length > 0
                onClicked: page.organize.streamTest.running ? page.organize.streamTest.cancel()
                                                            : page.organize.streamTest.start(urlField.text)
                FocusRing {}
            }
        }
        Item { width: 1; height: 1; visible: testResult.visible }
        Label {
            id: testResult
            objectName: "streamTestResult"
            Layout.fillWidth: true
            // The result of the address shown (or of the test still running).
            visible: text.length > 0 && (run.running || run.url === urlField.text.trim())
            wrapMode: Text.Wrap
            readonly property var run: page.organize.streamTest
            text: run.summary.length === 0 ? "" : (run.running ? "⏳ " : run.passed ? "✓ " : "✗ ") + run.summary
            color: run.running ? Theme.mutedText : run.passed ? Theme.statusOk : Theme.statusError
            Accessible.role: Accessible.AlertMessage
            Accessible.name: run.running ? qsTr("Testing the stream") : run.summary
        }
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
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Remove…")
            Accessible.description: qsTr("Delete")
            onClicked: page.askRemove()
            FocusRing {}
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
