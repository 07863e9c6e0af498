// Short notices over the video (why a key did nothing, how VR ended); they go by themselves.
import QtQuick
import Omnikast

Rectangle {
    id: toast
    // What is shown now; empty while hidden.
    readonly property string text: visible ? toastText.text : ""
    function show(message, ms) {
        toastText.text = message
        visible = true
        toastTimer.interval = ms === undefined ? 3000 : ms
        toastTimer.restart()
    }
    visible: false
    z: 30
    anchors.bottomMargin: 80
    width: toastText.implicitWidth + 24
    height: toastText.implicitHeight + 12
    radius: 6
    color: Theme.badgeBackground
    border.color: Theme.highContrast ? Theme.border : "transparent"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: toastText.text
    Text { id: toastText; objectName: "toastText"; anchors.centerIn: parent; color: Theme.text; font.pixelSize: Theme.normalFont }
    Timer { id: toastTimer; interval: 3000; onTriggered: toast.visible = false }
}
