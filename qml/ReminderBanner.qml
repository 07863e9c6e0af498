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
    color: "#f0203050"
    border.color: "#7fa7ff"

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 12
        ColumnLayout {
            spacing: 2
            Label { text: "★ " + banner.event.reminderTitle; color: "white"; font.bold: true }
            Label { text: banner.event.reminderText; color: "#ccd" }
        }
        Button {
            text: qsTr("Go to channel")
            enabled: banner.event.reminderChannel >= 0
            onClicked: banner.event.goToReminder()
        }
        Button {
            text: qsTr("Dismiss")
            onClicked: banner.event.dismissReminder()
        }
    }
}
