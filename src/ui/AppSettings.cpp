#include "ui/AppSettings.h"

#include "core/Spherical.h"
#include "ui/EventSource.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace omk::ui {
namespace {

const QString kLastEvent = QStringLiteral("session/lastEvent");
const QString kLastChannel = QStringLiteral("session/lastChannel");
const QString kFov = QStringLiteral("view/fov");
const QString kChatWidth = QStringLiteral("chat/width");
const QString kChatVisible = QStringLiteral("chat/visible");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kFullScreen = QStringLiteral("window/fullScreen");
const QString kHighContrast = QStringLiteral("theme/highContrast");
const QString kTextScale = QStringLiteral("theme/textScale");
const QString kDreamkastToken = QStringLiteral("dreamkast/token");

// A number, or nothing: QVariant's own conversion would read "abc" as 0.
std::optional<double> number(const QVariant& stored) {
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<bool> boolean(const QVariant& stored) {
    const QString s = stored.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1")) return true;
    if (s == QLatin1String("false") || s == QLatin1String("0")) return false;
    return std::nullopt;
}

QPointer<AppSettings> g_instance;

}  // namespace

double AppSettings::sanitizeFov(const QVariant& stored) {
    const auto v = number(stored);
    return v ? std::clamp(*v, kMinFov, kMaxFov) : kDefaultFov;
}

int AppSettings::sanitizeChatWidth(const QVariant& stored) {
    const auto v = number(stored);
    // A negative or absurd width is not a narrower panel but a broken value: the default.
    if (!v || *v <= 0 || *v > kMaxChatWidth) return kDefaultChatWidth;
    return std::max(kMinChatWidth, static_cast<int>(std::lround(*v)));
}

double AppSettings::sanitizeTextScale(const QVariant& stored) {
    const auto v = number(stored);
    if (!v || *v <= 0) return 1.0;
    return std::clamp(std::round(*v * 20) / 20, kMinTextScale, kMaxTextScale);
}

QRect AppSettings::sanitizeGeometry(const QVariant& stored) {
    const QRect r = stored.toRect();
    const bool sane = r.width() >= kMinWindowSide && r.height() >= kMinWindowSide * 3 / 4 &&
                      r.width() <= kMaxWindowSide && r.height() <= kMaxWindowSide &&
                      std::abs(r.x()) <= kMaxWindowSide && std::abs(r.y()) <= kMaxWindowSide;
    return sane ? r : QRect();
}

QString AppSettings::sanitizeSource(const QVariant& stored) {
    const QString s = stored.toString().trimmed();
    if (s.size() > 4096 || s.contains(u'\n') || s.contains(u'\r')) return {};
    return s;
}

QString AppSettings::sanitizeToken(const QVariant& stored) {
    const QString s = stored.toString().trimmed();
    if (s.size() > 8192) return {};
    for (const QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) return {};
    return s;
}

bool AppSettings::desktopPrefersHighContrast() {
    return qEnvironmentVariable("GTK_THEME")
        .contains(QLatin1String("HighContrast"), Qt::CaseInsensitive);
}

AppSettings::AppSettings(QObject* parent) : QObject(parent) {
    const QSettings s;
    m_lastEvent = sanitizeSource(s.value(kLastEvent));
    m_lastChannel = sanitizeSource(s.value(kLastChannel));
    m_fov = sanitizeFov(s.value(kFov, kDefaultFov));
    m_chatWidth = sanitizeChatWidth(s.value(kChatWidth, kDefaultChatWidth));
    m_chatVisible = boolean(s.value(kChatVisible)).value_or(true);
    m_windowGeometry = sanitizeGeometry(s.value(kGeometry));
    m_fullScreen = boolean(s.value(kFullScreen)).value_or(false);
    m_highContrast = boolean(s.value(kHighContrast)).value_or(desktopPrefersHighContrast());
    m_textScale = sanitizeTextScale(s.value(kTextScale, 1.0));
    const QString envToken = qEnvironmentVariable("OMNIKAST_DREAMKAST_TOKEN");
    m_dreamkastToken = sanitizeToken(envToken.isEmpty() ? s.value(kDreamkastToken) : envToken);
}

AppSettings* AppSettings::instance() {
    if (!g_instance) g_instance = new AppSettings(QCoreApplication::instance());
    return g_instance;
}

AppSettings* AppSettings::create(QQmlEngine*, QJSEngine*) {
    AppSettings* settings = instance();
    // Shared with C++ and with every engine: no engine may delete it.
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::setLastEvent(const QString& source) {
    const QString clean = sanitizeSource(source);
    if (clean == m_lastEvent) return;
    m_lastEvent = clean;
    QSettings().setValue(kLastEvent, m_lastEvent);
    emit lastEventChanged();
}

void AppSettings::setLastChannel(const QString& channel) {
    const QString clean = sanitizeSource(channel);
    if (clean == m_lastChannel) return;
    m_lastChannel = clean;
    QSettings().setValue(kLastChannel, m_lastChannel);
    emit lastEventChanged();
}

void AppSettings::setFov(double fov) {
    fov = sanitizeFov(fov);
    if (fov == m_fov) return;
    m_fov = fov;
    QSettings().setValue(kFov, m_fov);
    emit fovChanged();
}

void AppSettings::setChatWidth(int width) {
    width = sanitizeChatWidth(width);
    if (width == m_chatWidth) return;
    m_chatWidth = width;
    QSettings().setValue(kChatWidth, m_chatWidth);
    emit chatChanged();
}

void AppSettings::setChatVisible(bool visible) {
    if (visible == m_chatVisible) return;
    m_chatVisible = visible;
    QSettings().setValue(kChatVisible, m_chatVisible);
    emit chatChanged();
}

void AppSettings::setWindowGeometry(const QRect& geometry) {
    const QRect clean = sanitizeGeometry(geometry);
    if (clean.isNull() || clean == m_windowGeometry) return;
    m_windowGeometry = clean;
    QSettings().setValue(kGeometry, m_windowGeometry);
    emit windowChanged();
}

void AppSettings::setFullScreen(bool fullScreen) {
    if (fullScreen == m_fullScreen) return;
    m_fullScreen = fullScreen;
    QSettings().setValue(kFullScreen, m_fullScreen);
    emit windowChanged();
}

void AppSettings::setHighContrast(bool on) {
    if (on == m_highContrast) return;
    m_highContrast = on;
    QSettings().setValue(kHighContrast, m_highContrast);
    emit themeChanged();
}

void AppSettings::setTextScale(double scale) {
    scale = sanitizeTextScale(scale);
    if (scale == m_textScale) return;
    m_textScale = scale;
    QSettings().setValue(kTextScale, m_textScale);
    emit themeChanged();
}

void AppSettings::setDreamkastToken(const QString& token) {
    const QString clean = sanitizeToken(token);
    if (clean == m_dreamkastToken) return;
    m_dreamkastToken = clean;
    QSettings().setValue(kDreamkastToken, m_dreamkastToken);
    emit dreamkastTokenChanged();
}

QString AppSettings::roomServerFor(const QString& eventSource) const {
    return omk::ui::roomServerFor(eventSource);
}

}  // namespace omk::ui
