// One session in the schedule grid: title (★ when starred), times and speakers, the topic's
// colour as its border, the event's own time on hover. Click, Enter or Return opens its details.
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
    signal activated()

    radius: 3
    color: activeFocus ? Theme.scheduleCellFocus
           : (cellArea.containsMouse ? Theme.scheduleCellHover : Theme.scheduleCell)
    border.color: Theme.highContrast ? (activeFocus ? Theme.accent : Theme.border)
                  : topicColor.length > 0 ? topicColor : Theme.scheduleCellBorder
    activeFocusOnTab: true
    Keys.onReturnPressed: cell.activated()
    Keys.onEnterPressed: cell.activated()
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2–%3").arg(title).arg(start).arg(end)
    Accessible.description: qsTr("Enter shows the details")
    clip: true
    Column {
        anchors.fill: parent
        anchors.margins: 4
        Label {
            width: parent.width
            text: (cell.starred ? "★ " : "") + cell.title
            color: Theme.highContrast ? Theme.text : "white"
            font.bold: true
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
