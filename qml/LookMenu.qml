// The control bar's settings button: the window's look — light or dark colours, high contrast,
// the text size — in one menu, each entry with its key. The choices are remembered (Theme,
// AppSettings); the same keys work without the menu.
import QtQuick
import QtQuick.Controls
import Omnikast

IconButton {
    id: button
    objectName: "lookButton"
    iconName: "settings"
    text: qsTr("Look and text size")
    onClicked: menu.opened ? menu.close() : menu.popup(button, 0, -menu.implicitHeight)
    readonly property bool menuOpen: menu.visible
    ToolTip.visible: (hovered || visualFocus) && !menu.visible
    Menu {
        id: menu
        objectName: "lookMenu"
        // A press on the gear itself closes the menu (its click would reopen it otherwise).
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
        width: Math.max(implicitWidth, Math.round(320 * Theme.textScale))
        MenuItem {
            objectName: "lightSchemeItem"
            text: qsTr("Light colours (Ctrl+Shift+L)")
            checkable: true
            checked: Theme.light
            enabled: !Theme.highContrast
            onTriggered: Theme.light = checked
        }
        MenuItem {
            objectName: "highContrastItem"
            text: qsTr("High contrast (Ctrl+Shift+H)")
            checkable: true
            checked: Theme.highContrast
            onTriggered: Theme.highContrast = checked
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Larger text (Ctrl+=)"); onTriggered: Theme.increaseText() }
        MenuItem { text: qsTr("Smaller text (Ctrl+-)"); onTriggered: Theme.decreaseText() }
        MenuItem {
            text: qsTr("Normal text size (Ctrl+0)")
            enabled: Theme.textScale !== 1.0
            onTriggered: Theme.resetText()
        }
    }
}
