// A control-bar button drawn as an icon (resources/icons/ui, tinted from the Theme), as VLC and
// mpv draw theirs: its text is what screen readers say and what the tooltip shows, with the key
// that does the same. Reachable by Tab (a focus ring); a click does not keep the focus, so the
// arrow keys keep turning the view.
import QtQuick
import QtQuick.Controls
import Omnikast

ToolButton {
    id: button
    // A file name in resources/icons/ui, without ".svg".
    property string iconName
    // The key that does the same ("Space", "F"), shown in the tooltip.
    property string shortcut: ""
    property color iconColor: Theme.overlayText
    focusPolicy: Qt.TabFocus
    // Space presses the focused button, not the window's play/pause.
    Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
    display: AbstractButton.IconOnly
    icon.source: iconName.length > 0 ? "icons/" + iconName + ".svg" : ""
    icon.color: enabled ? iconColor : Theme.dimText
    palette.buttonText: iconColor  // its text, where it shows one
    icon.width: Math.round(22 * Theme.textScale)
    icon.height: Math.round(22 * Theme.textScale)
    padding: 6
    flat: true
    // A quiet square that shows under the pointer and while pressed or on.
    background: Rectangle {
        implicitWidth: 36
        implicitHeight: 36
        radius: 6
        color: button.down || button.checked ? Theme.tabCurrent : button.hovered ? Theme.tabHover : "transparent"
        // High contrast draws no fills: an outline shows what is on, pressed or under the pointer.
        border.width: Theme.highContrast && (button.down || button.checked || button.hovered) ? 2 : 0
        border.color: Theme.focus
    }
    readonly property string tip: shortcut.length > 0 ? qsTr("%1 (%2)").arg(text).arg(shortcut) : text
    ToolTip.visible: (hovered || visualFocus) && tip.length > 0
    ToolTip.delay: 500
    ToolTip.text: tip
    Accessible.name: text
    FocusRing {}
}
