// What the engine is doing, in one glance: time, buffering, projection, decoder, dropped frames.
// Off while watching (the control bar has the time): it shows itself while opening, buffering
// or reconnecting, and in full when asked for (I, `detailed`).
import QtQuick
import QtQuick.Layouts
import Omnikast

Rectangle {
    objectName: "infoOverlay"
    id: overlay
    required property PlayerController player
    required property VideoView view
    property RoomController room: null
    property bool detailed: false
    readonly property bool busy: player.loading || player.buffering || player.reconnecting
    // Whether the window should show it at all.
    readonly property bool wanted: detailed || busy

    color: Theme.overlay
    border.color: Theme.highContrast ? Theme.border : "transparent"
    radius: 6
    Accessible.role: Accessible.StatusBar
    Accessible.name: qsTr("Playback information")
    implicitWidth: column.implicitWidth + 20
    implicitHeight: column.implicitHeight + 16

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 2
        Text {
            objectName: "timeLabel"
            visible: overlay.detailed
            color: Theme.overlayText
            font.pixelSize: Math.round(15 * Theme.textScale)
            font.bold: true
            text: overlay.player.live ? qsTr("LIVE %1").arg(overlay.player.clockText(overlay.player.position))
                  : qsTr("%1 / %2").arg(overlay.player.clockText(overlay.player.position)).arg(overlay.player.clockText(overlay.player.duration))
                    + (overlay.player.paused ? qsTr("  (paused)") : "")
        }
        Text {
            color: Theme.warning
            font.pixelSize: Math.round(13 * Theme.textScale)
            visible: overlay.busy
            text: overlay.player.reconnecting ? qsTr("Connection lost — reconnecting…")
                  : overlay.player.loading ? qsTr("Opening…")
                  : qsTr("Buffering %1%").arg(overlay.player.bufferingPercent)
        }
        Text {
            visible: overlay.detailed
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: qsTr("Projection: %1 (%2), %3").arg(overlay.player.projection)
                  .arg(overlay.player.projectionSource).arg(overlay.player.stereo)
        }
        Text {
            visible: overlay.detailed
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: qsTr("Decoder: %1 %2").arg(overlay.player.decoderName)
                  .arg(overlay.player.hardwareDecoding ? qsTr("[hardware]") : qsTr("[software]"))
        }
        Text {
            visible: overlay.detailed
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: qsTr("Dropped frames: %1   View: yaw %2° pitch %3° fov %4°")
                  .arg(overlay.player.droppedFrames)
                  .arg(overlay.view.yaw.toFixed(0)).arg(overlay.view.pitch.toFixed(0)).arg(overlay.view.fov.toFixed(0))
        }
        Text {
            visible: overlay.detailed
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: (overlay.player.muted ? qsTr("Volume: muted") : qsTr("Volume: %1%").arg(overlay.player.volume))
                  + (overlay.player.loop ? qsTr("   Loop: on") : "")
                  + (overlay.player.rate !== 1 ? qsTr("   Speed: %1×").arg(overlay.player.rate.toFixed(2)) : "")
        }
        Text {
            objectName: "syncLabel"
            visible: overlay.detailed && overlay.room !== null && overlay.room.active
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: !overlay.room ? ""
                  : (overlay.room.following
                     ? qsTr("Sync: %1 ms off the room").arg(isNaN(overlay.room.syncErrorMs) ? "…" : overlay.room.syncErrorMs.toFixed(1))
                     : qsTr("Sync: playing on its own"))
                    + qsTr("   Clock offset: %1 ms (rtt %2 ms)").arg(overlay.room.clockOffsetMs.toFixed(1)).arg(overlay.room.roundTripMs.toFixed(0))
        }
        Text {
            visible: overlay.detailed && overlay.player.audioStatus.length > 0
            color: Theme.overlayText
            font.pixelSize: Math.round(12 * Theme.textScale)
            text: qsTr("Audio: %1").arg(overlay.player.audioStatus)
        }
    }
}
