// Transport and view controls, all reachable with Tab (each shows a focus ring). They take focus
// from Tab only, not from a click, so the arrow keys keep turning the view after a click. As in
// VLC and mpv, the seek bar spans the width on a row of its own, with the times beside it, so
// long labels in the buttons' row (Spanish, a larger text size) never squeeze it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: bar
    required property PlayerController player
    // The event opened last time ("" for none, or while an event is open): offered to reopen.
    property string lastEvent: ""
    // The window's VR mode (null: no VR button).
    property VrController vr: null
    signal fullScreenRequested()
    // Play/pause and seeks go through the window, which knows whether the room drives playback.
    signal togglePauseRequested()
    signal seekRequested(real seconds)
    signal reopenLastEventRequested()

    color: Theme.overlay
    border.color: Theme.highContrast ? Theme.border : "transparent"
    implicitHeight: rows.implicitHeight + 12

    ColumnLayout {
        id: rows
        anchors.fill: parent
        anchors.margins: 6
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            // A live stream (no duration) shows no times.
            Label {
                objectName: "elapsedTime"
                visible: bar.player.duration > 0
                text: bar.player.clockText(bar.player.position)
                color: Theme.text
            }
            Slider {
                id: seekBar
                objectName: "seekSlider"
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
                visible: bar.player.duration > 0
                text: bar.player.clockText(bar.player.duration)
                color: Theme.text
            }
        }

        RowLayout {
            id: row
            Layout.fillWidth: true
            spacing: 8

            Button {
                objectName: "playButton"
                focusPolicy: Qt.TabFocus
                text: bar.player.paused ? qsTr("Play") : qsTr("Pause")
                Accessible.name: text
                Accessible.description: qsTr("Space plays or pauses")
                onClicked: bar.togglePauseRequested()
                FocusRing {}
            }
            // Spare width goes here; short of it, the combo boxes give way first.
            Item { Layout.fillWidth: true }
            ComboBox {
                id: projectionBox
                objectName: "projectionBox"
                focusPolicy: Qt.TabFocus
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(64 * Theme.textScale)
                Accessible.name: qsTr("Projection")
                Accessible.description: qsTr("How the picture is mapped onto the sphere")
                model: ["auto", "equirect", "equirect180", "cubemap", "eac", "flat"]
                currentIndex: Math.max(0, model.indexOf(bar.player.projectionOverride))
                onActivated: (index) => bar.player.projectionOverride = model[index]
                FocusRing {}
            }
            ComboBox {
                objectName: "stereoBox"
                focusPolicy: Qt.TabFocus
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(64 * Theme.textScale)
                Accessible.name: qsTr("Stereo layout")
                Accessible.description: qsTr("How the two eyes are packed in the picture")
                model: ["auto", "mono", "top-bottom", "side-by-side"]
                currentIndex: Math.max(0, model.indexOf(bar.player.stereoOverride))
                onActivated: (index) => bar.player.stereoOverride = model[index]
                FocusRing {}
            }
            LanguageMenu {
                implicitContentWidthPolicy: ComboBox.WidestText
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.round(80 * Theme.textScale)
            }
            Button {
                objectName: "highContrastButton"
                focusPolicy: Qt.TabFocus
                checkable: true
                checked: Theme.highContrast
                text: qsTr("Contrast")
                Accessible.name: qsTr("High contrast")
                Accessible.description: qsTr("Ctrl+Shift+H; Ctrl+= and Ctrl+- change the text size")
                onToggled: Theme.highContrast = checked
                FocusRing {}
            }
            Button {
                objectName: "reopenButton"
                visible: bar.lastEvent.length > 0
                focusPolicy: Qt.TabFocus
                text: qsTr("Reopen last event")
                Accessible.name: text
                Accessible.description: bar.lastEvent
                onClicked: bar.reopenLastEventRequested()
                FocusRing {}
            }
            VrButton {
                visible: bar.vr !== null
                vr: bar.vr
            }
            Button {
                objectName: "fullscreenButton"
                focusPolicy: Qt.TabFocus
                text: qsTr("Fullscreen")
                Accessible.name: text
                Accessible.description: qsTr("F toggles fullscreen, Esc leaves it")
                onClicked: bar.fullScreenRequested()
                FocusRing {}
            }
        }
    }
}
