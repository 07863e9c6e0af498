// A failure the user must see: what went wrong and with which input. For a channel with more
// than one stream, a button tries the next one (the fallback the event offers).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Rectangle {
    id: banner
    property EventController event: null
    property PlayerController player: null
    property VideoView view: null
    // A moderator's media plays instead of the channel's streams: no other stream to offer.
    property bool overridden: false
    readonly property string eventError: event ? event.errorString : ""
    // The event's failure first (nothing plays without it), then the player's, then the view's.
    property string message: eventError.length > 0 ? eventError
                             : player && player.errorString.length > 0 ? player.errorString
                             : view ? view.errorString : ""
    // What failed, in the user's words: playing a stream, or opening an event's catalog.
    property string action: eventError.length > 0 ? qsTr("Cannot open the event") : qsTr("Cannot play")
    readonly property int nextStream: event && event.streamChoices.length > 1
                                      ? (event.currentStream + 1) % event.streamChoices.length : -1
    visible: message.length > 0
    color: Theme.errorBackground
    border.color: Theme.statusError
    border.width: Theme.highContrast ? 3 : 1
    radius: 8
    implicitHeight: column.implicitHeight + 32
    height: implicitHeight

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        Text {
            id: label
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Math.round(16 * Theme.textScale)
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("%1: %2").arg(banner.action).arg(banner.message)
        }
        Button {
            objectName: "fallbackStreamButton"
            Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Space)
            // The player failed on a channel with another stream.
            visible: banner.eventError.length === 0 && banner.nextStream >= 0 && !banner.overridden
                     && banner.player !== null && banner.player.errorString.length > 0
            Layout.alignment: Qt.AlignHCenter
            focusPolicy: Qt.TabFocus
            text: visible ? qsTr("Try the other stream: %1").arg(banner.event.streamChoices[banner.nextStream]) : ""
            Accessible.name: text
            onClicked: banner.event.currentStream = banner.nextStream
            FocusRing {}
        }
    }
}
