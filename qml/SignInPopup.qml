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
    readonly property bool atStart: !account.signedIn && !askingCode && account.state !== "inBrowser"
    padding: 12
    focus: true
    readonly property bool nothingOffered: atStart && !account.emailAvailable && !account.providerAvailable
    function focusFirst() {
        const first = account.signedIn ? signOutButton
                    : account.state === "inBrowser" ? cancelBrowserButton
                    : askingCode ? codeField
                    : account.emailAvailable ? emailField
                    : account.providerAvailable ? providerButton : closeButton
        first.forceActiveFocus()
    }
    onOpened: { account.boxOpen = true; focusFirst() }
    Connections {
        target: popup.account
        function onStateChanged() { if (popup.opened) popup.focusFirst() }
    }
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
        Label {
            Layout.fillWidth: true
            visible: popup.atStart && popup.account.registeredOnly
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("This event is for registered attendees: use the address you registered with.")
        }
        // The event's identity provider, in the browser.
        Button {
            id: providerButton
            objectName: "signInProviderButton"
            Layout.fillWidth: true
            visible: popup.atStart && popup.account.providerAvailable
            enabled: !popup.account.busy
            text: qsTr("Sign in with %1").arg(popup.account.providerName)
            Accessible.description: qsTr("Opens your web browser")
            onClicked: popup.account.signInWithProvider()
        }
        Button {
            id: cancelBrowserButton
            objectName: "signInCancelBrowserButton"
            visible: popup.account.state === "inBrowser"
            text: qsTr("Cancel")
            onClicked: popup.account.cancelProvider()
        }
        Label {
            Layout.fillWidth: true
            visible: popup.nothingOffered
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("This event's server offers no sign-in: you chat as a guest.")
        }
        // Step 1: the address.
        Label {
            Layout.fillWidth: true
            visible: popup.atStart && popup.account.emailAvailable
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: popup.account.providerAvailable ? qsTr("Or we mail you a code and a link. No password.")
                                                  : qsTr("We mail you a code and a link. No password.")
        }
        TextField {
            id: emailField
            objectName: "signInEmail"
            Layout.fillWidth: true
            visible: popup.atStart && popup.account.emailAvailable
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
                visible: popup.atStart && popup.account.emailAvailable
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
                id: closeButton
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
