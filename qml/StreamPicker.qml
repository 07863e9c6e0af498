// A channel with several streams (360° or flat, languages): which one plays.
import QtQuick
import QtQuick.Controls
import Omnikast

FittedComboBox {
    id: picker
    required property EventController event
    objectName: "streamPicker"
    width: visible ? Math.max(implicitWidth, 160) : 0
    font.pixelSize: Theme.normalFont
    model: picker.event.streamChoices
    currentIndex: picker.event.currentStream
    onActivated: (index) => picker.event.currentStream = index
    Accessible.name: qsTr("Stream")
    Accessible.description: qsTr("Which of this channel's streams plays")
    FocusRing {}
}
