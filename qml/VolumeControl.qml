// Mute and volume, as in VLC's and mpv's bars: the speaker shows the level (and mutes on a
// click, M), the slider beside it sets it (the wheel over it, or the arrow keys when it has the
// focus). Both are remembered (PlayerController).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

RowLayout {
    id: volume
    required property PlayerController player
    spacing: 0
    IconButton {
        objectName: "muteButton"
        iconName: volume.player.muted || volume.player.volume === 0 ? "volume-muted"
                  : volume.player.volume < 50 ? "volume-low" : "volume-high"
        text: volume.player.muted ? qsTr("Unmute") : qsTr("Mute")
        shortcut: "M"
        onClicked: volume.player.toggleMute()
    }
    Slider {
        id: slider
        objectName: "volumeSlider"
        focusPolicy: Qt.TabFocus
        Layout.preferredWidth: Math.round(96 * Theme.textScale)
        from: 0
        to: 100
        stepSize: 5
        wheelEnabled: true
        // With the focus here, the arrow keys set the volume instead of turning the view.
        Keys.onShortcutOverride: (event) => event.accepted = event.modifiers === Qt.NoModifier
            && [Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down].includes(event.key)
        value: volume.player.muted ? 0 : volume.player.volume
        onMoved: { volume.player.muted = false; volume.player.volume = Math.round(value) }
        Accessible.name: qsTr("Volume")
        Accessible.description: qsTr("%1 %").arg(volume.player.volume)
        ToolTip.visible: hovered || pressed
        ToolTip.delay: pressed ? 0 : 500
        ToolTip.text: qsTr("Volume %1 %").arg(Math.round(value))
        FocusRing {}
    }
}
