#pragma once
// The window's colours and text size: three palettes of the same few design tokens (Theme.cpp)
// — dark, a player's usual look; light; and high contrast (black, white, yellow focus; WCAG AAA
// contrast for text) — and one text scale every font size in qml/ is multiplied by. All are
// remembered through AppSettings; Ctrl+Shift+L, Ctrl+Shift+H and Ctrl+= / Ctrl+- / Ctrl+0
// drive them (the action table), and the control bar's settings menu offers them. Every colour in
// qml/ is a role here: no hex literal is written in a .qml file (tests/ui/qml_colours_test.sh
// checks it).
//
// Threading: GUI thread only.

#include <QtQml/qqmlregistration.h>
#include <QColor>
#include <QObject>

class QQmlEngine;
class QJSEngine;

namespace omk::ui {

class AppSettings;
struct Palette;

class Theme : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    // The light scheme instead of the dark one (high contrast wins over both).
    Q_PROPERTY(bool light READ light WRITE setLight NOTIFY changed)
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
    // Roles for single places in qml/ (no hex colour is written outside Theme). The usual look
    // is what those places always showed; the headset panel keeps its own look in both modes.
    // Controls' palette.button (high contrast: white buttons).
    Q_PROPERTY(QColor controlButton READ controlButton NOTIFY changed)
    // Controls' palette.buttonText.
    Q_PROPERTY(QColor controlButtonText READ controlButtonText NOTIFY changed)
    // Secondary text on the info overlay.
    Q_PROPERTY(QColor overlayText READ overlayText NOTIFY changed)
    // The current tab's border, the reminder's border.
    Q_PROPERTY(QColor highlight READ highlight NOTIFY changed)
    // The channel tab strip.
    Q_PROPERTY(QColor tabBar READ tabBar NOTIFY changed)
    // A channel tab.
    Q_PROPERTY(QColor tab READ tab NOTIFY changed)
    Q_PROPERTY(QColor tabHover READ tabHover NOTIFY changed)
    Q_PROPERTY(QColor tabCurrent READ tabCurrent NOTIFY changed)
    // The LIVE badge's fill, and its text.
    Q_PROPERTY(QColor liveBadge READ liveBadge NOTIFY changed)
    Q_PROPERTY(QColor liveText READ liveText NOTIFY changed)
    // A small status line that is fine (live status, .ics export).
    Q_PROPERTY(QColor statusOk READ statusOk NOTIFY changed)
    // A small status line with a problem.
    Q_PROPERTY(QColor statusWarning READ statusWarning NOTIFY changed)
    // A failed status, the error banner's border.
    Q_PROPERTY(QColor statusError READ statusError NOTIFY changed)
    // The error banner.
    Q_PROPERTY(QColor errorBackground READ errorBackground NOTIFY changed)
    // Small floating badges (VR mirror, toasts).
    Q_PROPERTY(QColor badgeBackground READ badgeBackground NOTIFY changed)
    Q_PROPERTY(QColor reminderBackground READ reminderBackground NOTIFY changed)
    // The session details sheet.
    Q_PROPERTY(QColor detailsBackground READ detailsBackground NOTIFY changed)
    // The moderator tools.
    Q_PROPERTY(QColor toolsBackground READ toolsBackground NOTIFY changed)
    Q_PROPERTY(QColor scheduleBackground READ scheduleBackground NOTIFY changed)
    // A session in the schedule grid.
    Q_PROPERTY(QColor scheduleCell READ scheduleCell NOTIFY changed)
    Q_PROPERTY(QColor scheduleCellHover READ scheduleCellHover NOTIFY changed)
    Q_PROPERTY(QColor scheduleCellFocus READ scheduleCellFocus NOTIFY changed)
    // A session without a topic colour.
    Q_PROPERTY(QColor scheduleCellBorder READ scheduleCellBorder NOTIFY changed)
    // The schedule's current-time line.
    Q_PROPERTY(QColor nowLine READ nowLine NOTIFY changed)
    // A chat message that mentions me.
    Q_PROPERTY(QColor mentionBackground READ mentionBackground NOTIFY changed)
    // An attendee's name in the chat (staff use success).
    Q_PROPERTY(QColor attendeeName READ attendeeName NOTIFY changed)
    // The pinned announcement.
    Q_PROPERTY(QColor pinnedBackground READ pinnedBackground NOTIFY changed)
    Q_PROPERTY(QColor pinnedText READ pinnedText NOTIFY changed)
    // The chat's connection dot.
    Q_PROPERTY(QColor presenceConnected READ presenceConnected NOTIFY changed)
    Q_PROPERTY(QColor presenceOffline READ presenceOffline NOTIFY changed)
    Q_PROPERTY(QColor presenceConnecting READ presenceConnecting NOTIFY changed)
    // A channel tab's now line and hints.
    Q_PROPERTY(QColor secondaryText READ secondaryText NOTIFY changed)
    // A channel tab's next line.
    Q_PROPERTY(QColor dimText READ dimText NOTIFY changed)
    Q_PROPERTY(QColor reminderText READ reminderText NOTIFY changed)
    // The schedule's hour lines.
    Q_PROPERTY(QColor scheduleGridLine READ scheduleGridLine NOTIFY changed)
    // The schedule's hour labels.
    Q_PROPERTY(QColor scheduleTimeText READ scheduleTimeText NOTIFY changed)
    // A session's times and speakers in the grid.
    Q_PROPERTY(QColor scheduleCellDetail READ scheduleCellDetail NOTIFY changed)
    Q_PROPERTY(QColor detailsBorder READ detailsBorder NOTIFY changed)
    Q_PROPERTY(QColor detailsSubtitle READ detailsSubtitle NOTIFY changed)
    // Topic, language and type.
    Q_PROPERTY(QColor detailsTags READ detailsTags NOTIFY changed)
    // The panel in the headset (its own look in both modes).
    Q_PROPERTY(QColor headsetBackground READ headsetBackground NOTIFY changed)
    Q_PROPERTY(QColor headsetBorder READ headsetBorder NOTIFY changed)
    Q_PROPERTY(QColor headsetTab READ headsetTab NOTIFY changed)
    Q_PROPERTY(QColor headsetTabHover READ headsetTabHover NOTIFY changed)
    Q_PROPERTY(QColor headsetTabCurrent READ headsetTabCurrent NOTIFY changed)
    Q_PROPERTY(QColor headsetLive READ headsetLive NOTIFY changed)
    Q_PROPERTY(QColor headsetNowText READ headsetNowText NOTIFY changed)
    Q_PROPERTY(QColor headsetMutedText READ headsetMutedText NOTIFY changed)
    Q_PROPERTY(QColor headsetChatBackground READ headsetChatBackground NOTIFY changed)
    Q_PROPERTY(QColor headsetDeletedText READ headsetDeletedText NOTIFY changed)
    Q_PROPERTY(QColor headsetPointer READ headsetPointer NOTIFY changed)
    Q_PROPERTY(QColor headsetPointerBorder READ headsetPointerBorder NOTIFY changed)

public:
    static constexpr double kTextStep = 0.1;

    explicit Theme(AppSettings* settings, QObject* parent = nullptr);
    static Theme* create(QQmlEngine*, QJSEngine*);

    bool highContrast() const;
    void setHighContrast(bool on);
    bool light() const;
    void setLight(bool on);
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
    QColor controlButton() const;
    QColor controlButtonText() const;
    QColor overlayText() const;
    QColor highlight() const;
    QColor tabBar() const;
    QColor tab() const;
    QColor tabHover() const;
    QColor tabCurrent() const;
    QColor liveBadge() const;
    QColor liveText() const;
    QColor statusOk() const;
    QColor statusWarning() const;
    QColor statusError() const;
    QColor errorBackground() const;
    QColor badgeBackground() const;
    QColor reminderBackground() const;
    QColor detailsBackground() const;
    QColor toolsBackground() const;
    QColor scheduleBackground() const;
    QColor scheduleCell() const;
    QColor scheduleCellHover() const;
    QColor scheduleCellFocus() const;
    QColor scheduleCellBorder() const;
    QColor nowLine() const;
    QColor mentionBackground() const;
    QColor attendeeName() const;
    QColor pinnedBackground() const;
    QColor pinnedText() const;
    QColor presenceConnected() const;
    QColor presenceOffline() const;
    QColor presenceConnecting() const;
    QColor secondaryText() const;
    QColor dimText() const;
    QColor reminderText() const;
    QColor scheduleGridLine() const;
    QColor scheduleTimeText() const;
    QColor scheduleCellDetail() const;
    QColor detailsBorder() const;
    QColor detailsSubtitle() const;
    QColor detailsTags() const;
    QColor headsetBackground() const;
    QColor headsetBorder() const;
    QColor headsetTab() const;
    QColor headsetTabHover() const;
    QColor headsetTabCurrent() const;
    QColor headsetLive() const;
    QColor headsetNowText() const;
    QColor headsetMutedText() const;
    QColor headsetChatBackground() const;
    QColor headsetDeletedText() const;
    QColor headsetPointer() const;
    QColor headsetPointerBorder() const;

    // A base pixel size at the current scale. Not for QML: a binding would not see the scale
    // change through a call; QML writes Math.round(N * Theme.textScale) instead.
    int scaled(int basePixels) const;

public slots:
    void toggleHighContrast() { setHighContrast(!highContrast()); }
    void toggleLight() { setLight(!light()); }
    void increaseText() { setTextScale(textScale() + kTextStep); }
    void decreaseText() { setTextScale(textScale() - kTextStep); }
    void resetText() { setTextScale(1.0); }

signals:
    void changed();

private:
    QColor token(const char* Palette::*member) const;
    QColor headset(const char* Palette::*member) const;
    AppSettings* m_settings;
};

}  // namespace omk::ui
