// The Organize view's "Announce" page: a text to every channel or to one, sent with Ctrl+Enter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

ColumnLayout {
    id: page
    required property OrganizeController organize
    function activate() { announcementText.forceActiveFocus() }
    readonly property alias announcementField: announcementText

    spacing: 6
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Shown as a banner over the video to every viewer, or only to one channel's viewers, until they dismiss it.")
    }
    RowLayout {
        Label { text: qsTr("To:"); color: Theme.text }
        FittedComboBox {
            id: announceTo
            objectName: "announceTo"
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("Who sees the announcement")
            model: page.organize.announcementTargets
            textRole: "name"
            valueRole: "id"
            // Kept by channel id: a new catalog must not turn "one channel" into "all".
            property string chosen: ""
            onActivated: chosen = currentValue
            onModelChanged: currentIndex = Math.max(0, indexOfValue(chosen))
            FocusRing {}
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        TextArea {
            id: announcementText
            objectName: "announcementField"
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What everyone should know now")
            Accessible.name: qsTr("Announcement text")
            Accessible.description: qsTr("Ctrl+Enter sends it")
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    if (announceButton.enabled) announceButton.clicked()
                    event.accepted = true
                }
            }
        }
    }
    RowLayout {
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 of %2 characters").arg(announcementText.text.trim().length)
                                                .arg(page.organize.maxAnnouncementChars)
            color: announcementText.text.trim().length > page.organize.maxAnnouncementChars
                   ? Theme.statusError : Theme.mutedText
        }
        Button {
            id: announceButton
            text: qsTr("Send (Ctrl+Enter)")
            enabled: !page.organize.busy
            onClicked: page.organize.announce(announcementText.text, announceTo.currentValue)
            FocusRing {}
        }
    }
    Connections {
        target: page.organize
        function onAnnounced() { announcementText.text = "" }
    }
}
