// Who guides the room's view (GuideController), over the video, with the one button that matters
// now: Follow or Stop following for a viewer, Stop guiding for the guide. Shown only while a guide
// is on.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: badge
    objectName: "guideBadge"
    required property GuideController guide
    // The widest it may be (the video's width, less margins): a long name is cut, the button
    // stays whole.
    property real maxWidth: 100000
    visible: guide.available && (guide.guiding || guide.guideActive)
    color: Theme.overlay
    radius: 6
    border.color: Theme.border
    width: Math.min(row.implicitWidth + 16, maxWidth)
    height: row.implicitHeight + 12
    Accessible.role: Accessible.Grouping
    Accessible.name: label.text
    function act() {
        if (badge.guide.guiding) badge.guide.guiding = false
        else badge.guide.following = !badge.guide.following
    }
    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Label {
            id: label
            objectName: "guideText"
            Layout.maximumWidth: Math.max(0, badge.maxWidth - button.implicitWidth - 32)
            elide: Text.ElideRight
            color: Theme.text
            text: badge.guide.guiding ? qsTr("You guide everyone's view")
                  : badge.guide.following ? qsTr("Following %1's view").arg(badge.guide.guideName)
                  : qsTr("%1 is guiding the view").arg(badge.guide.guideName)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Button {
            id: button
            objectName: "guideButton"
            text: badge.guide.guiding ? qsTr("Stop guiding")
                  : badge.guide.following ? qsTr("Stop following") : qsTr("Follow")
            Accessible.description: badge.guide.guiding
                                    ? qsTr("Your view stops going to the others")
                                    : qsTr("Turns your view with the guide's; you can still look around")
            onClicked: badge.act()
            FocusRing {}
        }
    }
}
