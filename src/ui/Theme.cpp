#include "ui/Theme.h"

#include "ui/AppSettings.h"

#include <QJSEngine>

#include <algorithm>
#include <cmath>

namespace omk::ui {

// The design tokens: one small set of colours per scheme, and every role of Theme.h is one of
// them. Dark is a player's usual look (cool greys, one blue accent, red for live); light is the
// same language on white; high contrast is opaque black with white text and yellow for what can
// be acted on (WCAG AAA for text). Alpha first where a colour is translucent (#aarrggbb).
struct Palette {
    const char* background;          // behind the picture
    const char* surface;             // panels: the chat, the schedule, dialogs
    const char* surfaceAlt;          // headers and bars inside panels
    const char* raised;              // what sits on a panel: a tab, a session, a button
    const char* raisedHover;         // the same under the pointer
    const char* selected;            // the current tab, the focused session
    const char* border;              // dividers and outlines
    const char* field;               // text inputs
    const char* text;                // body text
    const char* mutedText;           // secondary text: times, hints
    const char* dimText;             // tertiary text: next, offline
    const char* accent;              // what can be acted on; white text on it is 4.6:1 or more
    const char* accentText;          // text on accent
    const char* focus;               // focus rings, the current tab's edge
    const char* controlButton;       // Controls' palette.button
    const char* controlButtonText;   // Controls' palette.buttonText
    const char* live;                // the LIVE pill
    const char* liveText;            // text on the LIVE pill
    const char* success;             // fine: connected, exported
    const char* warning;             // a problem that passes
    const char* danger;              // a failure
    const char* link;                // links, tags
    const char* overlay;             // bars over the picture (translucent)
    const char* overlayText;         // text on overlay
    const char* notice;              // toasts and floating badges
    const char* errorBackground;     // the error banner
    const char* reminderBackground;  // a talk about to start
    const char* details;             // the session sheet
    const char* scheduleBackground;  // the schedule grid
    const char* gridLine;            // the schedule's hour lines
    const char* nowLine;             // the schedule's current-time line
    const char* mention;             // a chat message that mentions me
    const char* pinned;              // the pinned announcement
    const char* pinnedText;          // its text
    const char* attendeeName;        // an attendee's name in the chat
};

namespace {

constexpr Palette kDark{
    "#000000",    // background
    "#16181d",    // surface
    "#1f2229",    // surfaceAlt
    "#282c35",    // raised
    "#323845",    // raisedHover
    "#264477",    // selected
    "#3b414d",    // border
    "#1b1e24",    // field
    "#e8eaed",    // text
    "#a7aebb",    // mutedText
    "#848c99",    // dimText
    "#2f6fe4",    // accent
    "#ffffff",    // accentText
    "#8ab4ff",    // focus
    "#2b3039",    // controlButton
    "#e8eaed",    // controlButtonText
    "#d92d24",    // live
    "#ffffff",    // liveText
    "#3fb950",    // success
    "#e3b341",    // warning
    "#f85149",    // danger
    "#6cb0ff",    // link
    "#cc111318",  // overlay
    "#f1f3f5",    // overlayText
    "#e6181a1f",  // notice
    "#eb3a1a1d",  // errorBackground
    "#f01c2b45",  // reminderBackground
    "#f516181d",  // details
    "#101217",    // scheduleBackground
    "#262b33",    // gridLine
    "#ff4d4d",    // nowLine
    "#3a3320",    // mention
    "#2e3020",    // pinned
    "#f0e6a0",    // pinnedText
    "#c3cbff",    // attendeeName
};

constexpr Palette kLight{
    "#000000",    // background
    "#f4f5f7",    // surface
    "#e8ebef",    // surfaceAlt
    "#ffffff",    // raised
    "#e3e9f2",    // raisedHover
    "#cfe0ff",    // selected
    "#c2c8d1",    // border
    "#ffffff",    // field
    "#1a1d21",    // text
    "#545c68",    // mutedText
    "#6a727e",    // dimText
    "#1f5fd1",    // accent
    "#ffffff",    // accentText
    "#1f5fd1",    // focus
    "#ffffff",    // controlButton
    "#1a1d21",    // controlButtonText
    "#d12c25",    // live
    "#ffffff",    // liveText
    "#1a7f37",    // success
    "#8a5a00",    // warning
    "#c9252d",    // danger
    "#0b57d0",    // link
    "#e6f4f5f7",  // overlay
    "#1a1d21",    // overlayText
    "#f0ffffff",  // notice
    "#f5fde8e8",  // errorBackground
    "#f5dde8fb",  // reminderBackground
    "#f8f4f5f7",  // details
    "#fafbfc",    // scheduleBackground
    "#dde1e6",    // gridLine
    "#d12c25",    // nowLine
    "#fff4cc",    // mention
    "#fff8d6",    // pinned
    "#5c4a00",    // pinnedText
    "#3b4bc8",    // attendeeName
};

constexpr Palette kHighContrast{
    "#000000",  // background
    "#000000",  // surface
    "#000000",  // surfaceAlt
    "#000000",  // raised
    "#000000",  // raisedHover
    "#000000",  // selected
    "#ffffff",  // border
    "#000000",  // field
    "#ffffff",  // text
    "#ffffff",  // mutedText
    "#ffffff",  // dimText
    "#ffff00",  // accent
    "#000000",  // accentText
    "#ffff00",  // focus
    "#ffffff",  // controlButton
    "#000000",  // controlButtonText
    "#ff6060",  // live
    "#000000",  // liveText
    "#00ff00",  // success
    "#ffff00",  // warning
    "#ff6060",  // danger
    "#00ffff",  // link
    "#000000",  // overlay
    "#ffffff",  // overlayText
    "#000000",  // notice
    "#000000",  // errorBackground
    "#000000",  // reminderBackground
    "#000000",  // details
    "#000000",  // scheduleBackground
    "#ffffff",  // gridLine
    "#ff6060",  // nowLine
    "#000000",  // mention
    "#000000",  // pinned
    "#ffff00",  // pinnedText
    "#ffffff",  // attendeeName
};

}  // namespace

Theme::Theme(AppSettings* settings, QObject* parent) : QObject(parent), m_settings(settings) {
    connect(m_settings, &AppSettings::themeChanged, this, &Theme::changed);
}

Theme* Theme::create(QQmlEngine*, QJSEngine*) {
    // One per engine is fine: the state lives in the shared AppSettings.
    return new Theme(AppSettings::instance());
}

bool Theme::highContrast() const {
    return m_settings->highContrast();
}
void Theme::setHighContrast(bool on) {
    m_settings->setHighContrast(on);
}
bool Theme::light() const {
    return m_settings->colorScheme() == QLatin1String("light");
}
void Theme::setLight(bool on) {
    m_settings->setColorScheme(on ? QStringLiteral("light") : QStringLiteral("dark"));
}
double Theme::textScale() const {
    return m_settings->textScale();
}
void Theme::setTextScale(double scale) {
    m_settings->setTextScale(scale);
}

int Theme::scaled(int basePixels) const {
    return std::max(1, static_cast<int>(std::lround(basePixels * textScale())));
}

QColor Theme::token(const char* Palette::*member) const {
    const Palette& p = highContrast() ? kHighContrast : light() ? kLight : kDark;
    return QColor(QLatin1String(p.*member));
}

// The headset panel keeps the dark look in every scheme: it floats in the dark of a headset.
QColor Theme::headset(const char* Palette::*member) const {
    return QColor(QLatin1String(kDark.*member));
}

QColor Theme::background() const {
    return token(&Palette::background);
}
QColor Theme::overlay() const {
    return token(&Palette::overlay);
}
QColor Theme::surface() const {
    return token(&Palette::surface);
}
QColor Theme::surfaceAlt() const {
    return token(&Palette::surfaceAlt);
}
QColor Theme::text() const {
    return token(&Palette::text);
}
QColor Theme::mutedText() const {
    return token(&Palette::mutedText);
}
QColor Theme::accent() const {
    return token(&Palette::accent);
}
QColor Theme::accentText() const {
    return token(&Palette::accentText);
}
QColor Theme::focus() const {
    return token(&Palette::focus);
}
QColor Theme::border() const {
    return token(&Palette::border);
}
QColor Theme::button() const {
    return token(&Palette::raised);
}
QColor Theme::field() const {
    return token(&Palette::field);
}
QColor Theme::warning() const {
    return token(&Palette::warning);
}
QColor Theme::danger() const {
    return token(&Palette::danger);
}
QColor Theme::success() const {
    return token(&Palette::success);
}
QColor Theme::link() const {
    return token(&Palette::link);
}
QColor Theme::controlButton() const {
    return token(&Palette::controlButton);
}
QColor Theme::controlButtonText() const {
    return token(&Palette::controlButtonText);
}
QColor Theme::overlayText() const {
    return token(&Palette::overlayText);
}
QColor Theme::highlight() const {
    return token(&Palette::focus);
}
QColor Theme::tabBar() const {
    return token(&Palette::surface);
}
QColor Theme::tab() const {
    return token(&Palette::surfaceAlt);
}
QColor Theme::tabHover() const {
    return token(&Palette::raisedHover);
}
QColor Theme::tabCurrent() const {
    return token(&Palette::selected);
}
QColor Theme::liveBadge() const {
    return token(&Palette::live);
}
QColor Theme::liveText() const {
    return token(&Palette::liveText);
}
QColor Theme::statusOk() const {
    return token(&Palette::success);
}
QColor Theme::statusWarning() const {
    return token(&Palette::warning);
}
QColor Theme::statusError() const {
    return token(&Palette::danger);
}
QColor Theme::errorBackground() const {
    return token(&Palette::errorBackground);
}
QColor Theme::badgeBackground() const {
    return token(&Palette::notice);
}
QColor Theme::reminderBackground() const {
    return token(&Palette::reminderBackground);
}
QColor Theme::detailsBackground() const {
    return token(&Palette::details);
}
QColor Theme::toolsBackground() const {
    return token(&Palette::surfaceAlt);
}
QColor Theme::scheduleBackground() const {
    return token(&Palette::scheduleBackground);
}
QColor Theme::scheduleCell() const {
    return token(&Palette::raised);
}
QColor Theme::scheduleCellHover() const {
    return token(&Palette::raisedHover);
}
QColor Theme::scheduleCellFocus() const {
    return token(&Palette::selected);
}
QColor Theme::scheduleCellBorder() const {
    return token(&Palette::border);
}
QColor Theme::nowLine() const {
    return token(&Palette::nowLine);
}
QColor Theme::mentionBackground() const {
    return token(&Palette::mention);
}
QColor Theme::attendeeName() const {
    return token(&Palette::attendeeName);
}
QColor Theme::pinnedBackground() const {
    return token(&Palette::pinned);
}
QColor Theme::pinnedText() const {
    return token(&Palette::pinnedText);
}
QColor Theme::presenceConnected() const {
    return token(&Palette::success);
}
QColor Theme::presenceOffline() const {
    return token(&Palette::dimText);
}
QColor Theme::presenceConnecting() const {
    return token(&Palette::warning);
}
QColor Theme::secondaryText() const {
    return token(&Palette::mutedText);
}
QColor Theme::dimText() const {
    return token(&Palette::dimText);
}
QColor Theme::reminderText() const {
    return token(&Palette::overlayText);
}
QColor Theme::scheduleGridLine() const {
    return token(&Palette::gridLine);
}
QColor Theme::scheduleTimeText() const {
    return token(&Palette::mutedText);
}
QColor Theme::scheduleCellDetail() const {
    return token(&Palette::mutedText);
}
QColor Theme::detailsBorder() const {
    return token(&Palette::border);
}
QColor Theme::detailsSubtitle() const {
    return token(&Palette::mutedText);
}
QColor Theme::detailsTags() const {
    return token(&Palette::link);
}
QColor Theme::headsetBackground() const {
    return headset(&Palette::overlay);
}
QColor Theme::headsetBorder() const {
    return headset(&Palette::focus);
}
QColor Theme::headsetTab() const {
    return headset(&Palette::raised);
}
QColor Theme::headsetTabHover() const {
    return headset(&Palette::raisedHover);
}
QColor Theme::headsetTabCurrent() const {
    return headset(&Palette::selected);
}
QColor Theme::headsetLive() const {
    return headset(&Palette::danger);
}
QColor Theme::headsetNowText() const {
    return headset(&Palette::text);
}
QColor Theme::headsetMutedText() const {
    return headset(&Palette::mutedText);
}
QColor Theme::headsetChatBackground() const {
    return headset(&Palette::scheduleBackground);
}
QColor Theme::headsetDeletedText() const {
    return headset(&Palette::dimText);
}
QColor Theme::headsetPointer() const {
    return headset(&Palette::overlayText);
}
QColor Theme::headsetPointerBorder() const {
    return headset(&Palette::accent);
}

}  // namespace omk::ui
