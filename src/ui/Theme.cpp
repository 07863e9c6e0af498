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

// Main.qml's own roles.
QColor Theme::windowButton() const {
    return pick("#4e5058", "#ffffff");
}
QColor Theme::windowButtonText() const {
    return pick("#dbdee1", "#000000");
}
QColor Theme::notice() const {
    return pick("#e0202020", "#000000");
}

}  // namespace omk::ui
