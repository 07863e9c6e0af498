// Where an attendee pastes the Dreamkast access token the Dreamkast chat posts with; kept by
// AppSettings (its dreamkastToken), cleared by Sign out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: tokenPopup
    objectName: "dreamkastTokenPopup"
    padding: 8
    onOpened: tokenField.forceActiveFocus()
    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Paste the access token from your Dreamkast sign-in; it is kept in the settings file.")
        }
        TextField {
            id: tokenField
            Layout.fillWidth: true
            echoMode: TextInput.Password
            text: AppSettings.dreamkastToken
            Accessible.name: qsTr("Dreamkast sign-in token")
            onAccepted: { AppSettings.dreamkastToken = text; tokenPopup.close() }
        }
        RowLayout {
            Button {
                text: qsTr("Save")
                onClicked: { AppSettings.dreamkastToken = tokenField.text; tokenPopup.close() }
            }
            Button {
                text: qsTr("Sign out")
                enabled: AppSettings.dreamkastToken.length > 0
                onClicked: { AppSettings.dreamkastToken = ""; tokenField.clear(); tokenPopup.close() }
            }
        }
    }
}
