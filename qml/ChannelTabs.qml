// The event's channels as tabs (as Dreamkast's viewer shows tracks): name, a live badge, a star,
// the audience size where the source has one (−1: unknown, no badge), what is on now and next,
// and the state of the live connection where the event has one. At any count: a tab is never
// narrower than minTabWidth (nor than its room name's first word), the strip scrolls (wheel,
// drag, the arrow buttons) and the rooms button opens the channel finder (Ctrl+K or /).
// Picking a tab is forwarded to the EventController, which does the switching.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: tabs
    required property EventController event
    signal findRequested()
    readonly property int minTabWidth: Math.round(140 * Theme.textScale)
    readonly property int maxTabWidth: Math.round(260 * Theme.textScale)
    // Few rooms share the strip's width, as browser tabs do; many keep minTabWidth and scroll.
    readonly property real fitTabWidth: list.count > 0
                                        ? (list.width - (list.count - 1) * list.spacing) / list.count
                                        : maxTabWidth
    // For tests: the strip (a ListView; only the visible tabs exist).
    readonly property ListView strip: list
    // As tall as a tab's three lines: CJK fallback fonts and a larger text size (Ctrl+=) make
    // lines taller, and a fixed height cut the last one off.
    implicitHeight: Math.max(64, nameMetrics.height + 2 * smallMetrics.height + 36)
    color: Theme.tabBar

    FontMetrics { id: nameMetrics; font.pixelSize: Theme.normalFont; font.bold: true }
    FontMetrics { id: smallMetrics; font.pixelSize: Theme.smallFont }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        spacing: 4

        Label {
            text: tabs.event.title
            color: Theme.secondaryText
            font.bold: true
            Layout.maximumWidth: Math.min(200, tabs.width / 8)
            elide: Text.ElideRight
            Layout.alignment: Qt.AlignVCenter
        }

        StripButton {
            objectName: "tabsBack"
            visible: list.contentWidth > list.width + 1
            enabled: !list.atXBeginning
            iconName: "chevron-left"
            display: AbstractButton.IconOnly
            text: qsTr("Earlier channels")
            ToolTip.text: text
            onClicked: list.scrollBy(-list.width * 0.8)
        }

        ListView {
            id: list
            objectName: "channelStrip"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            spacing: 6
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: tabs.event.channels
            currentIndex: tabs.event.currentChannel
            highlightFollowsCurrentItem: false
            // The current tab comes into view whenever it is picked (Alt+N, Ctrl+Tab, finder), also
            // once its width settles (its text is measured after it is made); the user's own
            // scrolling (drag, wheel, arrows) stops that until the next pick.
            property bool followCurrent: true
            onCurrentIndexChanged: { followCurrent = true; Qt.callLater(keepCurrentInView) }
            onCountChanged: { followCurrent = true; Qt.callLater(keepCurrentInView) }
            onWidthChanged: Qt.callLater(keepCurrentInView)
            onMovementStarted: followCurrent = false
            Connections {
                target: list.currentItem
                function onWidthChanged() { Qt.callLater(list.keepCurrentInView) }
            }
            function keepCurrentInView() {
                if (!followCurrent) return
                if (currentIndex < 0) return
                positionViewAtIndex(currentIndex, ListView.Contain)
                // The tab's own box, as it is now (positioning used its estimated size).
                const item = currentItem
                if (!item) return
                if (item.x < contentX) contentX = item.x
                else if (item.x + item.width > contentX + width) contentX = item.x + item.width - width
            }
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Channels")

            function scrollBy(dx) {
                followCurrent = false
                contentX = Math.max(originX, Math.min(contentX + dx, originX + contentWidth - width))
            }

            delegate: ChannelTab {
                strip: tabs
                // One Tab stop for the strip (the current tab); arrows move between tabs.
                activeFocusOnTab: current
                height: ListView.view.height
                onSelected: (index) => tabs.event.selectChannel(index)
                onStarToggled: (channelId) => tabs.event.starredChannels.toggle(channelId)
                onStepRequested: (step) => {
                    const next = Math.max(0, Math.min(index + step, list.count - 1))
                    list.positionViewAtIndex(next, ListView.Contain)
                    const item = list.itemAtIndex(next)
                    if (item) item.forceActiveFocus()
                    list.followCurrent = false
                }
            }

            // A mouse wheel turns the strip sideways (a touchpad's sideways swipe flicks it).
            WheelHandler {
                acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
                onWheel: (event) => {
                    const d = event.angleDelta.x !== 0 ? event.angleDelta.x : event.angleDelta.y
                    list.scrollBy(-d / 120 * tabs.minTabWidth * 0.5)
                    event.accepted = true
                }
            }
        }

        StripButton {
            objectName: "tabsForward"
            visible: list.contentWidth > list.width + 1
            enabled: !list.atXEnd
            iconName: "chevron-right"
            display: AbstractButton.IconOnly
            text: qsTr("Later channels")
            ToolTip.text: text
            onClicked: list.scrollBy(list.width * 0.8)
        }

        StripButton {
            objectName: "findChannelButton"
            iconName: "rooms"
            text: qsTr("%n room(s)", "", tabs.event.channels.count)
            Accessible.name: qsTr("Find a room")
            Accessible.description: qsTr("Search the event's rooms by name or talk; Ctrl+K or /")
            ToolTip.text: qsTr("Find a room (Ctrl+K or /)")
            onClicked: tabs.findRequested()
        }

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
            Layout.maximumWidth: Math.min(320, tabs.width / 5)
            Layout.alignment: Qt.AlignVCenter
            ToolTip.visible: liveHover.hovered && tabs.event.liveError.length > 0
            ToolTip.text: tabs.event.liveError
            HoverHandler { id: liveHover }
        }
    }
}
