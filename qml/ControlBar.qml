// Transport and view controls, all reachable with Tab (each shows a focus ring). They take focus
// from Tab only, not from a click, so the arrow keys keep turning the view after a click. As in
// VLC and mpv, the seek bar spans the width on a row of its own, with the times beside it, so
// long labels in the buttons' row (Spanish, a larger text size) never squeeze it. A file shows its
// position and length; a live stream a LIVE pill and "go to live edge" instead of a seek bar it
// cannot use; a still picture, or a channel with nothing to play, no transport at all.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Omnikast

Rectangle {
    id: bar
    required property PlayerController player
    // False while there is nothing to play (a channel without a stream): no transport shown.
    property bool hasMedia: true
    readonly property bool transport: hasMedia && !player.still
    // The on-screen controller fades out while a video plays untouched for 3 s (mpv's and VLC's
    // habit) and comes back on a mouse move (wake()), under the mouse, or while one of its
    // controls has the keyboard focus. It stays while paused, and for stills and empty rooms.
    readonly property bool canFade: transport && !player.paused && !player.loading
    property bool idle: false
    readonly property bool focusInside: {
        for (let item = bar.Window.activeFocusItem; item; item = item.parent)
            if (item === bar) return true
        return false
    }
    function wake() {
        idle = false
        idleTimer.restart()
    }
    // Playing again (after a pause, a channel's loading) starts the 3 s anew.
    onCanFadeChanged: if (canFade) wake()
    // One of its menus is open (their popups live in the window's overlay, not in the bar).
    readonly property bool menuOpen: projectionBox.popup.visible || stereoBox.popup.visible
                                     || languageMenu.popup.visible || lookMenu.menuOpen
    objectName: "controlBar"
    opacity: idle && canFade && !barHover.hovered && !focusInside && !menuOpen ? 0 : 1
    Behavior on opacity { NumberAnimation { duration: 250 } }
    Timer { id: idleTimer; interval: 3000; running: bar.canFade; onTriggered: bar.idle = true }
    HoverHandler { id: barHover }
    // The event opened last time ("" for none, or while an event is open): offered to reopen.
    property string lastEvent: ""
    // The window's VR mode (null: no VR button).
    property VrController vr: null
    signal fullScreenRequested()
    // Play/pause and seeks go through the window, which knows whether the room drives playback.
    signal togglePauseRequested()
    signal seekRequested(real seconds)
    signal liveEdgeRequested()
    signal reopenLastEventRequested()

    color: Theme.overlay
    // Its controls sit on the translucent bar, not on a panel.
    palette.button: Theme.button
    palette.buttonText: Theme.overlayText
    palette.windowText: Theme.overlayText
    border.color: Theme.highContrast ? Theme.border : "transparent"
    implicitHeight: rows.implicitHeight + 12

    ColumnLayout {
        id: rows
        anchors.fill: parent
        anchors.margins: 6
        spacing: 2

        RowLayout {
            objectName: "transportRow"
            Layout.fillWidth: true
            visible: bar.transport
            spacing: 8
            Rectangle {
                objectName: "livePill"
                visible: bar.player.live
                radius: 3
                color: Theme.liveBadge
                implicitWidth: livePillText.implicitWidth + 12
                implicitHeight: livePillText.implicitHeight + 4
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Live stream")
                Label { id: livePillText; anchors.centerIn: parent; text: qsTr("LIVE"); font.bold: true; color: Theme.liveText }
            }
            IconButton {
                objectName: "liveEdgeButton"
                visible: bar.player.live
                iconName: "live-edge"
                display: AbstractButton.TextBesideIcon
                text: qsTr("Go to live edge")
                Accessible.description: qsTr("Jumps to what is being streamed now")
                onClicked: bar.liveEdgeRequested()
            }
            Item { visible: bar.player.live; Layout.fillWidth: true }
            // A live stream (no duration) shows no times and no seek bar.
            Label {
                objectName: "elapsedTime"
                visible: bar.player.duration > 0 && !bar.player.live
                text: bar.player.clockText(bar.player.position)
                color: Theme.overlayText
            }
            Slider {
                id: seekBar
                objectName: "seekSlider"
                visible: !bar.player.live
                focusPolicy: Qt.TabFocus
                Layout.fillWidth: true
                enabled: bar.player.seekable && bar.player.duration > 0
                from: 0
                to: Math.max(bar.player.duration, 0.001)
                stepSize: 10
                value: pressed ? value : bar.player.position
                Accessible.name: qsTr("Position")
                Accessible.description: qsTr("Shift+Left and Shift+Right seek 10 seconds")
                onMoved: bar.seekRequested(value)
                FocusRing {}
            }
            Label {
                objectName: "totalTime"
                visible: bar.player.duration > 0 && !bar.player.live
                text: bar.player.clockText(bar.player.duration)
                color: Theme.overlayText
            }
        }

        RowLayout {
            id: row
            Layout.fillWidth: true
            spacing: 8

            IconButton {
                objectName: "playButton"
                visible: bar.transport
                iconName: bar.player.paused ? "play" : "pause"
                text: bar.player.paused ? qsTr("Play") : qsTr("Pause")
                shortcut: qsTr("Space")
                onClicked: bar.togglePauseRequested()
            }
            VolumeControl {
                visible: bar.hasMedia
                player: bar.player
            }
            // Spare width goes here; short of it, the combo boxes give way first.
            Item { Layout.fillWidth: true }
            FittedComboBox {
                id: projectionBox
                objectName: "projectionBox"
                focusPolicy: Qt.TabFocus
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(64 * Theme.textScale)
                Accessible.name: qsTr("Projection")
                Accessible.description: qsTr("How the picture is mapped onto the sphere")
                // Words for people; the player takes the value.
                readonly property var choices: [
                    { value: "auto", text: qsTr("Auto", "projection: as the file says") },
                    { value: "equirect", text: qsTr("360°", "projection: equirectangular") },
                    { value: "equirect180", text: qsTr("180°", "projection: half equirectangular") },
                    { value: "cubemap", text: qsTr("Cubemap") },
                    { value: "eac", text: qsTr("EAC", "projection: equi-angular cubemap") },
                    { value: "flat", text: qsTr("Flat", "projection: an ordinary video") }
                ]
                model: choices
                textRole: "text"
                // Closed, "Auto" alone would read the same in both boxes: say which.
                displayText: currentIndex === 0 ? qsTr("Projection: auto") : currentText
                currentIndex: Math.max(0, choices.findIndex(c => c.value === bar.player.projectionOverride))
                onActivated: (index) => bar.player.projectionOverride = choices[index].value
                FocusRing {}
            }
            FittedComboBox {
                id: stereoBox
                objectName: "stereoBox"
                focusPolicy: Qt.TabFocus
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(64 * Theme.textScale)
                Accessible.name: qsTr("Stereo layout")
                Accessible.description: qsTr("How the two eyes are packed in the picture")
                readonly property var choices: [
                    { value: "auto", text: qsTr("Auto", "stereo: as the file says") },
                    { value: "mono", text: qsTr("Mono", "stereo: one picture for both eyes") },
                    { value: "top-bottom", text: qsTr("Top/bottom", "stereo: left eye above") },
                    { value: "side-by-side", text: qsTr("Side by side", "stereo: left eye on the left") }
                ]
                model: choices
                textRole: "text"
                displayText: currentIndex === 0 ? qsTr("Stereo: auto") : currentText
                currentIndex: Math.max(0, choices.findIndex(c => c.value === bar.player.stereoOverride))
                onActivated: (index) => bar.player.stereoOverride = choices[index].value
                FocusRing {}
            }
            LanguageMenu {
                id: languageMenu
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(80 * Theme.textScale)
            }
            IconButton {
                objectName: "reopenButton"
                visible: bar.lastEvent.length > 0
                iconName: "history"
                display: AbstractButton.TextBesideIcon
                text: qsTr("Reopen last event")
                Accessible.description: bar.lastEvent
                onClicked: bar.reopenLastEventRequested()
            }
            VrButton {
                visible: bar.vr !== null
                vr: bar.vr
            }
            LookMenu { id: lookMenu }
            IconButton {
                objectName: "fullscreenButton"
                readonly property bool full: bar.Window.window && bar.Window.window.visibility === Window.FullScreen
                iconName: full ? "fullscreen-exit" : "fullscreen"
                text: full ? qsTr("Leave fullscreen") : qsTr("Fullscreen")
                shortcut: "F"
                Accessible.description: qsTr("F toggles fullscreen, Esc leaves it")
                onClicked: bar.fullScreenRequested()
            }
        }
    }
}
