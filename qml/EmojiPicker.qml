// The emoji grid the chat input's 🙂 button opens; a pick is inserted at the cursor.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikast

Popup {
    id: picker
    signal picked(string emoji)

    padding: 6
    GridLayout {
        columns: 6
        Repeater {
            model: ["👍", "👏", "😂", "❤️", "🎉", "🔥", "😮", "🤔", "👀", "🙏", "💯", "✅",
                    "😀", "😅", "😢", "😡", "🚀", "⭐", "🍣", "🍵", "🇯🇵", "🌏", "📢", "❓"]
            ToolButton {
                required property string modelData
                text: modelData
                font.pixelSize: Math.round(18 * Theme.textScale)
                Accessible.name: qsTr("Insert %1").arg(modelData)
                FocusRing {}
                onClicked: { picker.close(); picker.picked(modelData) }
            }
        }
    }
}
