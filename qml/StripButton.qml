// A compact button of the channel strip (scroll arrows, the rooms button, chat and schedule):
// an icon (resources/icons/ui) beside its text or alone, reachable by Tab, a focus ring, its
// tooltip on hover.
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
    // A file name in resources/icons/ui, without ".svg"; empty: text only.
    property string iconName
    icon.source: iconName.length > 0 ? "icons/" + iconName + ".svg" : ""
    icon.color: enabled ? Theme.text : Theme.dimText
    icon.width: Math.round(18 * Theme.textScale)
    icon.height: Math.round(18 * Theme.textScale)
    Accessible.name: text
    Layout.fillHeight: true
    Layout.alignment: Qt.AlignVCenter
    font.pixelSize: Theme.normalFont
    ToolTip.visible: hovered && ToolTip.text.length > 0
    ToolTip.delay: 600
    Accessible.description: ToolTip.text
    FocusRing {}
}
