// One channel of the tab strip: its number (Alt+N for the first nine), name, a star, a live
// badge and viewer count, what is on now and next. Never narrower than the strip's minTabWidth,
// nor than its name's first word with the badges beside it; never wider than maxTabWidth.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: tab
    required property var strip  // ChannelTabs: minTabWidth, maxTabWidth, fitTabWidth, event
    required property int index
    required property string channelId
    required property string name
    required property string nowTitle
    required property string nextTitle
    required property string nextStart
    required property bool live
    required property bool starred
    required property bool hasStream
    required property int viewerCount
    signal selected(int index)
    signal starToggled(string channelId)
    signal stepRequested(int step)

    readonly property bool current: tab.strip.event.currentChannel === index
    readonly property string label: (tab.index < 9 ? (tab.index + 1) + "  " : "") + tab.name
    // The width the name's first word needs beside the badges: the label is never elided past it.
    readonly property real firstWordWidth: firstWord.advanceWidth + badges.implicitWidth
                                           + star.implicitWidth + 24
    objectName: "channelTab"
    width: Math.max(firstWordWidth, tab.strip.minTabWidth,
                    Math.min(tab.strip.maxTabWidth, lines.implicitWidth + 10, tab.strip.fitTabWidth))
    radius: 4
    // High contrast marks the current tab by a thick accent border, not a fill, so its
    // text stays white on black.
    color: current ? Theme.tabCurrent : (tabArea.containsMouse ? Theme.tabHover : Theme.tab)
    border.color: Theme.highContrast ? (current ? Theme.accent : Theme.border)
                  : current ? Theme.highlight : "transparent"
    border.width: Theme.highContrast && current ? 3 : 1
    // The tab's keys win over the window's (arrows turn the view, Space pauses elsewhere).
    Keys.onShortcutOverride: (event) => event.accepted = [Qt.Key_Left, Qt.Key_Right, Qt.Key_Space,
                                                          Qt.Key_Return, Qt.Key_Enter, Qt.Key_D].includes(event.key)
    // D stars the focused room (as a bookmark key).
    Keys.onPressed: (event) => { if (event.key === Qt.Key_D) { tab.starToggled(tab.channelId); event.accepted = true } }
    Keys.onReturnPressed: tab.selected(index)
    Keys.onSpacePressed: tab.selected(index)
    Keys.onLeftPressed: tab.stepRequested(-1)
    Keys.onRightPressed: tab.stepRequested(1)
    Accessible.role: Accessible.PageTab
    Accessible.name: name
    Accessible.selected: current
    Accessible.description: (tab.nowTitle.length > 0 ? qsTr("Now: %1").arg(tab.nowTitle) : qsTr("Nothing on air"))
                            + (tab.hasStream ? "" : " — " + qsTr("no stream"))
                            + (tab.starred ? " — " + qsTr("starred") : "") + ". " + qsTr("D stars or unstars it")
    FocusRing {}

    TextMetrics {
        id: firstWord
        font: nameLabel.font
        // With the ellipsis an elided label ends in: the word itself must stay whole.
        text: (tab.index < 9 ? (tab.index + 1) + "  " : "") + tab.name.trim().split(/\s+/)[0] + "…"
    }

    MouseArea {
        id: tabArea
        anchors.fill: parent
        hoverEnabled: true
        onClicked: tab.selected(tab.index)
    }

    ColumnLayout {
        id: lines
        anchors.fill: parent
        anchors.margins: 5
        spacing: 1
        RowLayout {
            spacing: 4
            Label {
                id: nameLabel
                objectName: "channelTabName"
                text: tab.label
                color: Theme.text
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                // Greyed: nothing to watch here (the schedule lists the room, no stream).
                opacity: tab.hasStream ? 1.0 : 0.7
            }
            Row {
                id: badges
                spacing: 4
                Rectangle {
                    visible: tab.live
                    radius: 3
                    color: Theme.liveBadge
                    width: liveText.implicitWidth + 8
                    height: liveText.implicitHeight + 2
                    Label { id: liveText; anchors.centerIn: parent; text: qsTr("LIVE"); color: Theme.liveText; font.pixelSize: Math.round(10 * Theme.textScale); font.bold: true }
                }
                Label {
                    visible: tab.viewerCount >= 0
                    text: "👁 " + tab.viewerCount
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallFont
                }
            }
            // The star: starred rooms are the finder's "Starred" filter (D on a focused tab).
            ToolButton {
                id: star
                objectName: "channelTabStar"
                display: AbstractButton.IconOnly
                icon.source: tab.starred ? "icons/star-filled.svg" : "icons/star.svg"
                icon.color: tab.starred ? Theme.accent : Theme.dimText
                icon.width: Math.round(14 * Theme.textScale)
                icon.height: Math.round(14 * Theme.textScale)
                background: Item {}
                checkable: true
                checked: tab.starred
                focusPolicy: Qt.NoFocus
                padding: 0
                implicitHeight: nameLabel.implicitHeight
                Accessible.name: qsTr("Star %1").arg(tab.name)
                onClicked: tab.starToggled(tab.channelId)
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
            text: tab.nextTitle.length > 0 ? qsTr("Next %1: %2").arg(tab.nextStart).arg(tab.nextTitle)
                                           : (tab.hasStream ? "" : qsTr("No stream"))
            color: Theme.dimText
            font.pixelSize: Theme.smallFont
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
