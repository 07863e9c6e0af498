#include "ui/Theme.h"

#include "ui/AppSettings.h"

#include <QJSEngine>

#include <algorithm>
#include <cmath>

namespace omk::ui {

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
double Theme::textScale() const {
    return m_settings->textScale();
}
void Theme::setTextScale(double scale) {
    m_settings->setTextScale(scale);
}

int Theme::scaled(int basePixels) const {
    return std::max(1, static_cast<int>(std::lround(basePixels * textScale())));
}

QColor Theme::pick(const char* normal, const char* high) const {
    return QColor(QLatin1String(highContrast() ? high : normal));
}

// The usual look is the dark, translucent one the window always had; high contrast is opaque
// black with white text and yellow for what can be acted on.
QColor Theme::background() const {
    return pick("#000000", "#000000");
}
QColor Theme::overlay() const {
    return pick("#a0000000", "#000000");
}
QColor Theme::surface() const {
    return pick("#1e1f22", "#000000");
}
QColor Theme::surfaceAlt() const {
    return pick("#2b2d31", "#000000");
}
QColor Theme::text() const {
    return pick("#dbdee1", "#ffffff");
}
QColor Theme::mutedText() const {
    return pick("#949ba4", "#ffffff");
}
QColor Theme::accent() const {
    return pick("#5865f2", "#ffff00");
}
QColor Theme::accentText() const {
    return pick("#ffffff", "#000000");
}
QColor Theme::focus() const {
    return pick("#5b9cf5", "#ffff00");
}
QColor Theme::border() const {
    return pick("#4e5058", "#ffffff");
}
QColor Theme::button() const {
    return pick("#4e5058", "#000000");
}
QColor Theme::field() const {
    return pick("#383a40", "#000000");
}
QColor Theme::warning() const {
    return pick("#ffd966", "#ffff00");
}
QColor Theme::danger() const {
    return pick("#f23f43", "#ff6060");
}
QColor Theme::success() const {
    return pick("#57f287", "#00ff00");
}
QColor Theme::link() const {
    return pick("#00a8fc", "#00ffff");
}
QColor Theme::controlButton() const {
    return pick("#4e5058", "#ffffff");
}
QColor Theme::controlButtonText() const {
    return pick("#dbdee1", "#000000");
}
QColor Theme::overlayText() const {
    return pick("#dddddd", "#ffffff");
}
QColor Theme::highlight() const {
    return pick("#7fa7ff", "#ffff00");
}
QColor Theme::tabBar() const {
    return pick("#e0181c22", "#000000");
}
QColor Theme::tab() const {
    return pick("#20242c", "#000000");
}
QColor Theme::tabHover() const {
    return pick("#2a303a", "#000000");
}
QColor Theme::tabCurrent() const {
    return pick("#3a4a66", "#000000");
}
QColor Theme::liveBadge() const {
    return pick("#d02020", "#ff6060");
}
QColor Theme::statusOk() const {
    return pick("#9c9", "#00ff00");
}
QColor Theme::statusWarning() const {
    return pick("#ffb060", "#ffff00");
}
QColor Theme::statusError() const {
    return pick("#ff8080", "#ff6060");
}
QColor Theme::errorBackground() const {
    return pick("#e0401818", "#000000");
}
QColor Theme::badgeBackground() const {
    return pick("#e0202020", "#000000");
}
QColor Theme::reminderBackground() const {
    return pick("#f0203050", "#000000");
}
QColor Theme::detailsBackground() const {
    return pick("#f01a1e26", "#000000");
}
QColor Theme::toolsBackground() const {
    return pick("#232428", "#000000");
}
QColor Theme::scheduleBackground() const {
    return pick("#101418", "#000000");
}
QColor Theme::scheduleCell() const {
    return pick("#28303c", "#000000");
}
QColor Theme::scheduleCellHover() const {
    return pick("#34404f", "#000000");
}
QColor Theme::scheduleCellFocus() const {
    return pick("#3d5a8a", "#000000");
}
QColor Theme::scheduleCellBorder() const {
    return pick("#445", "#ffffff");
}
QColor Theme::nowLine() const {
    return pick("#ff2020", "#ff6060");
}
QColor Theme::mentionBackground() const {
    return pick("#3b3420", "#000000");
}
QColor Theme::attendeeName() const {
    return pick("#c9cdfb", "#ffffff");
}
QColor Theme::pinnedBackground() const {
    return pick("#3a3c22", "#000000");
}
QColor Theme::pinnedText() const {
    return pick("#f0e6a0", "#ffff00");
}
QColor Theme::presenceConnected() const {
    return pick("#23a55a", "#00ff00");
}
QColor Theme::presenceOffline() const {
    return pick("#80848e", "#ffffff");
}
QColor Theme::presenceConnecting() const {
    return pick("#f0b232", "#ffff00");
}
QColor Theme::secondaryText() const {
    return pick("#ccc", "#ffffff");
}
QColor Theme::dimText() const {
    return pick("#999", "#ffffff");
}
QColor Theme::reminderText() const {
    return pick("#ccd", "#ffffff");
}
QColor Theme::scheduleGridLine() const {
    return pick("#334", "#ffffff");
}
QColor Theme::scheduleTimeText() const {
    return pick("#aab", "#ffffff");
}
QColor Theme::scheduleCellDetail() const {
    return pick("#bbc", "#ffffff");
}
QColor Theme::detailsBorder() const {
    return pick("#556", "#ffffff");
}
QColor Theme::detailsSubtitle() const {
    return pick("#bbb", "#ffffff");
}
QColor Theme::detailsTags() const {
    return pick("#9bd", "#ffffff");
}
QColor Theme::headsetBackground() const {
    return pick("#e0181b22", "#e0181b22");
}
QColor Theme::headsetBorder() const {
    return pick("#7fa7ff", "#7fa7ff");
}
QColor Theme::headsetTab() const {
    return pick("#242a34", "#242a34");
}
QColor Theme::headsetTabHover() const {
    return pick("#303848", "#303848");
}
QColor Theme::headsetTabCurrent() const {
    return pick("#3a4a66", "#3a4a66");
}
QColor Theme::headsetLive() const {
    return pick("#ff8080", "#ff8080");
}
QColor Theme::headsetNowText() const {
    return pick("#d0d6e0", "#d0d6e0");
}
QColor Theme::headsetMutedText() const {
    return pick("#a0a8b8", "#a0a8b8");
}
QColor Theme::headsetChatBackground() const {
    return pick("#12151a", "#12151a");
}
QColor Theme::headsetDeletedText() const {
    return pick("#80868f", "#80868f");
}
QColor Theme::headsetPointer() const {
    return pick("#ffffff", "#ffffff");
}
QColor Theme::headsetPointerBorder() const {
    return pick("#2050c0", "#2050c0");
}

}  // namespace omk::ui
