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
    background: Rectangle { color: "#f01a1e26"; radius: 8; border.color: "#556" }

    ColumnLayout {
        spacing: 8
        Label {
            text: details.session.title || ""
            color: "white"
            font.pixelSize: 20
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: details.session.subtitle || ""
            color: "#bbb"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1–%2 · %3").arg(details.session.start).arg(details.session.end).arg(details.session.room)
            color: "#ddd"
        }
        Label {
            text: qsTr("Event time: %1").arg(details.session.eventZoneStart)
            color: "#999"
            font.pixelSize: 11
        }
        Label {
            text: [details.session.topic, details.session.language, details.session.type]
                  .filter(s => s && s.length > 0).join(" · ")
            color: "#9bd"
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
                        width: 32; height: 32
                        source: modelData.avatar || ""
                        visible: status === Image.Ready
                        fillMode: Image.PreserveAspectCrop
                    }
                    Label { text: modelData.name; color: "white"; anchors.verticalCenter: parent.verticalCenter }
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
                color: "#ddd"
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
                    onClicked: Qt.openUrlExternally(modelData.url)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: details.starred ? qsTr("★ Starred") : qsTr("☆ Star")
                onClicked: details.event.myschedule.toggle(details.session.sessionId)
            }
            Button {
                text: qsTr("Go to channel")
                enabled: (details.session.roomIndex ?? -1) >= 0
                onClicked: { details.event.selectChannel(details.session.roomIndex); details.close() }
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Close"); onClicked: details.close() }
        }
    }
}
