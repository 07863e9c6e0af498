// "Watch together" (WatchParty, docs/USER-GUIDE.md "Watching together"): open a party and copy its link, join one
// by its link, sign in where an invite-only party asks for it, see the party the window is in and
// leave it. Every step by keyboard: Enter moves on, Esc closes; the status line is read out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: popup
    objectName: "partyPopup"
    required property WatchParty party
    property bool signedIn: false
    // The channel watched now: the new party's name starts from it.
    property string channelName: ""
    signal signInRequested()
    readonly property bool inParty: party.state === "joined"
    padding: 12
    focus: true
    function focusFirst() {
        const first = inParty ? (party.isHost ? copyButton : leaveButton)
                    : party.state === "signInNeeded" ? signInButton
                    : popup.signedIn ? nameField : linkField
        first.forceActiveFocus()
    }
    onOpened: {
        if (nameField.text.length === 0 && popup.channelName.length > 0)
            nameField.text = qsTr("Watching %1").arg(popup.channelName)
        focusFirst()
    }
    Connections {
        target: popup.party
        function onStateChanged() { if (popup.opened) popup.focusFirst() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Watch together")
        Label {
            Layout.fillWidth: true
            font.bold: true
            wrapMode: Text.Wrap
            text: popup.inParty ? qsTr("Watch party “%1”").arg(popup.party.name) : qsTr("Watch together")
        }

        // In a party: its link (the host's) and Leave.
        Label {
            Layout.fillWidth: true
            visible: popup.inParty
            wrapMode: Text.Wrap
            text: popup.party.isHost
                  ? (popup.party.inviteOnly
                     ? qsTr("You host it. Whoever opens this link joins, once signed in; you run its playback for everyone.")
                     : qsTr("You host it. Anyone with this link joins; you run its playback for everyone."))
                  : qsTr("Its host picks what everyone watches; the chat is the party's.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: popup.inParty && popup.party.link.length > 0
            TextField {
                id: linkShown
                objectName: "partyLink"
                Layout.fillWidth: true
                readOnly: true
                text: popup.party.link
                Accessible.name: qsTr("The party's link")
                onActiveFocusChanged: if (activeFocus) selectAll()
            }
            Button {
                id: copyButton
                objectName: "partyCopyLink"
                text: qsTr("Copy link")
                onClicked: popup.party.copyLink()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: popup.inParty && popup.party.isHost && popup.party.inviteExpiresMs > 0
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("The link works until %1.")
                  .arg(new Date(popup.party.inviteExpiresMs).toLocaleString(Qt.locale(LanguageController.effectiveLanguage), Locale.ShortFormat))
        }
        Button {
            id: leaveButton
            objectName: "partyLeave"
            visible: popup.inParty
            text: qsTr("Leave the party")
            onClicked: { popup.party.leave(); popup.close() }
        }

        // An invite-only party's link, before signing in.
        Button {
            id: signInButton
            objectName: "partySignIn"
            visible: popup.party.state === "signInNeeded" || (!popup.inParty && !popup.signedIn)
            text: qsTr("Sign in…")
            onClicked: popup.signInRequested()
        }

        // Not in a party: open one, or join one by its link.
        ColumnLayout {
            Layout.fillWidth: true
            visible: !popup.inParty && popup.party.state !== "signInNeeded"
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: popup.signedIn
                      ? qsTr("Open a room of your own: everyone who opens its link watches the same moment as you, with a chat of its own.")
                      : qsTr("Sign in to open a party of your own. To join one, paste its link below.")
            }
            TextField {
                id: nameField
                objectName: "partyName"
                Layout.fillWidth: true
                visible: popup.signedIn
                maximumLength: 80
                placeholderText: qsTr("The party's name")
                Accessible.name: qsTr("The party's name")
                onAccepted: openButton.clicked()
            }
            CheckBox {
                id: inviteOnlyBox
                objectName: "partyInviteOnly"
                visible: popup.signedIn
                checked: true
                text: qsTr("Only people with the link, signed in")
            }
            Button {
                id: openButton
                objectName: "partyOpen"
                visible: popup.signedIn
                enabled: !popup.party.busy && nameField.text.trim().length > 0
                text: qsTr("Open the party")
                onClicked: popup.party.open(nameField.text, inviteOnlyBox.checked)
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: linkField
                    objectName: "partyJoinLink"
                    Layout.fillWidth: true
                    placeholderText: qsTr("omnikast://…/room/… (a party's link)")
                    Accessible.name: qsTr("A party's link to join")
                    onAccepted: joinButton.clicked()
                }
                Button {
                    id: joinButton
                    objectName: "partyJoin"
                    enabled: !popup.party.busy && linkField.text.trim().length > 0
                    text: qsTr("Join")
                    onClicked: if (popup.party.useLink(linkField.text)) linkField.clear()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: popup.party.message.length > 0
            BusyIndicator {
                visible: popup.party.busy
                running: visible
                Layout.preferredWidth: 24; Layout.preferredHeight: 24
            }
            Label {
                objectName: "partyMessage"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: popup.party.messageIsError ? Theme.danger : palette.windowText
                text: popup.party.message
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        Button {
            objectName: "partyClose"
            Layout.alignment: Qt.AlignRight
            flat: true
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
