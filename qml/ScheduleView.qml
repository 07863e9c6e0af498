// The whole schedule for one day: rooms as columns, time downwards, a red line at the current
// time, filters and a search field on top. Sessions open their details on click or Enter.
// Placement comes from ScheduleModel (minutes from the grid's first hour); this file only draws.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: view
    objectName: "scheduleView"
    required property EventController event
    readonly property ScheduleModel schedule: event.schedule
    readonly property real pxPerMinute: 2
    readonly property real timeColumnWidth: 56
    readonly property real columnWidth: Math.max(160, (grid.width - timeColumnWidth) / Math.max(1, schedule.rooms.length))
    readonly property bool detailsVisible: details.visible
    signal closeRequested()
    color: Theme.scheduleBackground

    // The current-time line in window coordinates (tests check the pixels there); -1: hidden.
    function nowLineWindowY() {
        if (!nowLine.visible) return -1
        return nowLine.mapToItem(null, 0, nowLine.height / 2).y
    }
    function scrollToNow() {
        const y = schedule.nowOffsetMinutes >= 0 ? schedule.nowOffsetMinutes * pxPerMinute : 0
        grid.contentY = Math.max(0, Math.min(y - grid.height / 3, grid.contentHeight - grid.height))
    }
    function openDetails(row) {
        details.session = schedule.get(row)
        details.open()
    }
    onVisibleChanged: if (visible) { scrollToNow(); search.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label { text: qsTr("Schedule"); color: Theme.highContrast ? Theme.text : "white"; font.pixelSize: 18; font.bold: true }
            ComboBox {
                model: view.schedule.days
                currentIndex: view.schedule.dayIndex
                onActivated: (i) => view.schedule.dayIndex = i
                Layout.preferredWidth: 140
                Accessible.name: qsTr("Day")
                FocusRing {}
            }
            ComboBox {
                model: [qsTr("All topics")].concat(view.schedule.topics)
                onActivated: (i) => view.schedule.topicFilter = i > 0 ? view.schedule.topics[i - 1] : ""
                Layout.preferredWidth: 140
                Accessible.name: qsTr("Topic filter")
                FocusRing {}
            }
            ComboBox {
                model: [qsTr("All languages")].concat(view.schedule.languages)
                onActivated: (i) => view.schedule.languageFilter = i > 0 ? view.schedule.languages[i - 1] : ""
                Layout.preferredWidth: 130
                Accessible.name: qsTr("Language filter")
                FocusRing {}
            }
            ComboBox {
                model: [qsTr("All types")].concat(view.schedule.types)
                onActivated: (i) => view.schedule.typeFilter = i > 0 ? view.schedule.types[i - 1] : ""
                Layout.preferredWidth: 130
                Accessible.name: qsTr("Session type filter")
                FocusRing {}
            }
            TextField {
                id: search
                placeholderText: qsTr("Search title, speaker, abstract")
                onTextChanged: view.schedule.searchText = text
                Layout.fillWidth: true
                Keys.onEscapePressed: view.closeRequested()
                Accessible.name: qsTr("Search sessions")
                FocusRing {}
            }
            CheckBox {
                text: qsTr("★ only")
                palette.windowText: "white"
                checked: view.schedule.starredOnly
                onToggled: view.schedule.starredOnly = checked
                Accessible.name: qsTr("Starred sessions only")
                FocusRing {}
            }
            Button {
                objectName: "exportIcsButton"
                text: qsTr("Export .ics")
                enabled: view.event.myschedule.count > 0
                Accessible.name: qsTr("Export my starred sessions as an .ics calendar file")
                FocusRing {}
                onClicked: {
                    icsDialog.open()
                    // No dialog to show (no platform dialog and no Qt.labs.folderlistmodel for
                    // Qt's own): save where the dialog would have proposed.
                    if (!icsDialog.visible) view.event.exportIcs(view.event.icsSuggestedFile)
                }
            }
            Button { text: qsTr("Close"); Accessible.name: qsTr("Close the schedule"); onClicked: view.closeRequested(); FocusRing {} }
        }
        Label {
            objectName: "icsExportStatus"
            visible: text.length > 0
            text: view.event.icsExportStatus
            color: view.event.icsExportFailed ? Theme.statusError : Theme.statusOk
            font.pixelSize: Theme.smallFont
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        // Room names above their columns.
        Item {
            Layout.fillWidth: true
            implicitHeight: 24
            Repeater {
                model: view.schedule.rooms
                delegate: Label {
                    required property int index
                    required property string modelData
                    x: view.timeColumnWidth + index * view.columnWidth
                    width: view.columnWidth - 4
                    text: modelData
                    color: Theme.highContrast ? Theme.text : "white"
                    font.bold: true
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        Flickable {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: Math.max(width, view.timeColumnWidth + view.schedule.rooms.length * view.columnWidth)
            contentHeight: view.schedule.gridMinutes * view.pxPerMinute + 20
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}

            Repeater {
                model: view.schedule.hourMarks
                delegate: Item {
                    required property var modelData
                    y: modelData.offsetMinutes * view.pxPerMinute
                    width: grid.contentWidth
                    Rectangle { x: view.timeColumnWidth - 6; width: parent.width; height: 1; color: Theme.scheduleGridLine }
                    Label { text: modelData.label; color: Theme.scheduleTimeText; font.pixelSize: 11; y: 2 }
                }
            }

            Repeater {
                model: view.schedule
                delegate: Rectangle {
                    id: cell
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
                    x: view.timeColumnWidth + Math.max(0, roomIndex) * view.columnWidth
                    y: offsetMinutes * view.pxPerMinute
                    width: view.columnWidth - 4
                    height: Math.max(18, durationMinutes * view.pxPerMinute - 2)
                    radius: 3
                    color: activeFocus ? Theme.scheduleCellFocus
                           : (cellArea.containsMouse ? Theme.scheduleCellHover : Theme.scheduleCell)
                    border.color: Theme.highContrast ? (activeFocus ? Theme.accent : Theme.border)
                                  : topicColor.length > 0 ? topicColor : Theme.scheduleCellBorder
                    activeFocusOnTab: true
                    Keys.onReturnPressed: view.openDetails(index)
                    Keys.onEnterPressed: view.openDetails(index)
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
                            font.pixelSize: 12
                            elide: Text.ElideRight
                        }
                        Label {
                            width: parent.width
                            text: cell.start + "–" + cell.end + (cell.speakers.length > 0 ? " · " + cell.speakers : "")
                            color: Theme.scheduleCellDetail
                            font.pixelSize: 11
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        id: cellArea
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: view.openDetails(cell.index)
                    }
                    ToolTip.visible: cellArea.containsMouse
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Event time: %1").arg(cell.eventZoneStart)
                }
            }

            Rectangle {
                id: nowLine
                visible: view.schedule.nowOffsetMinutes >= 0
                x: view.timeColumnWidth - 6
                y: view.schedule.nowOffsetMinutes * view.pxPerMinute - 1
                width: grid.contentWidth - x
                height: 3
                color: Theme.nowLine
                z: 10
            }
        }
    }

    FileDialog {
        id: icsDialog
        objectName: "icsDialog"
        title: qsTr("Export my schedule")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        defaultSuffix: "ics"
        currentFolder: view.event.icsSuggestedFolder
        selectedFile: view.event.icsSuggestedFile
        onAccepted: view.event.exportIcs(selectedFile)
    }

    SessionDetails {
        id: details
        event: view.event
        anchors.centerIn: parent
    }
}
