// The Organize view's "Audit log" page: who changed what and when, newest first, one kind or all.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    function activate() {
        auditList.forceActiveFocus()
        page.organize.refreshAudit(actionFilter.currentValue)
    }

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
                { value: "catalog.replace,channel.add,channel.change,channel.remove,stream.add,stream.change,stream.remove,session.add,session.change,session.remove", text: qsTr("Catalog changes") },
                { value: "role.grant", text: qsTr("Roles granted") },
                { value: "role.revoke", text: qsTr("Roles revoked") },
                { value: "ban.lift", text: qsTr("Bans lifted") }
            ]
            onActivated: page.organize.refreshAudit(currentValue)
            FocusRing {}
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Refresh")
            onClicked: page.organize.refreshAudit(actionFilter.currentValue)
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
        model: page.organize.audit
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
