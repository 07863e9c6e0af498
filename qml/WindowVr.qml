// VR for the window: the headset shows the stream while the video view mirrors its left eye;
// in an event the channels and chat float in the headset (HeadsetPanel), a plain video has
// neither.
import QtQuick
import Omnikast

VrController {
    id: vr
    required property EventController event
    required property RoomController room
    inRoom: vr.room.following
    isModerator: vr.room.canModerate
    panel: vr.hasEvent ? headsetPanel : null
    property Component headsetPanel: Component {
        HeadsetPanel {
            event: vr.event
            room: vr.room
            pointer: vr.panelPointer
            pointerOnPanel: vr.pointerOnPanel
        }
    }
}
