// While a headset shows the stream the window mirrors its left eye; this says so.
import QtQuick
import Omnikast

Rectangle {
    id: badge
    property VrController vr: null
    objectName: "vrMirrorBadge"
    visible: vr !== null && vr.active
    width: label.implicitWidth + 24
    height: label.implicitHeight + 12
    radius: 6
    color: Theme.badgeBackground
    border.color: Theme.highContrast ? Theme.border : "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    Text {
        id: label
        anchors.centerIn: parent
        color: Theme.text
        font.pixelSize: Theme.normalFont
        text: badge.vr && badge.vr.state.length > 0 && badge.vr.state !== "visible"
              && badge.vr.state !== "focused"
              ? qsTr("In VR — mirroring the left eye (headset %1)").arg(badge.vr.state)
              : qsTr("In VR — mirroring the left eye")
    }
}
