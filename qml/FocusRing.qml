// The visible keyboard focus: a ring around its parent while the parent has active focus.
// Put `FocusRing {}` inside any control reachable by Tab (in a Flickable, set parent and target
// to the view); the colour follows the Theme (yellow in high contrast).
import QtQuick
import Omnikast

Rectangle {
    objectName: "focusRing"
    property Item target: parent
    anchors.fill: parent
    anchors.margins: -2
    visible: target !== null && target.activeFocus
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.highContrast ? 3 : 2
    radius: 4
    z: 100
    Accessible.ignored: true
}
