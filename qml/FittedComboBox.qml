// A ComboBox as wide as its widest choice or its closed text (displayText), whichever is wider,
// at any text size and in any language. The style's own box is a fixed 140 px whose content adds
// nothing, so "Projection: auto" at 1.5x text was cut to "Proyecci".
import QtQuick
import QtQuick.Controls

ComboBox {
    id: box
    implicitContentWidthPolicy: ComboBox.WidestText
    TextMetrics {
        id: closedText
        font: box.font
        text: box.displayText
    }
    // The text field inside has a few pixels of padding of its own.
    readonly property real fittedContentWidth:
        Math.ceil(Math.max(implicitContentWidth, closedText.advanceWidth)) + 12
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            fittedContentWidth + leftPadding + rightPadding)
}
