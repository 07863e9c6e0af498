// The Channels page's stream fields: which of the picked channel's streams (1 is the main one
// viewers open; the others are fallbacks the player offers when it fails, or a new one), and its
// address, projection, stereo layout, language and label. Enter in any field saves them all
// (OrganizeChannels.saveStream sends only what changed); Esc goes back to the list; Ctrl+T in
// the address tests what is typed, as omnikast check does.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

GridLayout {
    id: fields
    required property OrganizeController organize
    readonly property OrganizeChannels channels: organize.channels
    // The channel picked in the list (list.currentIndex is its row).
    required property string channelId
    // Where Esc and a save go back to.
    required property Item list
    readonly property alias urlField: urlField
    readonly property alias streamBox: streamBox
    // The channel and stream the fields are being edited for, taken when editing begins.
    property string editingId
    property int editingIndex: -1
    // The address of the stream shown (not what is typed): Remove names it.
    property string shownUrl
    // While the organizer is in the fields they keep what was typed; leaving them shows the
    // picked stream again.
    readonly property bool editing: urlField.activeFocus || projectionBox.activeFocus
                                    || stereoBox.activeFocus || languageField.activeFocus
                                    || labelField.activeFocus || testButton.activeFocus
                                    || saveButton.activeFocus
    onEditingChanged: {
        if (editing) {
            fields.editingId = fields.channelId
            fields.editingIndex = streamBox.currentIndex
            fields.channels.beginStreamEdit(fields.editingId, fields.editingIndex)
        } else {
            fields.showCurrent()
        }
    }
    // The streams, and one more entry that adds one.
    property var streamNames: []
    readonly property int streamCount: Math.max(0, streamNames.length - 1)
    readonly property bool adding: streamBox.currentIndex >= fields.streamCount

    function showCurrent() {
        const m = fields.channels.model
        const names = m.streamNames(fields.list.currentIndex)
        const keep = streamBox.currentIndex
        fields.streamNames = names.concat([names.length === 0 ? qsTr("Add the main stream")
                                                              : qsTr("Add a fallback stream")])
        streamBox.currentIndex = Math.max(0, Math.min(keep, fields.streamNames.length - 1))
        if (fields.editing) return
        const s = m.stream(fields.list.currentIndex, streamBox.currentIndex)
        // A new stream starts with the main one's picture (a fallback is mostly the same camera).
        const picture = fields.adding ? m.stream(fields.list.currentIndex, 0) : s
        fields.shownUrl = s.url || ""
        urlField.text = s.url || ""
        projectionBox.currentIndex = Math.max(0, projectionBox.indexOfValue(picture.projection || "equirect"))
        stereoBox.currentIndex = Math.max(0, stereoBox.indexOfValue(picture.stereo || "mono"))
        languageField.text = s.language || ""
        labelField.text = s.label || ""
    }
    // Another channel: its main stream first.
    function pickFirst() {
        streamBox.currentIndex = 0
        showCurrent()
    }
    function save() {
        fields.channels.saveStream(fields.editingId, fields.editingIndex, {
            url: urlField.text, projection: projectionBox.currentValue,
            stereo: stereoBox.currentValue, language: languageField.text, label: labelField.text
        })
        fields.list.forceActiveFocus()
    }
    function back() {
        fields.list.forceActiveFocus()
        fields.showCurrent()
    }

    columns: 2
    Label { text: qsTr("Stream"); color: Theme.text }
    RowLayout {
        Layout.fillWidth: true
        FittedComboBox {
            id: streamBox
            objectName: "streamBox"
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            focusPolicy: Qt.TabFocus
            model: fields.streamNames
            Accessible.name: qsTr("Which stream")
            Accessible.description: qsTr("1 is the one viewers open; the others are offered when it fails")
            onActivated: fields.showCurrent()
            FocusRing {}
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "removeStreamButton"
            text: qsTr("Remove stream")
            visible: !fields.adding
            onClicked: {
                removeStreamDialog.index = streamBox.currentIndex
                removeStreamDialog.url = fields.shownUrl
                removeStreamDialog.channelId = fields.channelId
                removeStreamDialog.open()
            }
            FocusRing {}
        }
    }
    Label { text: qsTr("Address"); color: Theme.text }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: urlField
            objectName: "streamUrlField"
            Layout.fillWidth: true
            placeholderText: qsTr("https://…/live.m3u8, rtmp://…, srt://…")
            Accessible.name: qsTr("Stream address")
            Accessible.description: qsTr("Enter saves the stream: viewers of the channel follow at once")
            onAccepted: fields.save()
            Keys.onEscapePressed: fields.back()
            // Ctrl+T tests what is typed, saved or not.
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_T && (event.modifiers & Qt.ControlModifier)) {
                    testButton.clicked()
                    event.accepted = true
                }
            }
            FocusRing {}
        }
        Button {
            id: testButton
            objectName: "streamTestButton"
            text: fields.organize.streamTest.running ? qsTr("Stop test") : qsTr("Test")
            Accessible.description: qsTr("Checks that the address plays, as omnikast check does (Ctrl+T in the address)")
            enabled: fields.organize.streamTest.running || urlField.text.trim().length > 0
            onClicked: fields.organize.streamTest.running ? fields.organize.streamTest.cancel()
                                                          : fields.organize.streamTest.start(urlField.text)
            FocusRing {}
        }
    }
    Item { width: 1; height: 1; visible: testResult.visible }
    Label {
        id: testResult
        objectName: "streamTestResult"
        Layout.fillWidth: true
        // The result of the address shown (or of the test still running).
        visible: text.length > 0 && (run.running || run.url === urlField.text.trim())
        wrapMode: Text.Wrap
        readonly property var run: fields.organize.streamTest
        text: run.summary.length === 0 ? "" : (run.running ? "⏳ " : run.passed ? "✓ " : "✗ ") + run.summary
        color: run.running ? Theme.mutedText : run.passed ? Theme.statusOk : Theme.statusError
        Accessible.role: Accessible.AlertMessage
        Accessible.name: run.running ? qsTr("Testing the stream") : run.summary
    }
    Label { text: qsTr("Picture"); color: Theme.text }
    // Wraps at large text sizes and in longer languages.
    Flow {
        Layout.fillWidth: true
        spacing: 6
        FittedComboBox {
            id: projectionBox
            objectName: "streamProjectionBox"
            focusPolicy: Qt.TabFocus
            model: fields.channels.projectionChoices
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Projection")
            Accessible.description: qsTr("How the picture is mapped onto the sphere")
            // Enter picks in the open list; on the closed box it saves.
            Keys.onReturnPressed: (event) => { if (popup.visible) event.accepted = false; else fields.save() }
            Keys.onEnterPressed: (event) => { if (popup.visible) event.accepted = false; else fields.save() }
            Keys.onEscapePressed: (event) => { if (popup.visible) event.accepted = false; else fields.back() }
            FocusRing {}
        }
        FittedComboBox {
            id: stereoBox
            objectName: "streamStereoBox"
            focusPolicy: Qt.TabFocus
            model: fields.channels.stereoChoices
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Stereo layout")
            Accessible.description: qsTr("How the two eyes are packed in the picture")
            Keys.onReturnPressed: (event) => { if (popup.visible) event.accepted = false; else fields.save() }
            Keys.onEnterPressed: (event) => { if (popup.visible) event.accepted = false; else fields.save() }
            Keys.onEscapePressed: (event) => { if (popup.visible) event.accepted = false; else fields.back() }
            FocusRing {}
        }
    }
    Label { text: qsTr("Language"); color: Theme.text }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: languageField
            objectName: "streamLanguageField"
            Layout.preferredWidth: Math.round(90 * Theme.textScale)
            placeholderText: qsTr("en, ja…")
            Accessible.name: qsTr("Stream language")
            Accessible.description: qsTr("A language tag such as en, ja or pt-BR; empty when it has no speech")
            onAccepted: fields.save()
            Keys.onEscapePressed: fields.back()
            FocusRing {}
        }
        TextField {
            id: labelField
            objectName: "streamLabelField"
            Layout.fillWidth: true
            placeholderText: qsTr("Label viewers pick it by (optional)")
            Accessible.name: qsTr("Stream label")
            Accessible.description: qsTr("What viewers see when a channel offers several streams")
            onAccepted: fields.save()
            Keys.onEscapePressed: fields.back()
            FocusRing {}
        }
        Button {
            id: saveButton
            objectName: "saveStreamButton"
            text: fields.adding ? qsTr("Add stream") : qsTr("Save stream")
            Accessible.description: qsTr("Enter in any stream field")
            enabled: urlField.text.trim().length > 0
            onClicked: fields.save()
            FocusRing {}
        }
    }

    Dialog {
        id: removeStreamDialog
        objectName: "removeStreamDialog"
        property int index: -1
        property string url
        property string channelId
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove stream %1?").arg(removeStreamDialog.index + 1)
        Label {
            text: removeStreamDialog.index === 0
                  ? qsTr("Viewers watching it switch to the next stream, or to none: %1").arg(removeStreamDialog.url)
                  : qsTr("The player no longer offers it: %1").arg(removeStreamDialog.url)
            wrapMode: Text.Wrap
            width: Math.round(420 * Theme.textScale)
            color: Theme.text
        }
        // Remove has the focus: Enter or Space removes, Tab reaches Cancel, Esc keeps it.
        footer: DialogButtonBox {
            Button {
                id: removeStreamButton
                objectName: "removeStreamConfirm"
                text: qsTr("Remove")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
            }
        }
        onOpened: removeStreamButton.forceActiveFocus()
        onAccepted: fields.channels.removeStream(removeStreamDialog.channelId, removeStreamDialog.index,
                                                 removeStreamDialog.url)
        onClosed: fields.list.forceActiveFocus()
    }
}
