// The control bar's VR button: puts the stream in the headset, or leaves VR. Without a runtime
// or headset it is disabled and says why: in its tooltip (the hover area wraps the button, since
// a disabled button gets no hover) and to screen readers; Ctrl+Shift+V says it in a notice.
import QtQuick
import QtQuick.Controls
import Omnikast

Item {
    id: area
    property VrController vr: null
    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight

    IconButton {
        id: button
        objectName: "vrButton"
        iconName: "vr-headset"
        display: area.vr && area.vr.active ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
        // What the tooltip and screen readers say: what a press does, or why it cannot.
        readonly property string explanation: !area.vr ? ""
            : area.vr.probing ? qsTr("Looking for a VR headset…")
            : !area.vr.available ? qsTr("VR unavailable: %1").arg(area.vr.unavailableReason)
            : area.vr.active ? qsTr("Leave VR and go back to the desktop view (Ctrl+Shift+V)")
            : qsTr("Show the stream in the headset, %1 (Ctrl+Shift+V)").arg(area.vr.systemName)
        anchors.fill: parent
        focusPolicy: Qt.TabFocus
        enabled: area.vr !== null && area.vr.available
        text: area.vr && area.vr.active ? qsTr("Exit VR") : qsTr("VR")
        Accessible.name: area.vr && area.vr.active ? qsTr("Exit VR") : qsTr("VR headset")
        Accessible.description: explanation
        onClicked: area.vr.toggle()
        ToolTip.visible: (hover.hovered || activeFocus) && explanation.length > 0
        ToolTip.text: explanation
    }
    HoverHandler { id: hover }
}
