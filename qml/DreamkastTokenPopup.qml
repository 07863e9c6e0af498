// How an attendee signs in to Dreamkast's chat: in the web browser at the event's Dreamkast
// sign-in (DreamkastSignIn, where its host's is known), or by pasting an access token. Either
// token is kept by AppSettings for this event's Dreamkast host, and cleared by Sign out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: tokenPopup
    objectName: "dreamkastTokenPopup"
    property EventController event: null
    padding: 8
    onOpened: browserButton.visible && browserButton.enabled ? browserButton.forceActiveFocus()
                                                             : tokenField.forceActiveFocus()
    DreamkastSignIn {
        id: signIn
        objectName: "dreamkastSignIn"
        event: tokenPopup.event
    }
    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: signIn.signedIn
            text: qsTr("You are signed in to Dreamkast's chat.")
        }
        Button {
            id: browserButton
            objectName: "dreamkastBrowserSignIn"
            Layout.fillWidth: true
            visible: signIn.available
            enabled: !signIn.inBrowser
            text: qsTr("Sign in to Dreamkast in the browser")
            onClicked: signIn.signIn()
        }
        RowLayout {
            Layout.fillWidth: true
            visible: signIn.message.length > 0
            Label {
                objectName: "dreamkastSignInMessage"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: signIn.messageIsError ? Theme.danger : palette.windowText
                text: signIn.message
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Button {
                visible: signIn.inBrowser
                text: qsTr("Cancel")
                onClicked: signIn.cancel()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: signIn.available
                  ? qsTr("Or paste the access token from your Dreamkast sign-in; it is kept in the settings file.")
                  : qsTr("Paste the access token from your Dreamkast sign-in; it is kept in the settings file.")
        }
        TextField {
            id: tokenField
            Layout.fillWidth: true
            echoMode: TextInput.Password
            text: signIn.token
            Accessible.name: qsTr("Dreamkast sign-in token")
            onAccepted: { signIn.useToken(text); tokenPopup.close() }
        }
        RowLayout {
            Button {
                text: qsTr("Save")
                onClicked: { signIn.useToken(tokenField.text); tokenPopup.close() }
            }
            Button {
                objectName: "dreamkastSignOut"
                text: qsTr("Sign out")
                enabled: signIn.signedIn
                onClicked: { signIn.signOut(); tokenField.clear(); tokenPopup.close() }
            }
        }
    }
}
