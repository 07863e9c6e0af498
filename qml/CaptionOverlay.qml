// The stream's captions over the video, as a TV set shows them: centred near the bottom, light
// text on a dark box, in the theme's text size. The player decides what shows; this only draws.
import QtQuick
import Omnikast

Rectangle {
    id: caption
    required property PlayerController player

    visible: player.captionsEnabled && player.caption.length > 0
    color: Theme.highContrast ? "black" : Qt.rgba(0, 0, 0, 0.72)
    border.color: Theme.highContrast ? "white" : "transparent"
    border.width: Theme.highContrast ? 2 : 0
    radius: 4
    implicitWidth: label.implicitWidth + 24
    implicitHeight: label.implicitHeight + 12
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Caption: %1").arg(player.caption)

    Text {
        id: label
        objectName: "captionText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, caption.parent ? caption.parent.width * 0.8 : implicitWidth)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        color: Theme.highContrast ? "yellow" : "white"
        font.pixelSize: Math.round(22 * Theme.textScale)
        text: caption.player.caption
    }
}
