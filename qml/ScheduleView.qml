// The whole schedule for one day: filters, search, zoom and "now" on top, the grid
// (ScheduleGrid: rooms as columns, time downwards, a red line at the current time) below.
// Sessions open their details on click or Enter.
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
    readonly property bool detailsVisible: details.visible
    signal closeRequested()
    color: Theme.scheduleBackground

    // The current-time line in window coordinates (tests check the pixels there); -1: hidden.
    function nowLineWindowY() { return grid.nowLineWindowY() }
    function scrollToNow() { grid.scrollToNow() }
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
            Label { text: qsTr("Schedule"); color: Theme.text; font.pixelSize: 18; font.bold: true }
            ComboBox {
                model: view.schedule.days
                currentIndex: view.schedule.dayIndex
                onActivated: (i) => view.schedule.dayIndex = i
                Layout.preferredWidth: Math.round(140 * Theme.textScale)  // grows with the text size
                Accessible.name: qsTr("Day")
                FocusRing {}
            }
            Button {
                objectName: "scheduleNowButton"
                text: qsTr("Now")
                Accessible.name: qsTr("Jump to the current time")
                enabled: view.schedule.nowOffsetMinutes >= 0
                onClicked: grid.scrollToNow()
                FocusRing {}
            }
            Button {
                objectName: "scheduleZoomOut"
                text: "−"
                Accessible.name: qsTr("Shorter hours (zoom out); Ctrl+wheel zooms too")
                onClicked: grid.zoomBy(0.8)
                FocusRing {}
            }
            Button {
                objectName: "scheduleZoomIn"
                text: "+"
                Accessible.name: qsTr("Taller hours (zoom in); Ctrl+wheel zooms too")
                onClicked: grid.zoomBy(1.25)
                FocusRing {}
            }
            Item { Layout.fillWidth: true }
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
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            ComboBox {
                model: [qsTr("All topics")].concat(view.schedule.topics)
                onActivated: (i) => view.schedule.topicFilter = i > 0 ? view.schedule.topics[i - 1] : ""
                Layout.preferredWidth: Math.round(140 * Theme.textScale)  // grows with the text size
                Accessible.name: qsTr("Topic filter")
                FocusRing {}
            }
            ComboBox {
                model: [qsTr("All languages")].concat(view.schedule.languages)
                onActivated: (i) => view.schedule.languageFilter = i > 0 ? view.schedule.languages[i - 1] : ""
                Layout.preferredWidth: Math.round(130 * Theme.textScale)  // grows with the text size
                Accessible.name: qsTr("Language filter")
                FocusRing {}
            }
            ComboBox {
                model: [qsTr("All types")].concat(view.schedule.types)
                onActivated: (i) => view.schedule.typeFilter = i > 0 ? view.schedule.types[i - 1] : ""
                Layout.preferredWidth: Math.round(130 * Theme.textScale)  // grows with the text size
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
                palette.windowText: Theme.text
                checked: view.schedule.starredOnly
                onToggled: view.schedule.starredOnly = checked
                Accessible.name: qsTr("Starred sessions only")
                FocusRing {}
            }
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

        ScheduleGrid {
            id: grid
            objectName: "scheduleGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            event: view.event
            onSessionActivated: (row) => view.openDetails(row)
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
