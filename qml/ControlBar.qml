// Transport and view controls, all reachable with Tab.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: bar
    required property PlayerController player
    signal fullScreenRequested()
    // Play/pause and seeks go through the window, which knows whether the room drives playback.
    signal togglePauseRequested()
    signal seekRequested(real seconds)

    color: "#a0000000"
    implicitHeight: row.implicitHeight + 12

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        spacing: 8

        Button {
            text: bar.player.paused ? qsTr("Play") : qsTr("Pause")
            Accessible.name: text
            onClicked: bar.togglePauseRequested()
        }
        Slider {
            id: seekBar
            Layout.fillWidth: true
            enabled: bar.player.seekable && bar.player.duration > 0
            from: 0
            to: Math.max(bar.player.duration, 0.001)
            value: pressed ? value : bar.player.position
            Accessible.name: qsTr("Position")
            onMoved: bar.seekRequested(value)
        }
        ComboBox {
            id: projectionBox
            Accessible.name: qsTr("Projection")
            model: ["auto", "equirect", "equirect180", "cubemap", "eac", "flat"]
            currentIndex: Math.max(0, model.indexOf(bar.player.projectionOverride))
            onActivated: (index) => bar.player.projectionOverride = model[index]
        }
        ComboBox {
            Accessible.name: qsTr("Stereo layout")
            model: ["auto", "mono", "top-bottom", "side-by-side"]
            currentIndex: Math.max(0, model.indexOf(bar.player.stereoOverride))
            onActivated: (index) => bar.player.stereoOverride = model[index]
        }
        LanguageMenu { implicitContentWidthPolicy: ComboBox.WidestText }
        Button {
            text: qsTr("Fullscreen")
            Accessible.name: text
            onClicked: bar.fullScreenRequested()
        }
    }
}
