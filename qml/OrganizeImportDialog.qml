// The schedule's re-import, from the Organize view's "Sessions" page (I in the list, or
// Re-import schedule…): the schedule's address (the server's own at first) and how the server
// checks it by itself; Enter in the address previews what an import would change, grouped (new,
// changed, removed and kept sessions, rooms, speakers and topics, the event's details); Apply or
// Ctrl+Enter imports exactly that, and the dialog closes (the line at the bottom says what came
// in). OrganizeImport (C++) decides and sends; the server refuses an import when the schedule or
// the catalog changed since the preview, and the line says to preview again.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Dialog {
    id: dialog
    required property OrganizeController organize
    readonly property OrganizeImport importer: organize.scheduleImport
    readonly property alias urlField: urlField
    readonly property alias changeList: changeList
    objectName: "importDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    title: qsTr("Re-import the schedule")
    // Fixed: the rows' text changes with every preview, and its natural width would size the
    // dialog.
    contentWidth: Math.round(560 * Theme.textScale)
    contentHeight: Math.min(Math.round(400 * Theme.textScale), (parent ? parent.height : 600) - 200)

    // Enter in the address previews; Ctrl+Enter imports the preview, from the address or the list.
    function enterKey(event, previews) {
        if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter) return
        if (event.modifiers & Qt.ControlModifier) dialog.importer.apply()
        else if (previews) dialog.importer.preview()
        else return
        event.accepted = true
    }

    // Anew each time: no preview, the server's address and last check read again.
    onAboutToShow: {
        dialog.importer.reset()
        dialog.importer.refresh()
    }
    onOpened: urlField.forceActiveFocus()
    Connections {
        target: dialog.importer
        function onApplied() { dialog.close() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("The schedule's address (a Pretalx or frab export):")
        }
        TextField {
            id: urlField
            objectName: "importUrlField"
            Layout.fillWidth: true
            text: dialog.importer.url
            placeholderText: "https://pretalx.example/event/schedule/export/schedule.xml"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Schedule address")
            Accessible.description: qsTr("Enter previews what an import would change; Ctrl+Enter imports the preview")
            onTextEdited: dialog.importer.url = text
            Keys.onPressed: (event) => dialog.enterKey(event, true)
            FocusRing {}
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "importCheckStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: dialog.importer.statusText
            }
            BusyIndicator {
                running: dialog.importer.busy
                visible: running
                Layout.preferredHeight: Math.round(24 * Theme.textScale)
                Layout.preferredWidth: Layout.preferredHeight
                Accessible.name: qsTr("Working")
            }
        }

        ListView {
            id: changeList
            objectName: "importChangeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            activeFocusOnTab: true
            model: dialog.importer.changes
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            onCountChanged: if (count > 0 && (currentIndex < 0 || currentIndex >= count)) currentIndex = 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("What an import would change")
            Keys.onPressed: (event) => dialog.enterKey(event, false)
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: changeList.width
                topPadding: 8
                bottomPadding: 2
                text: section
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            delegate: Rectangle {
                id: row
                required property int index
                required property string section
                required property string title
                required property string detail
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 8
                color: ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
                border.color: ListView.isCurrentItem && changeList.activeFocus ? Theme.focus : "transparent"
                border.width: 2
                radius: 4
                Accessible.role: Accessible.ListItem
                // The section first: a screen reader hears which group the row is in.
                Accessible.name: row.section + ": " + row.title
                                 + (row.detail.length > 0 ? ". " + row.detail : "")
                MouseArea {
                    anchors.fill: parent
                    onClicked: { changeList.currentIndex = row.index; changeList.forceActiveFocus() }
                }
                ColumnLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.detail.length > 0
                        text: row.detail
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: changeList.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: changeList.count === 0
                text: dialog.importer.previewed
                      ? qsTr("The schedule brings nothing new.")
                      : qsTr("Preview (Enter) shows what an import would change. Nothing changes before Apply.")
                color: Theme.mutedText
            }
        }

        // The Organize view's message line, here too: the panel's is under the dialog.
        Label {
            objectName: "importMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: dialog.organize.message
            color: dialog.organize.messageIsError ? Theme.statusError : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // Tab goes from the address to the list, then to the buttons; Esc closes.
    footer: DialogButtonBox {
        Button {
            objectName: "importPreviewButton"
            text: qsTr("Preview")
            Accessible.description: qsTr("Enter in the address")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.importer.preview()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
        }
        Button {
            objectName: "importApplyButton"
            text: qsTr("Apply")
            enabled: dialog.importer.canApply
            Accessible.description: qsTr("Ctrl+Enter. Imports what the preview shows")
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            // The button is disabled while the import is on its way: the focus goes back to the
            // address, where Enter previews again when the line says so.
            onClicked: { dialog.importer.apply(); urlField.forceActiveFocus() }
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
        }
        Button {
            text: qsTr("Close")
            Accessible.description: qsTr("Esc")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
        }
    }
}
