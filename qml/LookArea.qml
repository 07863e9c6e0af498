// Drag to look around, the wheel zooms, a double click asks for fullscreen: the mouse on the
// video. Any move or press on it says moved() (the control bar comes back).
import QtQuick
import Omnikast

MouseArea {
    id: area
    required property VideoView view
    signal fullScreenRequested()
    signal moved()
    property point last
    hoverEnabled: true
    cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
    onPressed: (mouse) => { last = Qt.point(mouse.x, mouse.y); area.moved() }
    onPositionChanged: (mouse) => {
        area.moved()
        if (!pressed) return
        area.view.dragBy(mouse.x - last.x, mouse.y - last.y)
        last = Qt.point(mouse.x, mouse.y)
    }
    onWheel: (wheel) => area.view.zoomBy(wheel.angleDelta.y / 120)
    onDoubleClicked: area.fullScreenRequested()
}
