// "Your starred session starts soon": shown while the EventController has a reminder pending.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: banner
    required property EventController event
    visible: event.reminderTitle.length > 0
    implicitWidth: row.implicitWidth + 24
    implicitHeight: row.implicitHeight + 16
    radius: 6
    color: Theme.reminderBackground
    border.color: Theme.highlight
    border.width: Theme.highContrast ? 3 : 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: banner.event.reminderTitle + ". " + banner.event.reminderText
    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 12
        ColumnLayout {
            spacing: 2
            Label { text: "★ " + banner.event.reminderTitle; color: Theme.text; font.bold: true }
            Label { text: banner.event.reminderText; color: Theme.reminderText }
        }
        Button {
            text: qsTr("Go to channel")
            enabled: banner.event.reminderChannel >= 0
            Accessible.name: qsTr("Go to the session's channel")
            onClicked: banner.event.goToReminder()
            FocusRing {}
        }
        Button {
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the reminder")
            onClicked: banner.event.dismissReminder()
            FocusRing {}
        }
    }
}
