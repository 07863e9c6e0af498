// The Organize view's "Sessions" page: every session of the event, found by typing part of its
// title, room, a speaker's name or day. ↑/↓ pick one, Enter or F2 edits it: title, start and
// length (in the event's time zone), channel, speakers (names, separated by commas: a name the
// event does not have yet adds a new speaker) and topic; Enter in any field saves them all;
// Ctrl+D cancels the talk (or brings it back), Delete removes it (after asking). Every viewer's
// schedule follows at once (OrganizeSessions, C++, sends it). I (or Re-import schedule…) reads
// the event's schedule again, previewed before anything changes (OrganizeImportDialog).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    readonly property OrganizeSessions sessions: organize.sessions
    readonly property alias sessionList: sessionList
    readonly property alias importDialog: importDialog
    function activate() {
        if (sessionList.currentIndex < 0 && sessionList.count > 0) sessionList.currentIndex = 0
        filterField.forceActiveFocus()
    }
    // The session picked, by id: another organizer's change may move the rows under it.
    property string currentId
    // The session the fields are being edited for, taken when a field gets the focus.
    property string editingId
    // While the organizer is in the fields (or on Save), they keep what was typed; leaving them
    // shows the picked session again. Editing begins once, for one session: what is saved is
    // only what changed since (OrganizeSessions.beginEdit).
    readonly property bool editing: titleField.activeFocus || startField.activeFocus
                                    || lengthField.activeFocus || channelBox.activeFocus
                                    || speakersField.activeFocus || topicBox.activeFocus
                                    || saveButton.activeFocus
    onEditingChanged: {
        if (editing) {
            page.editingId = page.currentId
            page.sessions.beginEdit(page.currentId)
        } else {
            page.showCurrent()
        }
    }
    function showCurrent() {
        if (page.editing) return
        const f = page.sessions.model.fields(sessionList.currentIndex)
        titleField.text = f.title || ""
        startField.text = f.start || ""
        lengthField.text = f.duration || ""
        channelBox.kept = f.channel || ""
        channelBox.currentIndex = channelBox.indexOfValue(channelBox.kept)
        speakersField.text = f.speakers || ""
        topicBox.kept = f.topic || ""
        topicBox.currentIndex = topicBox.indexOfValue(topicBox.kept)
    }
    function save() {
        page.sessions.save(page.editingId, titleField.text, startField.text, lengthField.text,
                           channelBox.currentValue || "", speakersField.text,
                           topicBox.currentValue || "")
        sessionList.forceActiveFocus()
    }
    function toggleCancelled() {
        if (!sessionList.currentItem) return
        page.sessions.setCancelled(page.currentId, !sessionList.currentItem.cancelled)
    }

    spacing: 6
    Connections {
        target: page.sessions
        function onChannelChoicesChanged() { page.showCurrent() }
        function onTopicChoicesChanged() { page.showCurrent() }
    }
    Connections {
        target: page.sessions.model
        function onDataChanged() { page.showCurrent() }
        // A new list (another filter, a changed catalog): the same session stays picked where
        // it went; when it is not in the list any more, the row at its place is.
        function onModelReset() {
            const row = page.sessions.model.rowOf(page.currentId)
            if (row >= 0) sessionList.currentIndex = row
            else if (sessionList.count > 0)
                sessionList.currentIndex = Math.max(0, Math.min(sessionList.currentIndex, sessionList.count - 1))
            page.currentId = page.sessions.model.sessionId(sessionList.currentIndex)
            page.showCurrent()
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Type to find a session · ↓ into the list · Enter or F2 edit it: title, times, channel, speakers (names, separated by commas; a new name adds a speaker), topic · Ctrl+D cancel it or bring it back · Delete remove it · I re-import the schedule. Times are in %1.").arg(page.sessions.timeZone)
    }
    TextField {
        id: filterField
        objectName: "sessionFilter"
        Layout.fillWidth: true
        placeholderText: qsTr("Find a session: title, room, speaker or day")
        Accessible.name: qsTr("Find a session")
        Accessible.description: qsTr("%1 of %2 sessions shown").arg(sessionList.count).arg(page.sessions.model.total)
        onTextChanged: page.sessions.model.filter = text
        Keys.onDownPressed: sessionList.forceActiveFocus()
        Keys.onReturnPressed: sessionList.forceActiveFocus()
        Keys.onEnterPressed: sessionList.forceActiveFocus()
        FocusRing {}
    }
    ListView {
        id: sessionList
        objectName: "sessionList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        activeFocusOnTab: true
        model: page.sessions.model
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        onCurrentIndexChanged: {
            page.currentId = page.sessions.model.sessionId(currentIndex)
            page.showCurrent()
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Sessions, in start order")
        Keys.onPressed: (event) => {
            if (!sessionList.activeFocus || event.isAutoRepeat) return
            if (event.key === Qt.Key_F2 || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                titleField.forceActiveFocus()
                titleField.selectAll()
            } else if (event.key === Qt.Key_D && (event.modifiers & Qt.ControlModifier)) {
                page.toggleCancelled()
            } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                if (!sessionList.currentItem) return
                removeDialog.sessionTitle = sessionList.currentItem.title
                removeDialog.sessionId = page.currentId
                removeDialog.open()
            } else if (event.key === Qt.Key_Up && sessionList.currentIndex === 0) {
                filterField.forceActiveFocus()
            } else if (event.key === Qt.Key_I
                       && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                importDialog.open()
            } else {
                return
            }
            event.accepted = true
        }
        delegate: Rectangle {
            id: row
            required property int index
            required property string title
            required property string channelName
            required property string when
            required property string speakers
            required property bool cancelled
            required property bool pending
            width: ListView.view.width
            implicitHeight: rowLayout.implicitHeight + 10
            color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
            border.color: ListView.isCurrentItem && sessionList.activeFocus ? Theme.focus : "transparent"
            border.width: 2
            radius: 4
            opacity: row.pending ? 0.6 : 1
            Accessible.role: Accessible.ListItem
            Accessible.name: (row.cancelled ? qsTr("Cancelled: %1").arg(row.title) : row.title)
                             + ". " + row.when + ", " + row.channelName
                             + (row.speakers.length > 0 ? ". " + row.speakers : "")
            MouseArea {
                anchors.fill: parent
                onClicked: { sessionList.currentIndex = row.index; sessionList.forceActiveFocus() }
            }
            ColumnLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 5
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    font.bold: true
                    font.strikeout: row.cancelled
                    color: row.cancelled ? Theme.mutedText : Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: (row.cancelled ? qsTr("Cancelled") + " · " : "") + row.when + " · " + row.channelName
                          + (row.speakers.length > 0 ? " · " + row.speakers : "")
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: sessionList.count === 0
            text: page.sessions.model.total === 0 ? qsTr("The event has no sessions.")
                                                  : qsTr("No session matches.")
            color: Theme.mutedText
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        enabled: sessionList.currentIndex >= 0
        Label { text: qsTr("Title"); color: Theme.text }
        TextField {
            id: titleField
            objectName: "sessionTitleField"
            Layout.fillWidth: true
            Layout.columnSpan: 3
            Accessible.name: qsTr("Title")
            Accessible.description: qsTr("Enter saves, Esc goes back to the list")
            onAccepted: page.save()
            Keys.onEscapePressed: { sessionList.forceActiveFocus(); page.showCurrent() }
            FocusRing {}
        }
        Label { text: qsTr("Starts"); color: Theme.text }
        TextField {
            id: startField
            objectName: "sessionStartField"
            Layout.preferredWidth: Math.round(170 * Theme.textScale)
            placeholderText: "2026-07-03 20:30"
            Accessible.name: qsTr("Starts, year-month-day hours:minutes, in %1").arg(page.sessions.timeZone)
            onAccepted: page.save()
            Keys.onEscapePressed: { sessionList.forceActiveFocus(); page.showCurrent() }
            FocusRing {}
        }
        Label { text: qsTr("Length"); color: Theme.text }
        TextField {
            id: lengthField
            objectName: "sessionLengthField"
            Layout.fillWidth: true
            placeholderText: "1:30"
            Accessible.name: qsTr("Length, hours:minutes")
            onAccepted: page.save()
            Keys.onEscapePressed: { sessionList.forceActiveFocus(); page.showCurrent() }
            FocusRing {}
        }
        Label { text: qsTr("Channel"); color: Theme.text }
        FittedComboBox {
            id: channelBox
            // The channel shown or chosen: a new list (another organizer added a channel) starts
            // at its first entry, and the box goes back to this one.
            property string kept
            onActivated: kept = currentValue
            onModelChanged: currentIndex = indexOfValue(kept)
            objectName: "sessionChannelBox"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            model: page.sessions.channelChoices
            textRole: "name"
            valueRole: "id"
            Accessible.name: qsTr("Channel")
            // Enter picks in the open list; on the closed box it saves.
            Keys.onReturnPressed: (event) => { if (channelBox.popup.visible) event.accepted = false; else page.save() }
            Keys.onEnterPressed: (event) => { if (channelBox.popup.visible) event.accepted = false; else page.save() }
            FocusRing {}
        }
        Label { text: qsTr("Speakers"); color: Theme.text }
        TextField {
            id: speakersField
            objectName: "sessionSpeakersField"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            placeholderText: qsTr("Names, separated by commas")
            Accessible.name: qsTr("Speakers, names separated by commas")
            Accessible.description: qsTr("A name the event does not have yet adds a new speaker. Enter saves, Esc goes back to the list")
            onAccepted: page.save()
            Keys.onEscapePressed: { sessionList.forceActiveFocus(); page.showCurrent() }
            FocusRing {}
        }
        Label { text: qsTr("Topic"); color: Theme.text }
        FittedComboBox {
            id: topicBox
            property string kept  // as channelBox's
            onActivated: kept = currentValue
            onModelChanged: currentIndex = Math.max(0, indexOfValue(kept))
            objectName: "sessionTopicBox"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            model: page.sessions.topicChoices
            textRole: "name"
            valueRole: "id"
            Accessible.name: qsTr("Topic")
            // Enter picks in the open list; on the closed box it saves.
            Keys.onReturnPressed: (event) => { if (topicBox.popup.visible) event.accepted = false; else page.save() }
            Keys.onEnterPressed: (event) => { if (topicBox.popup.visible) event.accepted = false; else page.save() }
            FocusRing {}
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            id: saveButton
            text: qsTr("Save")
            enabled: sessionList.currentIndex >= 0
            Accessible.description: qsTr("Enter in any field")
            onClicked: page.save()
            FocusRing {}
        }
        Button {
            objectName: "sessionCancelButton"
            enabled: sessionList.currentIndex >= 0
            text: sessionList.currentItem && sessionList.currentItem.cancelled ? qsTr("Bring it back")
                                                                               : qsTr("Cancel the session")
            Accessible.description: qsTr("Ctrl+D")
            onClicked: { page.toggleCancelled(); sessionList.forceActiveFocus() }
            FocusRing {}
        }
        Item { Layout.fillWidth: true }
        // The whole schedule, whatever is picked (and with no session at all).
        Button {
            objectName: "reimportButton"
            text: qsTr("Re-import schedule…")
            Accessible.description: qsTr("I in the list. Shows what would change before anything does")
            onClicked: importDialog.open()
            FocusRing {}
        }
        Button {
            text: qsTr("Remove…")
            enabled: sessionList.currentIndex >= 0
            Accessible.description: qsTr("Delete")
            onClicked: {
                if (!sessionList.currentItem) return
                removeDialog.sessionTitle = sessionList.currentItem.title
                removeDialog.sessionId = page.currentId
                removeDialog.open()
            }
            FocusRing {}
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeSessionDialog"
        property string sessionTitle
        property string sessionId
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove %1?").arg(removeDialog.sessionTitle)
        Label {
            text: qsTr("It goes from every viewer's schedule and reminders. To keep it shown struck through, cancel it instead.")
            wrapMode: Text.Wrap
            width: Math.round(420 * Theme.textScale)
            color: Theme.text
        }
        // Remove has the focus: Enter or Space removes, Tab reaches Cancel, Esc keeps it.
        footer: DialogButtonBox {
            Button {
                id: removeButton
                objectName: "removeSessionConfirm"
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
        onAccepted: page.sessions.remove(removeDialog.sessionId)
        onClosed: sessionList.forceActiveFocus()
    }

    OrganizeImportDialog {
        id: importDialog
        organize: page.organize
        onClosed: sessionList.forceActiveFocus()
    }
}
