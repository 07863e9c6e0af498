// The channel finder (Ctrl+K or /, or the rooms button): type part of a room's name or of the
// talk on now, narrow to rooms live now or starred, pick with the arrows and Enter or a click.
// Rooms with a stream come first (ChannelFilterModel, in C++, does the filtering and order).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: finder
    required property EventController event
    // Closed, by a choice or Esc: the window gives the keys back to the video.
    signal chosen()
    onClosed: finder.chosen()
    objectName: "channelFinder"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 560, Math.round(560 * Theme.textScale))
    height: Math.min(parent ? parent.height - 48 : 520, Math.round(520 * Theme.textScale))
    padding: 10
    // For tests: the filtered list.
    readonly property ChannelFilterModel filtered: filter
    readonly property alias query: field.text

    onOpened: {
        field.text = ""
        liveBox.checked = false
        starredBox.checked = false
        list.currentIndex = 0
        field.forceActiveFocus()
    }

    function choose(row) {
        const channel = filter.channelIndex(row)
        if (channel < 0) return
        finder.event.selectChannel(channel)
        finder.close()
    }

    ChannelFilterModel {
        id: filter
        channels: finder.event.channels
        query: field.text
        liveOnly: liveBox.checked
        starredOnly: starredBox.checked
        onQueryChanged: list.currentIndex = 0
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: field
            objectName: "channelFinderField"
            Layout.fillWidth: true
            placeholderText: qsTr("Find a room or a talk")
            Accessible.name: qsTr("Find a room")
            // The highlighted room is read out while the cursor stays in the field.
            Accessible.description: (list.currentItem ? list.currentItem.Accessible.name + ". " : "")
                                    + qsTr("Up and Down choose, Enter switches to the room, Esc closes")
            Keys.onDownPressed: list.incrementCurrentIndex()
            // Ctrl+D stars the highlighted room without leaving the field.
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_D && (event.modifiers & Qt.ControlModifier) && list.currentItem) {
                    finder.event.starredChannels.toggle(list.currentItem.channelId)
                    event.accepted = true
                }
            }
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: finder.choose(list.currentIndex)
            Keys.onEnterPressed: finder.choose(list.currentIndex)
            FocusRing {}
        }

        RowLayout {
            Layout.fillWidth: true
            CheckBox { id: liveBox; objectName: "finderLiveOnly"; text: qsTr("Live now"); focusPolicy: Qt.TabFocus; FocusRing {} }
            CheckBox { id: starredBox; objectName: "finderStarredOnly"; text: qsTr("Starred"); focusPolicy: Qt.TabFocus; FocusRing {} }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "finderCount"
                text: qsTr("%1 of %2").arg(filter.count).arg(finder.event.channels.count)
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
            }
        }

        ListView {
            id: list
            objectName: "channelFinderList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filter
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Rooms")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string channelId
                required property string name
                required property string nowTitle
                required property bool live
                required property bool starred
                required property bool hasStream
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: name
                Accessible.description: (live ? qsTr("live") + ", " : "")
                                        + (hasStream ? "" : qsTr("no stream") + ", ")
                                        + (nowTitle.length > 0 ? qsTr("Now: %1").arg(nowTitle) : qsTr("Nothing on air"))
                onClicked: finder.choose(index)
                contentItem: RowLayout {
                    spacing: 8
                    ToolButton {
                        display: AbstractButton.IconOnly
                        icon.source: entry.starred ? "icons/star-filled.svg" : "icons/star.svg"
                        icon.color: entry.starred ? Theme.accent : Theme.dimText
                        icon.width: Math.round(18 * Theme.textScale)
                        icon.height: Math.round(18 * Theme.textScale)
                        background: Item {}
                        checkable: true
                        checked: entry.starred
                        focusPolicy: Qt.NoFocus
                        Accessible.name: qsTr("Star %1").arg(entry.name)
                        onClicked: finder.event.starredChannels.toggle(entry.channelId)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: entry.name
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            opacity: entry.hasStream ? 1.0 : 0.7
                        }
                        Label {
                            text: entry.nowTitle.length > 0 ? qsTr("Now: %1").arg(entry.nowTitle) : qsTr("Nothing on air")
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: entry.live
                        text: qsTr("LIVE")
                        color: Theme.liveBadge
                        font.bold: true
                    }
                    Label {
                        visible: !entry.hasStream
                        text: qsTr("no stream")
                        color: Theme.dimText
                        font.pixelSize: Theme.smallFont
                    }
                }
            }
        }

        Label {
            objectName: "finderEmpty"
            visible: filter.count === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: starredBox.checked && field.text.length === 0
                  ? qsTr("No starred rooms yet: the ☆ beside a room stars it.")
                  : qsTr("No room matches.")
            color: Theme.secondaryText
        }
    }
}
