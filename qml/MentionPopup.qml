// The @mention completions above the chat input: the names RoomController offers for the word
// being typed. The input drives it (Up/Down move, Tab/Enter take the current name).
import QtQuick
import QtQuick.Controls

Popup {
    id: popup
    // The names offered (strings).
    property alias names: mentionList.model
    readonly property alias count: mentionList.count
    signal chosen(string name)

    function currentName() { return mentionList.model[mentionList.currentIndex] }
    function previous() { mentionList.decrementCurrentIndex() }
    function next() { mentionList.incrementCurrentIndex() }
    // Offers these names, or closes when there are none.
    function offer(list) {
        mentionList.model = list
        mentionList.currentIndex = 0
        if (list.length > 0) popup.open(); else popup.close()
    }

    y: -height - 4
    width: 220
    height: Math.min(mentionList.contentHeight + 8, 180)
    padding: 4
    ListView {
        id: mentionList
        anchors.fill: parent
        clip: true
        delegate: ItemDelegate {
            required property string modelData
            required property int index
            width: mentionList.width
            text: "@" + modelData
            highlighted: ListView.isCurrentItem
            Accessible.name: text
            onClicked: popup.chosen(modelData)
        }
    }
}
