// A failure the user must see: what went wrong and with which input.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: banner
    property string message: ""
    visible: message.length > 0
    color: "#e0401818"
    border.color: "#ff8080"
    radius: 8
    implicitHeight: label.implicitHeight + 32
    height: implicitHeight

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 16
        color: "white"
        font.pixelSize: 16
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Cannot play: %1").arg(banner.message)
    }
}
