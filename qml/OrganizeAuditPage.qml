// The Organize view's "Audit log" page: who changed what and when, newest first; one kind of
// change or all, by one person or everyone (the people seen in the entries read so far,
// AuditLogModel.actors). Enter on an entry shows only that entry's person's changes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    // Whose changes are shown (an actor's id; empty: everyone's). Kept here, not only in the box:
    // the box's list grows as more people are seen, and a new list starts at its first choice.
    property string actor
    function activate() {
        auditList.forceActiveFocus()
        page.refresh()
    }
    function refresh() {
        page.organize.refreshAudit(actionFilter.currentValue || "", page.actor)
    }
    function showActor(who) {
        page.actor = who
        actorFilter.currentIndex = Math.max(0, actorFilter.indexOfValue(who))
        page.refresh()
    }

    spacing: 6
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Newest first. ↑/↓ read the entries · Enter shows only the changes by that entry's person · Show and By pick which changes, by whom.")
    }
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
                { value: "catalog.replace,channel.add,channel.change,channel.remove,stream.add,stream.change,stream.remove,session.add,session.change,session.remove,speaker.add,speaker.change,speaker.remove,topic.add,topic.change,topic.remove", text: qsTr("Catalog changes") },
                { value: "role.grant", text: qsTr("Roles granted") },
                { value: "role.revoke", text: qsTr("Roles revoked") },
                { value: "ban.lift", text: qsTr("Bans lifted") }
            ]
            onActivated: page.refresh()
            FocusRing {}
        }
        Label { text: qsTr("By:"); color: Theme.text }
        FittedComboBox {
            id: actorFilter
            objectName: "auditActorFilter"
            focusPolicy: Qt.TabFocus
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Whose changes to show")
            model: page.organize.audit.actors
            // Someone new seen makes a new list: the person picked stays picked.
            onModelChanged: currentIndex = Math.max(0, indexOfValue(page.actor))
            onActivated: page.showActor(currentValue || "")
            FocusRing {}
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Refresh")
            onClicked: page.refresh()
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
        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Audit log")
        Accessible.description: qsTr("Enter shows only the changes by the entry's person")
        Keys.onPressed: (event) => {
            if (!auditList.activeFocus || event.isAutoRepeat) return
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                    && auditList.currentIndex >= 0) {
                page.showActor(page.organize.audit.actorId(auditList.currentIndex))
                event.accepted = true
            }
        }
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
            text: page.actor !== "" || actionFilter.currentIndex > 0 ? qsTr("No change matches.")
                                                                      : qsTr("No changes yet.")
            color: Theme.mutedText
        }
    }
}
