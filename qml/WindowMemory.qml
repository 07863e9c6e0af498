// The window as it was left: size, place, fullscreen; the field of view for plain media; the
// event and channel for "Reopen last event" (AppSettings).
import QtQuick
import QtQuick.Window
import Omnikast

Item {
    id: memory
    // The window (Main.qml): its geometry, visibility, eventMode, eventSource, rememberEvent.
    required property var window
    required property VideoView video
    required property EventController event
    // Until the saved state is applied, the window's own first changes must not overwrite it.
    property bool restored: false

    function restore() {
        const w = memory.window
        const g = AppSettings.windowGeometry
        if (g.width > 0) { w.x = g.x; w.y = g.y; w.width = g.width; w.height = g.height }
        if (AppSettings.fullScreen) w.visibility = Window.FullScreen
        if (!w.eventMode) memory.video.fov = AppSettings.fov
        memory.rememberEvent()
        memory.restored = true
    }
    function saveGeometry() {
        const w = memory.window
        if (w.visibility === Window.Windowed) AppSettings.windowGeometry = Qt.rect(w.x, w.y, w.width, w.height)
    }
    function visibilityChanged() {
        const v = memory.window.visibility
        if (memory.restored && (v === Window.FullScreen || v === Window.Windowed || v === Window.Maximized))
            AppSettings.fullScreen = v === Window.FullScreen
    }
    // A local catalog may load before these connections exist: restore() asks too.
    function rememberEvent() {
        if (!memory.window.rememberEvent || !memory.event.loaded) return
        AppSettings.lastEvent = memory.window.eventSource
        AppSettings.lastEventStreams = memory.window.eventStreams
        AppSettings.lastChannel = memory.event.currentChannelId
    }
    Connections {
        target: memory.video
        function onViewChanged() { if (memory.restored && !memory.window.eventMode) AppSettings.fov = memory.video.fov }
    }
    Connections {
        target: memory.event
        function onCatalogChanged() { memory.rememberEvent() }
        function onStreamChanged() { memory.rememberEvent() }
    }
}
