// How one session in the schedule grid looks: title (★ when starred), times and speakers, the
// topic's colour as its border, the event's own time on hover; a click opens its details. A
// session taken off the published schedule while open is struck through and says "Cancelled". The
// keyboard focus and the accessible name are the grid's box around it (ScheduleGrid).
import QtQuick
import QtQuick.Controls
import Omnikast

Rectangle {
    id: cell
    property string title
    property string start
    property string end
    property string speakers
    property string eventZoneStart
    property string topicColor
    property bool starred
    property bool cancelled
    // The grid's box for this session has the keyboard focus (it, not the cell, takes it).
    property bool focused
    signal activated()

    radius: 3
    color: focused ? Theme.scheduleCellFocus
           : (cellArea.containsMouse ? Theme.scheduleCellHover : Theme.scheduleCell)
    border.color: Theme.highContrast ? (focused ? Theme.accent : Theme.border)
                  : topicColor.length > 0 ? topicColor : Theme.scheduleCellBorder
    Accessible.ignored: true  // the grid's box speaks for the session
    clip: true
    Column {
        anchors.fill: parent
        anchors.margins: 4
        Label {
            width: parent.width
            text: (cell.cancelled ? qsTr("Cancelled: %1") : "%1").arg((cell.starred ? "★ " : "") + cell.title)
            color: cell.cancelled ? Theme.mutedText : Theme.text
            font.bold: true
            font.strikeout: cell.cancelled
            font.pixelSize: Math.round(12 * Theme.textScale)
            elide: Text.ElideRight
            renderType: Text.NativeRendering
        }
        Label {
            width: parent.width
            text: cell.start + "–" + cell.end + (cell.speakers.length > 0 ? " · " + cell.speakers : "")
            color: Theme.scheduleCellDetail
            font.pixelSize: Math.round(11 * Theme.textScale)
            elide: Text.ElideRight
            renderType: Text.NativeRendering
        }
    }
    MouseArea {
        id: cellArea
        anchors.fill: parent
        hoverEnabled: true
        onClicked: cell.activated()
    }
    ToolTip.visible: cellArea.containsMouse
    ToolTip.delay: 600
    ToolTip.text: qsTr("Event time: %1").arg(cell.eventZoneStart)
}
