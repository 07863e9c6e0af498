// The event's schedule above the video and controls, loaded on demand so plain media never
// pays for it; its Close button unloads it.
import QtQuick
import Omnikast

Loader {
    objectName: "scheduleDock"
    id: dock
    required property EventController event
    signal closed()
    active: false
    sourceComponent: ScheduleView {
        event: dock.event
        onCloseRequested: { dock.active = false; dock.closed() }
    }
}
