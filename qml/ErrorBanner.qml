// A failure the user must see: what went wrong and with which input.
import QtQuick
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: banner
    property string message: ""
    // What failed, in the user's words: playing a stream, or opening an event's catalog.
    property string action: qsTr("Cannot play")
    visible: message.length > 0
    color: Theme.errorBackground
    border.color: Theme.statusError
    border.width: Theme.highContrast ? 3 : 1
    radius: 8
    implicitHeight: label.implicitHeight + 32
    height: implicitHeight

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 16
        color: Theme.highContrast ? Theme.text : "white"
        font.pixelSize: Math.round(16 * Theme.textScale)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("%1: %2").arg(banner.action).arg(banner.message)
    }
}
