// The Organize view's "On air" page: one row per channel, with what is on air and what is next.
// ↑/↓ pick a channel, N or Enter puts its next session on air, Delete or Backspace takes it off
// air; or choose a session in the row's box and press "Put on air".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    function activate() {
        if (board.currentIndex < 0 && board.count > 0) board.currentIndex = 0
        board.forceActiveFocus()
    }
    readonly property alias board: board

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
        model: page.organize.onAir
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
            if (onAirKey) page.organize.putNextOnAir(board.currentIndex)
            else page.organize.takeOffAir(board.currentIndex)
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
                    onClicked: page.organize.putOnAir(row.index, row.sessionIds[pick.currentIndex])
                    FocusRing {}
                }
                Button {
                    text: qsTr("Off air")
                    enabled: row.onAirSession.length > 0 && !row.pending
                    opacity: enabled ? 1 : 0.4  // the style's disabled text reads the same
                    Accessible.name: qsTr("Nothing on air on %1").arg(row.name)
                    onActiveFocusChanged: row.follow(activeFocus)
                    onClicked: page.organize.takeOffAir(row.index)
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
