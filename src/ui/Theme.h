#pragma once
// The window's colours and text size: one palette for the usual look and a high-contrast one
// (black, white, yellow focus; WCAG AAA contrast for text), and one text scale every font size
// in qml/ is multiplied by. Both are remembered through AppSettings; Ctrl+Shift+H and
// Ctrl+= / Ctrl+- / Ctrl+0 drive them from Main.qml.
//
// Threading: GUI thread only.

#include <QtQml/qqmlregistration.h>
#include <QColor>
#include <QObject>

class QQmlEngine;
class QJSEngine;

namespace omk::ui {

class AppSettings;

class Theme : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY changed)
    // Font pixel sizes, already scaled: small (hints, times), normal (body), large (titles).
    Q_PROPERTY(int smallFont READ smallFont NOTIFY changed)
    Q_PROPERTY(int normalFont READ normalFont NOTIFY changed)
    Q_PROPERTY(int largeFont READ largeFont NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor overlay READ overlay NOTIFY changed)        // bars and panels over the video
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)        // the chat panel, dialogs
    Q_PROPERTY(QColor surfaceAlt READ surfaceAlt NOTIFY changed)  // headers inside them
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)  // text on accent
    Q_PROPERTY(QColor focus READ focus NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor button READ button NOTIFY changed)
    Q_PROPERTY(QColor field READ field NOTIFY changed)  // text inputs
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor danger READ danger NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor link READ link NOTIFY changed)
    // Main.qml's own roles: the window palette's buttons (white on black in high contrast) and
    // the background of its short notices.
    Q_PROPERTY(QColor windowButton READ windowButton NOTIFY changed)
    Q_PROPERTY(QColor windowButtonText READ windowButtonText NOTIFY changed)
    Q_PROPERTY(QColor notice READ notice NOTIFY changed)

public:
    static constexpr double kTextStep = 0.1;

    explicit Theme(AppSettings* settings, QObject* parent = nullptr);
    static Theme* create(QQmlEngine*, QJSEngine*);

    bool highContrast() const;
    void setHighContrast(bool on);
    double textScale() const;
    void setTextScale(double scale);
    int smallFont() const { return scaled(11); }
    int normalFont() const { return scaled(13); }
    int largeFont() const { return scaled(20); }

    QColor background() const;
    QColor overlay() const;
    QColor surface() const;
    QColor surfaceAlt() const;
    QColor text() const;
    QColor mutedText() const;
    QColor accent() const;
    QColor accentText() const;
    QColor focus() const;
    QColor border() const;
    QColor button() const;
    QColor field() const;
    QColor warning() const;
    QColor danger() const;
    QColor success() const;
    QColor link() const;
    // Main.qml's own roles.
    QColor windowButton() const;
    QColor windowButtonText() const;
    QColor notice() const;

    // A base pixel size at the current scale. Not for QML: a binding would not see the scale
    // change through a call; QML writes Math.round(N * Theme.textScale) instead.
    int scaled(int basePixels) const;

public slots:
    void toggleHighContrast() { setHighContrast(!highContrast()); }
    void increaseText() { setTextScale(textScale() + kTextStep); }
    void decreaseText() { setTextScale(textScale() - kTextStep); }
    void resetText() { setTextScale(1.0); }

signals:
    void changed();

private:
    QColor pick(const char* normal, const char* high) const;
    AppSettings* m_settings;
};

}  // namespace omk::ui
