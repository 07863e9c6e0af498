// The Organize view's "Bans" page: bans and timeouts in force in every room, lifted with Delete,
// Backspace or "Lift".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    function activate() {
        banList.forceActiveFocus()
        page.organize.refreshBans()
    }

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
            onClicked: page.organize.refreshBans()
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
        model: page.organize.bans
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        // Read again after a lift: the rows are new, the focus stays on the list.
        onCountChanged: {
            if (currentIndex < 0 && count > 0) currentIndex = 0
            if (page.visible && !activeFocus && !page.organize.busy) forceActiveFocus()
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Bans and timeouts")
        Keys.onPressed: (event) => {
            if (!banList.activeFocus || event.isAutoRepeat) return
            if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                page.organize.liftBan(banList.currentIndex)
                event.accepted = true
            }
        }
        delegate: Rectangle {
            id: ban
            required property int index
            required property string room
            required property string roomName
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
            Accessible.name: qsTr("%1 in %2: %3").arg(ban.who).arg(ban.roomName).arg(ban.detail)
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
                        text: qsTr("%1 in %2").arg(ban.who).arg(ban.roomName)
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
                    Accessible.name: ban.isBan ? qsTr("Lift the ban of %1 in %2").arg(ban.who).arg(ban.roomName)
                                               : qsTr("Lift the timeout of %1 in %2").arg(ban.who).arg(ban.roomName)
                    onActiveFocusChanged: if (activeFocus) banList.currentIndex = ban.index
                    onClicked: page.organize.liftBan(ban.index)
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
