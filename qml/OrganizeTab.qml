// A tab of the Organize view in the window's colours: the current one as the channel strip's
// current tab, a focus ring when reached by Tab.
import QtQuick
import QtQuick.Controls
import Omnikast

TabButton {
    id: tab
    width: implicitWidth
    font.pixelSize: Theme.normalFont
    focusPolicy: Qt.TabFocus
    contentItem: Label {
        text: tab.text
        font: tab.font
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        color: tab.checked ? Theme.tabCurrent : tab.hovered ? Theme.tabHover : Theme.tab
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 2
            visible: tab.checked
            color: Theme.highlight
        }
    }
    FocusRing {}
}
