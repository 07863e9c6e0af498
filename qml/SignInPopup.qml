// Signing in to the event's server (AccountSession, docs/AUTH.md): the e-mail address, then the
// code from the mail (or its link opens the viewer signed in), then who is signed in and Sign out.
// Every step by keyboard: Enter moves on, Esc closes; the status line is read out as it changes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: popup
    objectName: "signInPopup"
    required property AccountSession account
    readonly property bool askingCode: account.state === "codeSent" || account.state === "verifying"
    padding: 12
    focus: true
    onOpened: { account.boxOpen = true; (account.signedIn ? signOutButton : askingCode ? codeField : emailField).forceActiveFocus() }
    onClosed: account.boxOpen = false

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Sign in")
        Label {
            Layout.fillWidth: true
            font.bold: true
            text: popup.account.signedIn ? qsTr("Signed in") : qsTr("Sign in to this event")
            color: Theme.text
        }
        // Signed in: who, and Sign out.
        Label {
            objectName: "signedInAs"
            Layout.fillWidth: true
            visible: popup.account.signedIn
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("%1 (%2)").arg(popup.account.displayName).arg(popup.account.email)
        }
        // Step 1: the address.
        Label {
            Layout.fillWidth: true
            visible: !popup.account.signedIn && !popup.askingCode
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("We mail you a code and a link. No password.")
        }
        TextField {
            id: emailField
            objectName: "signInEmail"
            Layout.fillWidth: true
            visible: !popup.account.signedIn && !popup.askingCode
            enabled: !popup.account.busy
            placeholderText: qsTr("you@example.org")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            text: popup.account.email
            Accessible.name: qsTr("E-mail address")
            onAccepted: popup.account.requestCode(text)
        }
        // Step 2: the code.
        TextField {
            id: codeField
            objectName: "signInCode"
            Layout.fillWidth: true
            visible: !popup.account.signedIn && popup.askingCode
            enabled: !popup.account.busy
            placeholderText: qsTr("Code, like K7Q-4MX")
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            font.family: "monospace"
            Accessible.name: qsTr("Code from the mail")
            onAccepted: popup.account.submitCode(text)
        }
        Label {
            objectName: "signInMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: popup.account.message
            color: popup.account.messageIsError ? Theme.statusError : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: popup.account.busy
            running: visible
            Accessible.name: qsTr("Working")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "signInSendButton"
                visible: !popup.account.signedIn && !popup.askingCode
                enabled: !popup.account.busy && emailField.text.length > 0
                text: qsTr("Send code")
                onClicked: popup.account.requestCode(emailField.text)
            }
            Button {
                objectName: "signInCodeButton"
                visible: !popup.account.signedIn && popup.askingCode
                enabled: !popup.account.busy && codeField.text.length > 0
                text: qsTr("Sign in")
                onClicked: popup.account.submitCode(codeField.text)
            }
            Button {
                visible: !popup.account.signedIn && popup.askingCode
                enabled: !popup.account.busy
                flat: true
                text: qsTr("Another address")
                onClicked: { codeField.clear(); popup.account.startOver(); emailField.forceActiveFocus() }
            }
            Button {
                id: signOutButton
                objectName: "signOutButton"
                visible: popup.account.signedIn
                text: qsTr("Sign out")
                onClicked: popup.account.signOut()
            }
            Item { Layout.fillWidth: true }
            Button {
                flat: true
                text: qsTr("Close")
                onClicked: popup.close()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            text: popup.account.storageNote
        }
    }
}
