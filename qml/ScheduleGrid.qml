// One day of the schedule as a grid at any size: rooms as columns, time downwards. The room
// names stay on top and the times on the left while the grid scrolls both ways; a red line marks
// the current time; Ctrl+wheel or zoomBy() changes the hour's height around the middle of the
// view. Only the sessions near the view are made (a 150-room day has 700 and more), so opening
// and scrolling cost what is on screen. Placement comes from ScheduleModel (minutes from the
// grid's first hour); this file only draws.
import QtQuick
import QtQuick.Controls
import Omnikast

Item {
    id: g
    required property EventController event
    readonly property ScheduleModel schedule: event.schedule
    // Zoom: pixels per minute (the hour's height / 60), 0.75 … 8; remembered.
    readonly property real pxPerMinute: AppSettings.scheduleZoom
    readonly property real timeColumnWidth: Math.round(56 * Theme.textScale)
    readonly property real headerHeight: Math.round(26 * Theme.textScale)
    readonly property real columnWidth: Math.max(Math.round(160 * Theme.textScale),
                                                 (width - timeColumnWidth) / Math.max(1, schedule.rooms.length))
    // For tests: the scrolling area, and how many session cells exist right now.
    readonly property Flickable flick: grid
    property int cellsMade: 0
    signal sessionActivated(int row)

    function zoomBy(factor) {
        const middle = (grid.contentY + grid.height / 2) / pxPerMinute
        AppSettings.scheduleZoom = pxPerMinute * factor  // clamped there
        grid.contentY = Math.max(0, Math.min(middle * pxPerMinute - grid.height / 2,
                                             grid.contentHeight - grid.height))
    }
    function scrollToNow() {
        const y = schedule.nowOffsetMinutes >= 0 ? schedule.nowOffsetMinutes * pxPerMinute : 0
        grid.contentY = Math.max(0, Math.min(y - grid.height / 3, grid.contentHeight - grid.height))
    }
    // Brings a cell's box into view (keyboard focus walking the grid).
    function reveal(x, y, w, h) {
        if (x < grid.contentX) grid.contentX = x
        else if (x + w > grid.contentX + grid.width) grid.contentX = Math.min(x, x + w - grid.width)
        if (y < grid.contentY) grid.contentY = y
        else if (y + h > grid.contentY + grid.height) grid.contentY = Math.min(y, y + h - grid.height)
    }
    function nowLineWindowY() {
        if (!nowLine.visible) return -1
        return nowLine.mapToItem(null, 0, nowLine.height / 2).y
    }

    // Room names, above their columns; they follow the grid sideways.
    Item {
        id: header
        x: g.timeColumnWidth
        width: g.width - x
        height: g.headerHeight
        clip: true
        Repeater {
            model: g.schedule.rooms
            delegate: Label {
                required property int index
                required property string modelData
                objectName: "scheduleRoomHeader"
                x: index * g.columnWidth - grid.contentX
                visible: x + width > 0 && x < header.width
                width: g.columnWidth - 4
                height: header.height
                verticalAlignment: Text.AlignVCenter
                text: modelData
                color: Theme.text
                font.bold: true
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    // The hours, left of the grid; they follow it up and down.
    Item {
        id: times
        y: g.headerHeight
        width: g.timeColumnWidth
        height: g.height - y
        clip: true
        Repeater {
            model: g.schedule.hourMarks
            delegate: Label {
                required property var modelData
                y: modelData.offsetMinutes * g.pxPerMinute - grid.contentY + 2
                text: modelData.label
                color: Theme.scheduleTimeText
                font.pixelSize: Theme.smallFont
            }
        }
    }

    Flickable {
        id: grid
        x: g.timeColumnWidth
        y: g.headerHeight
        width: g.width - x
        height: g.height - y
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: Math.max(width, g.schedule.rooms.length * g.columnWidth)
        contentHeight: g.schedule.gridMinutes * g.pxPerMinute + 20
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
        ScrollBar.horizontal: ScrollBar { policy: grid.contentWidth > grid.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

        Repeater {
            model: g.schedule.hourMarks
            delegate: Rectangle {
                required property var modelData
                y: modelData.offsetMinutes * g.pxPerMinute
                width: grid.contentWidth
                height: 1
                color: Theme.scheduleGridLine
            }
        }

        Repeater {
            model: g.schedule
            delegate: Item {
                id: slot
                required property int index
                required property string title
                required property string start
                required property string end
                required property string speakers
                required property string eventZoneStart
                required property string topicColor
                required property int roomIndex
                required property double offsetMinutes
                required property int durationMinutes
                required property bool starred
                required property bool cancelled
                x: Math.max(0, roomIndex) * g.columnWidth
                y: offsetMinutes * g.pxPerMinute
                width: g.columnWidth - 4
                height: Math.max(18, durationMinutes * g.pxPerMinute - 2)
                // Within a screen of the view: drawn; farther: an empty box. The box itself takes
                // the keyboard focus and speaks for the session, so Tab and screen readers reach
                // every session, drawn or not.
                readonly property bool near: x + width > grid.contentX - grid.width && x < grid.contentX + 2 * grid.width
                                             && y + height > grid.contentY - grid.height && y < grid.contentY + 2 * grid.height
                activeFocusOnTab: true
                Keys.onReturnPressed: g.sessionActivated(slot.index)
                Keys.onEnterPressed: g.sessionActivated(slot.index)
                onActiveFocusChanged: if (activeFocus) g.reveal(slot.x, slot.y, slot.width, slot.height)
                Accessible.role: Accessible.Button
                Accessible.name: slot.cancelled
                                 ? qsTr("%1, %2–%3, cancelled").arg(slot.title).arg(slot.start).arg(slot.end)
                                 : qsTr("%1, %2–%3").arg(slot.title).arg(slot.start).arg(slot.end)
                Accessible.description: qsTr("Enter shows the details")
                Accessible.onPressAction: g.sessionActivated(slot.index)
                Loader {
                    anchors.fill: parent
                    active: slot.near || slot.activeFocus
                    sourceComponent: ScheduleCell {
                        title: slot.title
                        start: slot.start
                        end: slot.end
                        speakers: slot.speakers
                        eventZoneStart: slot.eventZoneStart
                        topicColor: slot.topicColor
                        starred: slot.starred
                        cancelled: slot.cancelled
                        focused: slot.activeFocus
                        onActivated: g.sessionActivated(slot.index)
                        Component.onCompleted: g.cellsMade += 1
                        Component.onDestruction: g.cellsMade -= 1
                    }
                }
            }
        }

        // Ctrl+wheel zooms, as in a browser or a map (on the Flickable: it would scroll first).
        WheelHandler {
            target: null
            acceptedModifiers: Qt.ControlModifier
            onWheel: (event) => g.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8)
        }

        Rectangle {
            id: nowLine
            visible: g.schedule.nowOffsetMinutes >= 0
            y: g.schedule.nowOffsetMinutes * g.pxPerMinute - 1
            width: grid.contentWidth
            height: 3
            color: Theme.nowLine
            z: 10
        }
    }

}
