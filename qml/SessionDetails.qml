// One session: times (the viewer's zone, the event's own below), room, speakers with avatars,
// abstract, links and the star. `session` is a snapshot from ScheduleModel.get(); the star reads
// the live store so it follows toggles.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: details
    required property EventController event
    property var session: ({})
    readonly property bool starred: event.myschedule.starred.indexOf(session.sessionId || "") >= 0
    modal: true
    focus: true
    padding: 16
    width: Math.min(600, parent ? parent.width - 64 : 600)
    background: Rectangle {
        color: Theme.detailsBackground
        radius: 8
        border.color: Theme.detailsBorder
        border.width: Theme.highContrast ? 2 : 1
    }

    ColumnLayout {
        spacing: 8
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Session: %1").arg(details.session.title || "")
        Label {
            text: details.session.title || ""
            color: Theme.text
            font.pixelSize: Theme.largeFont
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: details.session.subtitle || ""
            color: Theme.detailsSubtitle
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1–%2 · %3").arg(details.session.start).arg(details.session.end).arg(details.session.room)
            color: Theme.overlayText
        }
        Label {
            text: qsTr("Event time: %1").arg(details.session.eventZoneStart)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
        }
        Label {
            text: [details.session.topic, details.session.language, details.session.type]
                  .filter(s => s && s.length > 0).join(" · ")
            color: Theme.detailsTags
        }
        Flow {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: details.session.speakerList || []
                delegate: Row {
                    required property var modelData
                    spacing: 6
                    Image {
                        Accessible.ignored: true
                        width: 32; height: 32
                        source: modelData.avatar || ""
                        visible: status === Image.Ready
                        fillMode: Image.PreserveAspectCrop
                    }
                    Label { text: modelData.name; color: Theme.text; anchors.verticalCenter: parent.verticalCenter }
                }
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(200, abstractText.implicitHeight)
            visible: abstractText.text.length > 0
            Label {
                id: abstractText
                width: parent.width
                text: details.session.abstract || ""
                color: Theme.overlayText
                wrapMode: Text.Wrap
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: details.session.links || []
                delegate: Button {
                    required property var modelData
                    text: modelData.title
                    Accessible.name: qsTr("Open link: %1").arg(modelData.title)
                    Accessible.description: modelData.url
                    onClicked: Qt.openUrlExternally(modelData.url)
                    FocusRing {}
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: details.starred ? qsTr("★ Starred") : qsTr("☆ Star")
                Accessible.name: details.starred ? qsTr("Remove from my schedule") : qsTr("Add to my schedule")
                FocusRing {}
                onClicked: details.event.myschedule.toggle(details.session.sessionId)
            }
            Button {
                text: qsTr("Go to channel")
                enabled: (details.session.roomIndex ?? -1) >= 0
                Accessible.name: qsTr("Go to this session's channel")
                FocusRing {}
                onClicked: { details.event.selectChannel(details.session.roomIndex); details.close() }
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Close"); Accessible.name: qsTr("Close the session details"); onClicked: details.close(); FocusRing {} }
        }
    }
}
