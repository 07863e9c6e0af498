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
    minimumWidth: 640; minimumHeight: 400  // the control bar and a usable picture still fit
    visible: true
    color: Theme.background
    // One text size for the whole window (Ctrl+= / Ctrl+- / Ctrl+0); controls and popups inherit
    // it, plain Text items use Theme's sizes. Colours follow the Theme (Ctrl+Shift+H).
    font.pixelSize: Theme.normalFont
    palette.window: Theme.surface
    palette.windowText: Theme.text
    palette.base: Theme.field
    palette.text: Theme.text
    palette.button: Theme.controlButton
    palette.buttonText: Theme.controlButtonText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surfaceAlt; palette.toolTipText: Theme.text
    palette.link: Theme.link; palette.dark: Theme.accent; palette.mid: Theme.dimText  // sliders: fill, handle's edge
    palette.midlight: Theme.border; palette.light: Theme.tabHover                      // groove, pressed handle
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
    property string eventStreams: ""  // its rooms' streams list (--streams), where it has none
    readonly property bool eventMode: eventSource.length > 0
    // The channel id to open on (an omnikast:// link's); empty: the first channel.
    property string initialChannel: ""
    // The event's room server (ws://…/ws) and a moderator's invite token, if any.
    property string roomServer: ""
    property string roomToken: ""
    // The sign-in mail's link the viewer was opened with (omnikast://HOST:PORT/signin?…).
    property string signInLink: ""
    // A watch party's link the viewer was opened with (omnikast://HOST:PORT/room/ROOM?invite=…).
    property string partyLink: ""
    // Seconds into the first stream to start at (an omnikast:// link's t=).
    property real startTime: 0
    // Put the stream in the headset as soon as the window is up (`omnikast --xr`).
    property bool startVr: false
    // Whether the event is remembered for "Reopen last event" (not the loopback demo).
    property bool rememberEvent: false
    property bool chatVisible: AppSettings.chatVisible
    onChatVisibleChanged: { AppSettings.chatVisible = chatVisible; if (!chatVisible) video.forceActiveFocus() }
    readonly property bool chatShown: chatVisible && roomCtl.available && root.eventMode
    // Handles for tests and for later features (VR, replay) that drive the view from C++.
    readonly property VideoView view: video
    readonly property PlayerController playerController: player
    readonly property bool errorVisible: errorBanner.visible
    readonly property EventController eventController: eventCtl
    readonly property RoomController roomController: roomCtl
    readonly property AccountSession accountSession: account
    readonly property WatchParty watchParty: party
    readonly property GuideController guideController: guide
    readonly property VrController vrController: vrCtl
    readonly property bool chatPanelVisible: chatLoader.active
    readonly property Item chatPanel: chatLoader.item
    readonly property string notice: toast.text
    readonly property bool scheduleVisible: scheduleLoader.active
    readonly property bool sessionDetailsVisible: scheduleLoader.item ? scheduleLoader.item.detailsVisible : false
    // The window as it was left (size, place, fullscreen, field of view, the last event).
    WindowMemory {
        id: memory
        window: root
        video: video
        event: eventCtl
    }
    Component.onCompleted: { memory.restore(); if (root.startVr) vrCtl.start() }
    onClosing: memory.saveGeometry()
    onVisibilityChanged: memory.visibilityChanged()
    function reopenLastEvent() {
        root.roomServer = AppSettings.roomServerFor(AppSettings.lastEvent)
        root.initialChannel = AppSettings.lastChannel; root.eventStreams = AppSettings.lastEventStreams
        root.rememberEvent = true
        root.eventSource = AppSettings.lastEvent
    }
    function scheduleNowLineY() {
        return scheduleLoader.item ? scheduleLoader.item.nowLineWindowY() : -1
    }

    EventController {
        id: eventCtl
        source: root.eventSource; streamsSource: root.eventStreams
        view: video; preferredChannel: root.initialChannel
        onScheduleUpdated: (summary) => toast.show(summary, 6000)  // a re-fetch changed talks
    }

    RoomController {
        id: roomCtl
        serverUrl: root.eventMode ? root.roomServer : ""
        event: eventCtl
        // In a watch party, the party's room; otherwise the channel's.
        room: party.partyRoom.length > 0 ? party.partyRoom : eventCtl.currentChannelId
        // Signed in: the account's token; otherwise an invite's, if any; else a guest.
        token: account.signedIn ? account.accessToken : root.roomToken
        player: player
    }

    Connections {  // day names and times in the models follow the interface language
        target: LanguageController
        function onLanguageChanged() { eventCtl.relocalise() }
    }

    AccountSession {  // the attendee's account on the event's server (SignInPopup)
        id: account
        serverUrl: roomCtl.serverUrl
        language: LanguageController.effectiveLanguage
        Component.onCompleted: if (root.signInLink.length > 0) useLink(root.signInLink)
        onErrorOccurred: (message) => { if (!boxOpen) toast.show(message, 6000) }
    }

    WatchParty {  // "Watch together" (PartyPopup): a room of one's own, joined by its link
        id: party
        serverUrl: root.eventMode ? root.roomServer : ""
        accessToken: account.signedIn ? account.accessToken : ""
        room: roomCtl
        event: eventCtl
        Component.onCompleted: if (root.partyLink.length > 0) useLink(root.partyLink)
        // A link's party that asks for a sign-in, or refuses, says so where it shows.
        onStateChanged: if (state === "signInNeeded" || state === "failed") partyPopup.open()
        onErrorOccurred: (message) => { if (!partyPopup.opened) toast.show(message, 6000) }
    }

    GuideController {  // the room's guide: this viewer guiding, or following another's view
        id: guide
        room: roomCtl
        view: video
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
    WindowVr {
        id: vrCtl
        view: video
        hasEvent: root.eventMode
        event: eventCtl
        room: roomCtl
        onMessage: (text) => toast.show(text, 6000)
        // The controllers' buttons do what the window's keys do.
        onTogglePlaybackRequested: playback.togglePause()
        onNextChannelRequested: eventCtl.nextChannel()
        onPreviousChannelRequested: eventCtl.previousChannel()
        onChatToggleRequested: AppSettings.chatVisible = !AppSettings.chatVisible
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

        LookArea {
            anchors.fill: parent
            view: video
            onFullScreenRequested: root.toggleFullScreen()
            onMoved: controlBar.wake()
        }
    }

    function toggleFullScreen() {
        root.visibility = root.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
    }

    // Play/pause/seek from the keys, the control bar and VR: the room-vs-local rule, in C++.
    RoomPlaybackControl {
        id: playback
        player: player
        room: roomCtl
        onRefused: (text) => toast.show(text)
    }

    // Every key of the window, from the action table (ActionModel).
    Shortcuts {
        window: root
        video: video
        player: player
        event: eventCtl
        room: roomCtl
        vr: vrCtl
        playback: playback
        overlay: overlay
        chat: chatLoader
        schedule: scheduleLoader
        finder: finder
        organizer: organizePanel
        onNotice: (text) => toast.show(text)
        onActivity: controlBar.wake()
    }

    EventBar {
        id: tabs
        objectName: "eventBar"
        visible: root.eventMode
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: visible ? implicitHeight : 0
        event: eventCtl
        onScheduleToggled: scheduleLoader.active = !scheduleLoader.active
        chatHidden: roomCtl.available && !root.chatVisible
        onFindRequested: finder.open()
        canOrganize: organizeCtl.available
        onOrganizeRequested: organizePanel.open()
        canParty: party.available
        partyName: party.partyRoom.length > 0 ? party.name : ""
        onPartyRequested: partyPopup.opened ? partyPopup.close() : partyPopup.open()
    }

    PartyPopup {
        id: partyPopup
        party: party
        signedIn: account.signedIn
        channelName: eventCtl.currentChannelName
        x: root.width - width - 8
        y: tabs.height + 4
        width: Math.min(420, root.width - 16)
        onSignInRequested: {
            close()
            AppSettings.chatVisible = true
            Qt.callLater(() => { if (chatLoader.item) chatLoader.item.openSignIn() })
        }
        onClosed: video.forceActiveFocus()
    }

    // An admin's controls for the running event (Ctrl+Shift+O).
    OrganizeController {
        id: organizeCtl
        room: roomCtl
        event: eventCtl
    }
    OrganizePanel {
        id: organizePanel
        organize: organizeCtl
        onFinished: video.forceActiveFocus()
    }

    // A channel with nothing to play says so, over the (black) video area.
    NoStreamPanel {
        id: noStream
        visible: root.eventMode && eventCtl.loaded && player.source.length === 0
        anchors.fill: video
        anchors.topMargin: tabs.height
        event: eventCtl
        onScheduleRequested: scheduleLoader.active = true
        onFindRequested: finder.open()
    }

    // Ctrl+K or /: find a room by name or talk.
    ChannelFinder {
        id: finder
        event: eventCtl
        onChosen: video.forceActiveFocus()
    }

    InfoOverlay {
        id: overlay
        visible: overlay.wanted && !noStream.visible
        anchors.left: parent.left
        anchors.top: root.eventMode ? tabs.bottom : parent.top
        anchors.margins: 12
        player: player
        view: video
        room: roomCtl
    }

    CaptionOverlay {
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
        event: eventCtl
        player: player
        view: video
        overridden: roomCtl.mediaOverride.length > 0
    }

    ControlBar {
        id: controlBar
        anchors.left: parent.left
        anchors.right: video.right
        anchors.bottom: parent.bottom
        player: player
        hasMedia: !noStream.visible
        vr: vrCtl
        lastEvent: root.eventMode ? "" : AppSettings.lastEvent
        onReopenLastEventRequested: root.reopenLastEvent()
        onFullScreenRequested: root.toggleFullScreen()
        onTogglePauseRequested: playback.togglePause()
        onSeekRequested: (seconds) => playback.seekTo(seconds)
        onLiveEdgeRequested: playback.goToLiveEdge()
    }

    // Above the video and controls, beside the chat (never under it); loaded on demand.
    ScheduleDock {
        id: scheduleLoader
        anchors.fill: video
        anchors.topMargin: root.eventMode ? tabs.height : 0
        event: eventCtl
        onClosed: video.forceActiveFocus()
    }

    ChatDock {  // the room beside the video, resizable by its left edge
        id: chatLoader
        active: root.chatShown
        anchors.right: parent.right
        anchors.top: root.eventMode ? tabs.bottom : parent.top
        anchors.bottom: parent.bottom
        room: roomCtl
        account: account
        mediaChoices: eventCtl.mediaChoices
        guide: guide
        windowWidth: root.width
    }

    Toast {  // short notices (why a key did nothing)
        id: toast
        anchors { horizontalCenter: video.horizontalCenter; bottom: parent.bottom }
    }

    GuideBadge {  // who guides the view, Follow / Stop
        anchors.right: video.right
        anchors.top: parent.top
        anchors.margins: 12
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
        guide: guide
        maxWidth: video.width - 24
        z: 20
    }

    VrMirrorBadge {
        anchors.horizontalCenter: video.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
        vr: vrCtl
        z: 20
    }

    ReminderBanner {
        id: reminderBanner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
        event: eventCtl
        z: 20
    }

    AnnouncementBanner {  // under the reminder, over the video (captions keep the bottom)
        id: announcementBanner
        anchors.horizontalCenter: video.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: (root.eventMode ? tabs.height : 0) + 12
                           + (reminderBanner.visible ? reminderBanner.height + 8 : 0)
        maxWidth: video.width - 48
        room: roomCtl
        event: eventCtl
        z: 20
    }
}
