// The event's live channels as tabs (as Dreamkast's viewer shows tracks): name, a live badge,
// the audience size where the source has one (−1: unknown, no badge), what is on now and next,
// and the state of the live connection where the event has one. Picking a tab is
// forwarded to the EventController, which does the switching.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: tabs
    required property EventController event
    // As tall as the tallest tab's three lines: CJK fallback fonts and a larger text size
    // (Ctrl+=) make lines taller, and a fixed height cut the last one off.
    implicitHeight: Math.max(64, row.implicitHeight + 12)
    color: Theme.tabBar

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        spacing: 6

        Label {
            text: tabs.event.title
            color: Theme.secondaryText
            font.bold: true
            Layout.maximumWidth: 220
            elide: Text.ElideRight
            Layout.alignment: Qt.AlignVCenter
        }

        Repeater {
            model: tabs.event.channels
            delegate: Rectangle {
                id: tab
                required property int index
                required property string name
                required property string nowTitle
                required property string nextTitle
                required property string nextStart
                required property bool live
                required property int viewerCount
                readonly property bool current: tabs.event.currentChannel === index
                objectName: "channelTab"
                implicitHeight: lines.implicitHeight + 10
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.maximumWidth: 320
                radius: 4
                // High contrast marks the current tab by a thick accent border, not a fill, so its
                // text stays white on black.
                color: current ? Theme.tabCurrent : (tabArea.containsMouse ? Theme.tabHover : Theme.tab)
                border.color: Theme.highContrast ? (current ? Theme.accent : Theme.border)
                              : current ? Theme.highlight : "transparent"
                border.width: Theme.highContrast && current ? 3 : 1
                activeFocusOnTab: true
                Keys.onReturnPressed: tabs.event.selectChannel(index)
                Keys.onSpacePressed: tabs.event.selectChannel(index)
                Accessible.role: Accessible.PageTab
                Accessible.name: name
                Accessible.description: tab.nowTitle.length > 0 ? qsTr("Now: %1").arg(tab.nowTitle) : qsTr("Nothing on air")
                FocusRing {}

                ColumnLayout {
                    id: lines
                    anchors.fill: parent
                    anchors.margins: 5
                    spacing: 1
                    RowLayout {
                        spacing: 6
                        Label {
                            text: (tab.index < 9 ? (tab.index + 1) + "  " : "") + tab.name
                            color: Theme.highContrast ? Theme.text : "white"
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Rectangle {
                            visible: tab.live
                            radius: 3
                            color: Theme.liveBadge
                            implicitWidth: liveText.implicitWidth + 8
                            implicitHeight: liveText.implicitHeight + 2
                            Label { id: liveText; anchors.centerIn: parent; text: qsTr("LIVE"); color: Theme.highContrast ? Theme.text : "white"; font.pixelSize: Math.round(10 * Theme.textScale); font.bold: true }
                        }
                        Label {
                            visible: tab.viewerCount >= 0
                            text: "👁 " + tab.viewerCount
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                        }
                    }
                    Label {
                        text: tab.nowTitle.length > 0 ? qsTr("Now: %1").arg(tab.nowTitle) : qsTr("Nothing on air")
                        color: Theme.overlayText
                        font.pixelSize: Theme.smallFont
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: tab.nextTitle.length > 0
                        text: qsTr("Next %1: %2").arg(tab.nextStart).arg(tab.nextTitle)
                        color: Theme.dimText
                        font.pixelSize: Theme.smallFont
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                MouseArea {
                    id: tabArea
                    anchors.fill: parent
                    hoverEnabled: true
                    onClicked: tabs.event.selectChannel(tab.index)
                }
            }
        }
        Item { Layout.fillWidth: true }

        // The live connection (Dreamkast's OnAirChannel): shown only for events that have one.
        Label {
            objectName: "liveStatus"
            visible: tabs.event.liveStatus.length > 0
            text: tabs.event.liveError.length > 0
                  ? qsTr("Live: %1 — %2").arg(tabs.event.liveStatus).arg(tabs.event.liveError)
                  : qsTr("Live: %1").arg(tabs.event.liveStatus)
            color: tabs.event.liveError.length > 0 ? Theme.statusWarning : Theme.statusOk
            font.pixelSize: Theme.smallFont
            elide: Text.ElideRight
            Layout.maximumWidth: 320
            Layout.alignment: Qt.AlignVCenter
            ToolTip.visible: liveHover.hovered && tabs.event.liveError.length > 0
            ToolTip.text: tabs.event.liveError
            HoverHandler { id: liveHover }
        }
    }
}
