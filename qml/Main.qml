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
    color: Theme.background
    // One text size for the whole window (Ctrl+= / Ctrl+- / Ctrl+0); controls and popups inherit
    // it, plain Text items use Theme's sizes. Colours follow the Theme (Ctrl+Shift+H).
    font.pixelSize: Theme.normalFont
    palette.window: Theme.surface
    palette.windowText: Theme.text
    palette.base: Theme.field
    palette.text: Theme.text
    palette.button: Theme.highContrast ? "#ffffff" : Theme.button
    palette.buttonText: Theme.highContrast ? "#000000" : Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surfaceAlt
    palette.toolTipText: Theme.text
    palette.link: Theme.link
    title: eventMode && eventCtl.title.length > 0
           ? qsTr("%1 — Omnikast").arg(eventCtl.title)
           : player.source.length > 0
             ? qsTr("%1 — Omnikast").arg(player.source.split("/").pop())
             : qsTr("Omnikast")

    required property string source
    property string projectionOverride: ""
    property string stereoOverride: ""
    property bool loop: false
    // A catalog file or URL: the window shows the event's channels and plays the selected one.
    property string eventSource: ""
    readonly property bool eventMode: eventSource.length > 0
    // The channel id to open on (an omnikast:// link's); empty: the first channel.
    property string initialChannel: ""
    // The event's room server (ws://…/ws) and a moderator's invite token, if any.
    property string roomServer: ""
    property string roomToken: ""
    // Seconds into the first stream to start at (an omnikast:// link's t=).
    property real startTime: 0
    // Put the stream in the headset as soon as the window is up (`omnikast --xr`).
    property bool startVr: false
    // Whether the event is remembered for "Reopen last event" (not the loopback demo).
    property bool rememberEvent: false
    property bool chatVisible: AppSettings.chatVisible
    onChatVisibleChanged: AppSettings.chatVisible = chatVisible
    readonly property bool chatShown: chatVisible && roomCtl.available && root.eventMode
    // Handles for tests and for later features (VR, replay) that drive the view from C++.
    readonly property VideoView view: video
    readonly property PlayerController playerController: player
    readonly property bool errorVisible: errorBanner.visible
    readonly property EventController eventController: eventCtl
    readonly property RoomController roomController: roomCtl
    readonly property VrController vrController: vrCtl
    readonly property bool chatPanelVisible: chatLoader.active
    readonly property Item chatPanel: chatLoader.item
    readonly property string notice: toast.visible ? toastText.text : ""
    readonly property bool scheduleVisible: scheduleLoader.active
    readonly property bool sessionDetailsVisible: scheduleLoader.item ? scheduleLoader.item.detailsVisible : false
    // The window as it was left: size, place, fullscreen; the field of view for plain media.
    Component.onCompleted: {
        const g = AppSettings.windowGeometry
        if (g.width > 0) { root.x = g.x; root.y = g.y; root.width = g.width; root.height = g.height }
        if (AppSettings.fullScreen) root.visibility = Window.FullScreen
        if (!root.eventMode) video.fov = AppSettings.fov
        root.rememberEvent_()
        root.restored = true
        if (root.startVr) vrCtl.start()
    }
    // Until the saved state is applied, the window's own first changes must not overwrite it.
    property bool restored: false
    onClosing: if (root.visibility === Window.Windowed) AppSettings.windowGeometry = Qt.rect(root.x, root.y, root.width, root.height)
    onVisibilityChanged: if (root.restored && (root.visibility === Window.FullScreen || root.visibility === Window.Windowed
                             || root.visibility === Window.Maximized)) AppSettings.fullScreen = root.visibility === Window.FullScreen
    Connections {
        target: video
        function onViewChanged() { if (root.restored && !root.eventMode) AppSettings.fov = video.fov }
    }
    // A local catalog may load before these connections exist: Component.onCompleted asks too.
    function rememberEvent_() {
        if (!root.rememberEvent || !eventCtl.loaded) return
        AppSettings.lastEvent = root.eventSource
        AppSettings.lastChannel = eventCtl.currentChannelId
    }
    Connections {
        target: eventCtl
        function onCatalogChanged() { root.rememberEvent_() }
        function onStreamChanged() { root.rememberEvent_() }
    }
    function reopenLastEvent() {
        root.roomServer = AppSettings.roomServerFor(AppSettings.lastEvent)
        root.initialChannel = AppSettings.lastChannel
        root.rememberEvent = true
        root.eventSource = AppSettings.lastEvent
    }
    function scheduleNowLineY() {
        return scheduleLoader.item ? scheduleLoader.item.nowLineWindowY() : -1
    }

    EventController {
        id: eventCtl
        source: root.eventSource
        view: video
        preferredChannel: root.initialChannel
    }

    RoomController {
        id: roomCtl
        serverUrl: root.eventMode ? root.roomServer : ""
        event: eventCtl
        room: eventCtl.currentChannelId
        token: root.roomToken
        player: player
    }

    PlayerController {
        id: player
        projectionOverride: root.eventMode ? eventCtl.streamProjection : root.projectionOverride
        stereoOverride: root.eventMode ? eventCtl.streamStereo : root.stereoOverride
        loop: root.loop
        startPosition: root.startTime
        // A moderator may switch the room to another media than the channel's stream.
        source: root.eventMode ? (roomCtl.mediaOverride.length > 0 ? roomCtl.mediaOverride : eventCtl.streamUrl)
                               : root.source
    }

    // VR: the headset shows the stream while the video view mirrors its left eye; how VR ended
    // (or why it cannot start) is a notice.
    Component {
        id: headsetPanel
        HeadsetPanel {
            event: eventCtl
            room: roomCtl
            pointer: vrCtl.panelPointer
            pointerOnPanel: vrCtl.pointerOnPanel
        }
    }
    VrController {
        id: vrCtl
        view: video
        hasEvent: root.eventMode
        inRoom: roomCtl.following
        isModerator: roomCtl.canModerate
        // The channels and chat float in the headset; a plain video has neither.
        panel: root.eventMode ? headsetPanel : null
        onMessage: (text) => toast.show(text, 6000)
        // The controllers' buttons do what the window's keys do.
        onTogglePlaybackRequested: root.togglePause()
        onNextChannelRequested: eventCtl.nextChannel()
        onPreviousChannelRequested: eventCtl.previousChannel()
        onChatToggleRequested: root.chatVisible = !root.chatVisible
    }

    VideoView {
        id: video
        objectName: "videoView"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: chatLoader.active ? chatLoader.left : parent.right
        controller: player
        focus: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("360° video")
        Accessible.description: qsTr("Drag or use the arrow keys to look around; + and - zoom, R recenters")

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
    Shortcut { sequence: "Shift+Left"; onActivated: root.seekRelative(-10) }
    Shortcut { sequence: "Shift+Right"; onActivated: root.seekRelative(10) }
    Shortcut { sequence: "Space"; onActivated: root.togglePause() }
    // In a room that follows a moderator's playback, local play/pause/seek would be undone at
    // once: moderators act for everyone, attendees are told why nothing happens.
    function togglePause() {
        if (!roomCtl.following) player.togglePause()
        else if (roomCtl.canModerate) roomCtl.togglePauseForAll()
        else toast.show(qsTr("Playback follows the room; a moderator controls it"))
    }
    function seekTo(seconds) {
        if (!roomCtl.following) player.seekTo(seconds)
        else if (roomCtl.canModerate) roomCtl.seekForAll(seconds)
        else toast.show(qsTr("Playback follows the room; a moderator controls it"))
    }
    function seekRelative(seconds) {
        if (!roomCtl.following) player.seekRelative(seconds)
        else if (roomCtl.canModerate) roomCtl.seekRelativeForAll(seconds)
        else toast.show(qsTr("Playback follows the room; a moderator controls it"))
    }
    // Chat: C shows/hides it, Enter writes a message.
    Shortcut { enabled: roomCtl.serverUrl.length > 0; sequence: "C"; onActivated: root.chatVisible = !root.chatVisible }
    Shortcut {
        // Not while writing: Enter then sends (the input gets it, not this shortcut).
        enabled: chatLoader.active && chatLoader.item !== null && !chatLoader.item.inputField.activeFocus
        sequences: ["Return", "Enter"]
        onActivated: chatLoader.item.focusInput()
    }
    Shortcut { sequence: "R"; onActivated: video.recenter() }
    Shortcut { sequence: "F"; onActivated: root.toggleFullScreen() }
    Shortcut {
        sequence: "Esc"
        onActivated: {
            if (chatLoader.item && chatLoader.item.hasFocus()) {
                if (!chatLoader.item.handleEscape()) video.forceActiveFocus()
            }
            else if (scheduleLoader.active) { scheduleLoader.active = false; video.forceActiveFocus() }
            else if (root.visibility === Window.FullScreen) root.visibility = Window.Windowed
        }
    }
    Shortcut { sequences: ["+", "="]; onActivated: video.zoomBy(1) }
    Shortcut { sequence: "-"; onActivated: video.zoomBy(-1) }
    Shortcut { sequence: "I"; onActivated: overlay.detailed = !overlay.detailed }
    // Accessibility: high contrast and the text size, remembered (Theme, AppSettings).
    Shortcut { sequence: "Ctrl+Shift+H"; onActivated: Theme.toggleHighContrast() }
    Shortcut { sequences: [StandardKey.ZoomIn, "Ctrl+="]; onActivated: Theme.increaseText() }
    Shortcut { sequences: [StandardKey.ZoomOut, "Ctrl+-"]; onActivated: Theme.decreaseText() }
    Shortcut { sequence: "Ctrl+0"; onActivated: Theme.resetText() }
    Shortcut { sequence: "Ctrl+Shift+V"; onActivated: vrCtl.toggle() }
    Shortcut { sequence: "Q"; onActivated: Qt.quit() }
    Shortcut { sequence: "9"; onActivated: player.adjustVolume(-5) }
    Shortcut { sequence: "0"; onActivated: player.adjustVolume(5) }
    Shortcut { sequence: "M"; onActivated: player.toggleMute() }
    Shortcut { sequence: "L"; onActivated: player.toggleLoop() }
    Shortcut {
        sequence: "V"
        onActivated: {
            if (!player.hasCaptions) {
                toast.show(player.captionStatus.length > 0
                           ? qsTr("No captions shown: %1").arg(player.captionStatus)
                           : qsTr("This stream has no captions"))
                return
            }
            player.toggleCaptions()
            toast.show(player.captionsEnabled ? qsTr("Captions on") : qsTr("Captions off"))
        }
    }
    Shortcut { sequence: "["; onActivated: player.scaleRate(1 / 1.1) }
    Shortcut { sequence: "]"; onActivated: player.scaleRate(1.1) }
    Shortcut { sequence: "Backspace"; onActivated: player.resetRate() }

    // Event mode: channels by keyboard (browser-tab habits) and the schedule on S.
    Shortcut { enabled: root.eventMode; sequence: "Ctrl+Tab"; onActivated: eventCtl.nextChannel() }
    Shortcut { enabled: root.eventMode; sequences: ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+Shift+Backtab"]; onActivated: eventCtl.previousChannel() }
    Shortcut { enabled: root.eventMode; sequence: "Alt+1"; onActivated: eventCtl.selectChannel(0) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+2"; onActivated: eventCtl.selectChannel(1) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+3"; onActivated: eventCtl.selectChannel(2) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+4"; onActivated: eventCtl.selectChannel(3) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+5"; onActivated: eventCtl.selectChannel(4) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+6"; onActivated: eventCtl.selectChannel(5) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+7"; onActivated: eventCtl.selectChannel(6) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+8"; onActivated: eventCtl.selectChannel(7) }
    Shortcut { enabled: root.eventMode; sequence: "Alt+9"; onActivated: eventCtl.selectChannel(8) }
    Shortcut { enabled: root.eventMode && !scheduleLoader.active; sequence: "S"; onActivated: scheduleLoader.active = true }

    ChannelTabs {
        id: tabs
        visible: root.eventMode
        anchors.left: parent.left
        anchors.right: streamPicker.left
        anchors.top: parent.top
        event: eventCtl
    }

    // A channel with several streams (360° or flat, languages): which one plays.
    ComboBox {
        id: streamPicker
        objectName: "streamPicker"
        visible: root.eventMode && eventCtl.streamChoices.length > 1
        width: visible ? Math.max(implicitWidth, 160) : 0
        anchors.right: scheduleButton.left
        anchors.top: parent.top
        anchors.margins: 6
        font.pixelSize: Theme.normalFont
        model: eventCtl.streamChoices
        currentIndex: eventCtl.currentStream
        onActivated: (index) => eventCtl.currentStream = index
        Accessible.name: qsTr("Stream")
        Accessible.description: qsTr("Which of this channel's streams plays")
        FocusRing {}
    }

    Button {
        id: scheduleButton
        visible: root.eventMode
        width: visible ? implicitWidth : 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        text: qsTr("Schedule (S)")
        Accessible.name: qsTr("Schedule")
        Accessible.description: qsTr("Shows the event's sessions by day; S opens it, Esc closes it")
        onClicked: scheduleLoader.active = !scheduleLoader.active
        FocusRing {}
    }

    InfoOverlay {
        id: overlay
        anchors.left: parent.left
        anchors.top: root.eventMode ? tabs.bottom : parent.top
        anchors.margins: 12
        player: player
        view: video
        room: roomCtl
    }

    CaptionOverlay {
        id: captions
        objectName: "captionOverlay"
        anchors.horizontalCenter: video.horizontalCenter
        anchors.bottom: controlBar.top
        anchors.bottomMargin: 16
        player: player
    }

    ErrorBanner {
        id: errorBanner
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 720)
        message: eventCtl.errorString.length > 0 ? eventCtl.errorString
               : player.errorString.length > 0 ? player.errorString : video.errorString
        action: eventCtl.errorString.length > 0 ? qsTr("Cannot open the event")
                : qsTr("Cannot play")
    }

    ControlBar {
        id: controlBar
        anchors.left: parent.left
        anchors.right: video.right
        anchors.bottom: parent.bottom
        player: player
        vr: vrCtl
        lastEvent: root.eventMode ? "" : AppSettings.lastEvent
        onReopenLastEventRequested: root.reopenLastEvent()
        onFullScreenRequested: root.toggleFullScreen()
        onTogglePauseRequested: root.togglePause()
        onSeekRequested: (seconds) => root.seekTo(seconds)
    }

    // Above the video and controls; loaded on demand so plain media never pays for it.
    Loader {
        id: scheduleLoader
        active: false
        anchors.fill: parent
        anchors.topMargin: root.eventMode ? tabs.height : 0
        sourceComponent: ScheduleView {
            event: eventCtl
            onCloseRequested: { scheduleLoader.active = false; video.forceActiveFocus() }
        }
    }

    // The room beside the video, resizable by its left edge.
    Loader {
        id: chatLoader
        active: root.chatShown
        anchors.right: parent.right
        anchors.top: root.eventMode ? tabs.bottom : parent.top
        anchors.bottom: parent.bottom
        width: Math.max(260, Math.min(root.width * 0.5, AppSettings.chatWidth))
        sourceComponent: ChatPanel {
            room: roomCtl
            mediaChoices: eventCtl.mediaChoices
        }
        MouseArea {
            width: 6
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            cursorShape: Qt.SplitHCursor
            property real startX
            onPressed: (mouse) => startX = mouse.x
            onPositionChanged: (mouse) => AppSettings.chatWidth = Math.max(260, chatLoader.width - (mouse.x - startX))
        }
    }

    // Short notices (why a key did nothing).
    Rectangle {
        id: toast
        function show(message, ms) {
            toastText.text = message
            visible = true
            toastTimer.interval = ms === undefined ? 3000 : ms
            toastTimer.restart()
        }
        visible: false
        z: 30
        anchors.horizontalCenter: video.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 80
        width: toastText.implicitWidth + 24
        height: toastText.implicitHeight + 12
        radius: 6
        color: Theme.highContrast ? Theme.surface : "#e0202020"
        border.color: Theme.highContrast ? Theme.border : "transparent"
        Accessible.role: Accessible.AlertMessage
        Accessible.name: toastText.text
        Text { id: toastText; objectName: "toastText"; anchors.centerIn: parent; color: Theme.text; font.pixelSize: Theme.normalFont }
        Timer { id: toastTimer; interval: 3000; onTriggered: toast.visible = false }
    }

    VrMirrorBadge {
        anchors.horizontalCenter: video.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
        vr: vrCtl
        z: 20
    }

    ReminderBanner {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
        event: eventCtl
        z: 20
    }
}
