// The viewer window: the sphere, an overlay with what the engine is doing, and the controls.
// Logic lives in C++ (PlayerController, VideoView); this file binds and forwards.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Omnikast

ApplicationWindow {
    id: root
    width: 1280
    height: 720
    visible: true
    color: "black"
    title: player.source.length > 0
           ? qsTr("%1 — Omnikast").arg(player.source.split("/").pop())
           : qsTr("Omnikast")

    required property string source
    property string projectionOverride: ""
    property string stereoOverride: ""
    property bool loop: false
    // Handles for tests and for later features (VR, replay) that drive the view from C++.
    readonly property VideoView view: video
    readonly property PlayerController playerController: player
    readonly property bool errorVisible: errorBanner.visible

    PlayerController {
        id: player
        projectionOverride: root.projectionOverride
        stereoOverride: root.stereoOverride
        loop: root.loop
        source: root.source
    }

    VideoView {
        id: video
        objectName: "videoView"
        anchors.fill: parent
        controller: player
        focus: true

        MouseArea {
            id: lookArea
            anchors.fill: parent
            property point last
            cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
            onPressed: (mouse) => { last = Qt.point(mouse.x, mouse.y) }
            onPositionChanged: (mouse) => {
                video.dragBy(mouse.x - last.x, mouse.y - last.y)
                last = Qt.point(mouse.x, mouse.y)
            }
            onWheel: (wheel) => video.zoomBy(wheel.angleDelta.y / 120)
            onDoubleClicked: root.toggleFullScreen()
        }
    }

    function toggleFullScreen() {
        root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
    }

    // mpv/VLC habits: arrows look around (Shift+arrows seek), Space pauses, F fullscreen.
    Shortcut { sequence: "Left"; onActivated: video.turn(-5, 0) }
    Shortcut { sequence: "Right"; onActivated: video.turn(5, 0) }
    Shortcut { sequence: "Up"; onActivated: video.turn(0, 5) }
    Shortcut { sequence: "Down"; onActivated: video.turn(0, -5) }
    Shortcut { sequence: "Shift+Left"; onActivated: player.seekRelative(-10) }
    Shortcut { sequence: "Shift+Right"; onActivated: player.seekRelative(10) }
    Shortcut { sequence: "Space"; onActivated: player.togglePause() }
    Shortcut { sequence: "R"; onActivated: video.recenter() }
    Shortcut { sequence: "F"; onActivated: root.toggleFullScreen() }
    Shortcut { sequence: "Esc"; onActivated: if (root.visibility === Window.FullScreen) root.visibility = Window.Windowed }
    Shortcut { sequences: ["+", "="]; onActivated: video.zoomBy(1) }
    Shortcut { sequence: "-"; onActivated: video.zoomBy(-1) }
    Shortcut { sequence: "I"; onActivated: overlay.detailed = !overlay.detailed }
    Shortcut { sequence: "Q"; onActivated: Qt.quit() }
    Shortcut { sequence: "9"; onActivated: player.adjustVolume(-5) }
    Shortcut { sequence: "0"; onActivated: player.adjustVolume(5) }
    Shortcut { sequence: "M"; onActivated: player.toggleMute() }
    Shortcut { sequence: "L"; onActivated: player.toggleLoop() }
    Shortcut { sequence: "["; onActivated: player.scaleRate(1 / 1.1) }
    Shortcut { sequence: "]"; onActivated: player.scaleRate(1.1) }
    Shortcut { sequence: "Backspace"; onActivated: player.resetRate() }

    InfoOverlay {
        id: overlay
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 12
        player: player
        view: video
    }

    ErrorBanner {
        id: errorBanner
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 720)
        message: player.errorString.length > 0 ? player.errorString : video.errorString
    }

    ControlBar {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        player: player
        onFullScreenRequested: root.toggleFullScreen()
    }
}
