// The UI language chooser: "System language", English, 日本語, Español. Picking one switches the
// whole window at once and is remembered (LanguageController, C++). Self-contained: place it
// anywhere, size it like any ComboBox.
import QtQuick
import QtQuick.Controls
import Omnikast

FittedComboBox {
    id: box
    objectName: "languageMenu"
    textRole: "name"
    valueRole: "code"
    model: LanguageController.availableLanguages
    // Tab reaches it, a click does not keep focus: the arrow keys must keep turning the view.
    focusPolicy: Qt.TabFocus
    Accessible.name: qsTr("Language")
    Accessible.description: qsTr("The language of the user interface")
    ToolTip.visible: hovered && !popup.visible
    ToolTip.delay: 600
    ToolTip.text: qsTr("Language")

    // The names are rebuilt on every switch ("System language" is translated too), which
    // resets the index: point it back at the chosen code each time.
    function sync() { currentIndex = indexOfValue(LanguageController.language) }
    Component.onCompleted: sync()
    onModelChanged: sync()
    onActivated: LanguageController.language = currentValue
    Connections {
        target: LanguageController
        function onLanguageChanged() { box.sync() }
    }
    FocusRing {}
}
