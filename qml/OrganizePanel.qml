// The Organize view (Ctrl+Shift+O, or Organize in the bar): for admins of the whole event on an
// Omnikast room server. On air: one row per channel, ↑/↓ to pick, N or Enter puts its next
// session on air, Delete takes it off air, or pick any session and press "Put on air". Announce:
// a banner to every viewer or one channel's. Bans: bans and timeouts in force, lifted with
// Delete or a click. Audit log: who changed what, when. OrganizeController
// (C++) does the work; the server checks the role on every call.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: panel
    required property OrganizeController organize
    // Closed: the window gives the keys back to the video.
    signal finished()
    onClosed: panel.finished()
    objectName: "organizePanel"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 960, Math.round(960 * Theme.textScale))
    height: Math.min(parent ? parent.height - 48 : 640, Math.round(640 * Theme.textScale))
    padding: 12
    // For tests and the shortcuts.
    readonly property alias board: board
    readonly property alias tab: tabs.currentIndex
    readonly property alias announcementField: announcementText

    onOpened: {
        tabs.currentIndex = 0
        if (board.currentIndex < 0 && board.count > 0) board.currentIndex = 0
        board.forceActiveFocus()
    }
    function showTab(i) {
        tabs.currentIndex = i
        if (i === 0) board.forceActiveFocus()
        else if (i === 1) announcementText.forceActiveFocus()
        else if (i === 2) { banList.forceActiveFocus(); panel.organize.refreshBans() }
        else { auditList.forceActiveFocus(); panel.organize.refreshAudit(actionFilter.currentValue) }
    }

    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }

    // Signed out, or no longer an admin: the view goes.
    Connections {
        target: panel.organize
        function onAvailableChanged() { if (!panel.organize.available) panel.close() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Organize the event")
                font.pixelSize: Theme.largeFont
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            BusyIndicator {
                running: panel.organize.busy
                visible: running
                Layout.preferredHeight: Math.round(24 * Theme.textScale)
                Layout.preferredWidth: Layout.preferredHeight
                Accessible.name: qsTr("Working")
            }
            Button {
                text: qsTr("Close")
                Accessible.description: qsTr("Esc")
                onClicked: panel.close()
                FocusRing {}
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            background: Rectangle { color: Theme.tabBar }
            OrganizeTab { objectName: "organizeTabOnAir"; text: qsTr("On air"); onClicked: panel.showTab(0) }
            OrganizeTab { objectName: "organizeTabAnnounce"; text: qsTr("Announce"); onClicked: panel.showTab(1) }
            OrganizeTab { objectName: "organizeTabBans"; text: qsTr("Bans"); onClicked: panel.showTab(2) }
            OrganizeTab { objectName: "organizeTabAudit"; text: qsTr("Audit log"); onClicked: panel.showTab(3) }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            // On air
            ColumnLayout {
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("↑/↓ pick a channel · N or Enter: its next session on air · Delete: nothing on air. Every viewer of the channel follows at once.")
                }
                ListView {
                    id: board
                    objectName: "onAirBoard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    focus: true
                    activeFocusOnTab: true
                    model: panel.organize.onAir
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    // A new catalog resets the rows: keep a row picked.
                    onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Channels and what is on air")
                    // Only the list's own keys: a row's box or button that leaves a key unused must
                    // not switch the list's current row. A held key switches once.
                    Keys.onPressed: (event) => {
                        if (!board.activeFocus || event.isAutoRepeat) return
                        const onAirKey = event.key === Qt.Key_N || event.key === Qt.Key_Return
                                         || event.key === Qt.Key_Enter
                        const offAirKey = event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace
                        if (!onAirKey && !offAirKey) return
                        event.accepted = true
                        if (board.currentItem && board.currentItem.pending) return
                        if (onAirKey) panel.organize.putNextOnAir(board.currentIndex)
                        else panel.organize.takeOffAir(board.currentIndex)
                    }
                    delegate: Rectangle {
                        id: row
                        required property int index
                        required property string name
                        required property string onAirSession
                        required property string onAirTitle
                        required property string nextSession
                        required property string nextTitle
                        required property var sessionIds
                        required property var sessionLabels
                        required property bool pending
                        width: ListView.view.width
                        implicitHeight: rowLayout.implicitHeight + 12
                        color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
                        border.color: ListView.isCurrentItem && board.activeFocus ? Theme.focus : "transparent"
                        border.width: 2
                        radius: 4
                        Accessible.role: Accessible.ListItem
                        Accessible.name: row.onAirSession.length > 0
                            ? (row.nextTitle.length > 0
                               ? qsTr("%1: on air: %2. Next: %3").arg(row.name).arg(row.onAirTitle).arg(row.nextTitle)
                               : qsTr("%1: on air: %2").arg(row.name).arg(row.onAirTitle))
                            : (row.nextTitle.length > 0
                               ? qsTr("%1: nothing on air. Next: %2").arg(row.name).arg(row.nextTitle)
                               : qsTr("%1: nothing on air").arg(row.name))
                        // A row's box or button taking the focus makes it the list's current row.
                        function follow(focused) { if (focused) board.currentIndex = row.index }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: { board.currentIndex = row.index; board.forceActiveFocus() }
                        }
                        RowLayout {
                            id: rowLayout
                            anchors.fill: parent
                            anchors.margins: 6
                            spacing: 8
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: row.name
                                    font.bold: true
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Label {
                                    objectName: "onAirLine"
                                    Layout.fillWidth: true
                                    text: row.pending ? qsTr("Switching…")
                                          : row.onAirSession.length > 0 ? "● " + qsTr("On air: %1").arg(row.onAirTitle)
                                          : qsTr("Nothing on air")
                                    color: row.onAirSession.length > 0 ? Theme.text : Theme.mutedText
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: row.nextTitle.length > 0
                                    text: qsTr("Next: %1").arg(row.nextTitle)
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                }
                            }
                            FittedComboBox {
                                id: pick
                                Layout.maximumWidth: Math.round(280 * Theme.textScale)
                                Layout.preferredWidth: Layout.maximumWidth
                                focusPolicy: Qt.TabFocus
                                model: row.sessionLabels
                                enabled: row.sessionIds.length > 0
                                currentIndex: Math.max(0, row.sessionIds.indexOf(row.nextSession))
                                onActiveFocusChanged: row.follow(activeFocus)
                                Accessible.name: qsTr("Session to put on air on %1").arg(row.name)
                                FocusRing {}
                            }
                            Button {
                                text: qsTr("Put on air")
                                enabled: row.sessionIds.length > 0 && !row.pending
                                opacity: enabled ? 1 : 0.4
                                Accessible.name: qsTr("Put the chosen session on air on %1").arg(row.name)
                                onActiveFocusChanged: row.follow(activeFocus)
                                onClicked: panel.organize.putOnAir(row.index, row.sessionIds[pick.currentIndex])
                                FocusRing {}
                            }
                            Button {
                                text: qsTr("Off air")
                                enabled: row.onAirSession.length > 0 && !row.pending
                                opacity: enabled ? 1 : 0.4  // the style's disabled text reads the same
                                Accessible.name: qsTr("Nothing on air on %1").arg(row.name)
                                onActiveFocusChanged: row.follow(activeFocus)
                                onClicked: panel.organize.takeOffAir(row.index)
                                FocusRing {}
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: board.count === 0
                        text: qsTr("This event has no channels.")
                        color: Theme.mutedText
                    }
                }
            }

            // Announce
            ColumnLayout {
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("Shown as a banner over the video to every viewer, or only to one channel's viewers, until they dismiss it.")
                }
                RowLayout {
                    Label { text: qsTr("To:"); color: Theme.text }
                    FittedComboBox {
                        id: announceTo
                        objectName: "announceTo"
                        focusPolicy: Qt.TabFocus
                        Accessible.name: qsTr("Who sees the announcement")
                        model: panel.organize.announcementTargets
                        textRole: "name"
                        valueRole: "id"
                        // Kept by channel id: a new catalog must not turn "one channel" into "all".
                        property string chosen: ""
                        onActivated: chosen = currentValue
                        onModelChanged: currentIndex = Math.max(0, indexOfValue(chosen))
                        FocusRing {}
                    }
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    TextArea {
                        id: announcementText
                        objectName: "announcementField"
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("What everyone should know now")
                        Accessible.name: qsTr("Announcement text")
                        Accessible.description: qsTr("Ctrl+Enter sends it")
                        Keys.onPressed: (event) => {
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                    && (event.modifiers & Qt.ControlModifier)) {
                                if (announceButton.enabled) announceButton.clicked()
                                event.accepted = true
                            }
                        }
                    }
                }
                RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 of %2 characters").arg(announcementText.text.trim().length)
                                                            .arg(panel.organize.maxAnnouncementChars)
                        color: announcementText.text.trim().length > panel.organize.maxAnnouncementChars
                               ? Theme.statusError : Theme.mutedText
                    }
                    Button {
                        id: announceButton
                        text: qsTr("Send (Ctrl+Enter)")
                        enabled: !panel.organize.busy
                        onClicked: panel.organize.announce(announcementText.text, announceTo.currentValue)
                        FocusRing {}
                    }
                }
                Connections {
                    target: panel.organize
                    function onAnnounced() { announcementText.text = "" }
                }
            }

            // Bans
            ColumnLayout {
                spacing: 6
                RowLayout {
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        text: qsTr("Bans and timeouts in force in every room. ↑/↓ pick one, Delete or Backspace lifts it: the person may chat again at once.")
                    }
                    Button {
                        text: qsTr("Refresh")
                        onClicked: panel.organize.refreshBans()
                        FocusRing {}
                    }
                }
                ListView {
                    id: banList
                    objectName: "banList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    activeFocusOnTab: true
                    model: panel.organize.bans
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    // Read again after a lift: the rows are new, the focus stays on the list.
                    onCountChanged: {
                        if (currentIndex < 0 && count > 0) currentIndex = 0
                        if (panel.tab === 2 && !activeFocus && !panel.organize.busy) forceActiveFocus()
                    }
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Bans and timeouts")
                    Keys.onPressed: (event) => {
                        if (!banList.activeFocus || event.isAutoRepeat) return
                        if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                            panel.organize.liftBan(banList.currentIndex)
                            event.accepted = true
                        }
                    }
                    delegate: Rectangle {
                        id: ban
                        required property int index
                        required property string room
                        required property string who
                        required property string kind
                        required property string since
                        required property string by
                        required property string reason
                        required property string detail
                        required property bool isBan
                        required property bool pending
                        width: ListView.view.width
                        implicitHeight: banRow.implicitHeight + 12
                        color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
                        border.color: ListView.isCurrentItem && banList.activeFocus ? Theme.focus : "transparent"
                        border.width: 2
                        radius: 4
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("%1 in %2: %3").arg(ban.who).arg(ban.room).arg(ban.detail)
                        MouseArea {
                            anchors.fill: parent
                            onClicked: { banList.currentIndex = ban.index; banList.forceActiveFocus() }
                        }
                        RowLayout {
                            id: banRow
                            anchors.fill: parent
                            anchors.margins: 6
                            spacing: 8
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 in %2").arg(ban.who).arg(ban.room)
                                    font.bold: true
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: ban.detail
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: ban.reason.length > 0
                                    text: qsTr("Why: %1").arg(ban.reason)
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                }
                            }
                            Button {
                                text: qsTr("Lift")
                                enabled: !ban.pending
                                opacity: enabled ? 1 : 0.4
                                Accessible.name: ban.isBan ? qsTr("Lift the ban of %1 in %2").arg(ban.who).arg(ban.room)
                                                           : qsTr("Lift the timeout of %1 in %2").arg(ban.who).arg(ban.room)
                                onActiveFocusChanged: if (activeFocus) banList.currentIndex = ban.index
                                onClicked: panel.organize.liftBan(ban.index)
                                FocusRing {}
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: banList.count === 0
                        text: qsTr("Nobody is banned or timed out.")
                        color: Theme.mutedText
                    }
                }
            }

            // Audit log
            ColumnLayout {
                spacing: 6
                RowLayout {
                    Label { text: qsTr("Show:"); color: Theme.text }
                    FittedComboBox {
                        id: actionFilter
                        objectName: "auditFilter"
                        focusPolicy: Qt.TabFocus
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Which changes to show")
                        model: [
                            { value: "", text: qsTr("All changes") },
                            { value: "onair.switch", text: qsTr("On-air switches") },
                            { value: "announcement.post", text: qsTr("Announcements") },
                            { value: "catalog.replace", text: qsTr("Catalog changes") },
                            { value: "role.grant", text: qsTr("Roles granted") },
                            { value: "role.revoke", text: qsTr("Roles revoked") },
                            { value: "ban.lift", text: qsTr("Bans lifted") }
                        ]
                        onActivated: panel.organize.refreshAudit(currentValue)
                        FocusRing {}
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Refresh")
                        onClicked: panel.organize.refreshAudit(actionFilter.currentValue)
                        FocusRing {}
                    }
                }
                ListView {
                    id: auditList
                    objectName: "auditList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    activeFocusOnTab: true
                    model: panel.organize.audit
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Audit log")
                    delegate: Rectangle {
                        id: entry
                        required property string when
                        required property string actor
                        required property string actionLabel
                        required property string target
                        required property string detail
                        width: ListView.view.width
                        implicitHeight: entryColumn.implicitHeight + 8
                        color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("%1: %2, %3, %4").arg(entry.when).arg(entry.actor)
                                                               .arg(entry.actionLabel).arg(entry.target)
                        ColumnLayout {
                            id: entryColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: 6
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1  ·  %2  ·  %3  →  %4").arg(entry.when).arg(entry.actor)
                                                                      .arg(entry.actionLabel).arg(entry.target)
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: entry.detail.length > 0
                                text: entry.detail
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallFont
                                elide: Text.ElideRight
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: auditList.count === 0
                        text: qsTr("No changes yet.")
                        color: Theme.mutedText
                    }
                }
            }
        }

        Label {
            objectName: "organizeMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: panel.organize.message
            color: panel.organize.messageIsError ? Theme.statusError : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
