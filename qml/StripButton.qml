// A compact button of the channel strip (scroll arrows, the rooms button): reachable by Tab, a
// focus ring, its tooltip on hover.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Button {
    id: button
    focusPolicy: Qt.TabFocus
    // Space presses the focused button, not the window's play/pause.
    Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
    flat: true
    Layout.fillHeight: true
    Layout.alignment: Qt.AlignVCenter
    font.pixelSize: Theme.normalFont
    ToolTip.visible: hovered && ToolTip.text.length > 0
    ToolTip.delay: 600
    Accessible.description: ToolTip.text
    FocusRing {}
}
