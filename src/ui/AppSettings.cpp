#include "ui/AppSettings.h"

#include "ui/EventSource.h"
#include "ui/SettingsStore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QPointer>

namespace omk::ui {
namespace {
QPointer<AppSettings> g_instance;
}  // namespace

double AppSettings::sanitizeFov(const QVariant& stored) {
    return settings::kFov.read(stored);
}

int AppSettings::sanitizeChatWidth(const QVariant& stored) {
    return settings::kChatWidth.read(stored);
}

double AppSettings::sanitizeTextScale(const QVariant& stored) {
    return settings::kTextScale.read(stored);
}

QRect AppSettings::sanitizeGeometry(const QVariant& stored) {
    return settings::kWindowGeometry.read(stored);
}

QString AppSettings::sanitizeSource(const QVariant& stored) {
    return settings::kLastEvent.read(stored);
}

QString AppSettings::sanitizeToken(const QVariant& stored) {
    return settings::kDreamkastToken.read(stored);
}

bool AppSettings::desktopPrefersHighContrast() {
    return settings::desktopPrefersHighContrast();
}

AppSettings::AppSettings(QObject* parent) : QObject(parent) {
    using Store = SettingsStore;
    m_lastEvent = Store::read(settings::kLastEvent);
    m_lastEventStreams = Store::read(settings::kLastEventStreams);
    m_lastChannel = Store::read(settings::kLastChannel);
    m_fov = Store::read(settings::kFov);
    m_scheduleZoom = Store::read(settings::kScheduleZoom);
    m_chatWidth = Store::read(settings::kChatWidth);
    m_chatVisible = Store::read(settings::kChatVisible);
    m_windowGeometry = Store::read(settings::kWindowGeometry);
    m_fullScreen = Store::read(settings::kFullScreen);
    m_highContrast = Store::read(settings::kHighContrast);
    m_textScale = Store::read(settings::kTextScale);
    m_colorScheme = Store::read(settings::kColorScheme);
    // The environment's token wins and is never written back.
    const QString envToken = qEnvironmentVariable("OMNIKAST_DREAMKAST_TOKEN");
    m_dreamkastToken =
        envToken.isEmpty() ? Store::read(settings::kDreamkastToken) : sanitizeToken(envToken);
    if (envToken.isEmpty()) m_dreamkastTokenHost = Store::read(settings::kDreamkastTokenHost);
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
    SettingsStore::write(settings::kLastEvent, m_lastEvent);
    emit lastEventChanged();
}

void AppSettings::setLastEventStreams(const QString& streams) {
    const QString clean = sanitizeSource(streams);
    if (clean == m_lastEventStreams) return;
    m_lastEventStreams = clean;
    SettingsStore::write(settings::kLastEventStreams, m_lastEventStreams);
    emit lastEventChanged();
}

void AppSettings::setLastChannel(const QString& channel) {
    const QString clean = sanitizeSource(channel);
    if (clean == m_lastChannel) return;
    m_lastChannel = clean;
    SettingsStore::write(settings::kLastChannel, m_lastChannel);
    emit lastEventChanged();
}

void AppSettings::setFov(double fov) {
    fov = sanitizeFov(fov);
    if (fov == m_fov) return;
    m_fov = fov;
    SettingsStore::write(settings::kFov, m_fov);
    emit fovChanged();
}

void AppSettings::setScheduleZoom(double pxPerMinute) {
    pxPerMinute = settings::kScheduleZoom.read(pxPerMinute);
    if (pxPerMinute == m_scheduleZoom) return;
    m_scheduleZoom = pxPerMinute;
    SettingsStore::write(settings::kScheduleZoom, m_scheduleZoom);
    emit scheduleZoomChanged();
}

void AppSettings::setChatWidth(int width) {
    width = sanitizeChatWidth(width);
    if (width == m_chatWidth) return;
    m_chatWidth = width;
    SettingsStore::write(settings::kChatWidth, m_chatWidth);
    emit chatChanged();
}

void AppSettings::setChatVisible(bool visible) {
    if (visible == m_chatVisible) return;
    m_chatVisible = visible;
    SettingsStore::write(settings::kChatVisible, m_chatVisible);
    emit chatChanged();
}

void AppSettings::setWindowGeometry(const QRect& geometry) {
    const QRect clean = sanitizeGeometry(geometry);
    if (clean.isNull() || clean == m_windowGeometry) return;
    m_windowGeometry = clean;
    SettingsStore::write(settings::kWindowGeometry, m_windowGeometry);
    emit windowChanged();
}

void AppSettings::setFullScreen(bool fullScreen) {
    if (fullScreen == m_fullScreen) return;
    m_fullScreen = fullScreen;
    SettingsStore::write(settings::kFullScreen, m_fullScreen);
    emit windowChanged();
}

void AppSettings::setColorScheme(const QString& scheme) {
    if (scheme == m_colorScheme || !settings::parseColorScheme(scheme)) return;
    m_colorScheme = scheme;
    SettingsStore::write(settings::kColorScheme, m_colorScheme);
    emit themeChanged();
}

void AppSettings::setHighContrast(bool on) {
    if (on == m_highContrast) return;
    m_highContrast = on;
    SettingsStore::write(settings::kHighContrast, m_highContrast);
    emit themeChanged();
}

void AppSettings::setTextScale(double scale) {
    scale = sanitizeTextScale(scale);
    if (scale == m_textScale) return;
    m_textScale = scale;
    SettingsStore::write(settings::kTextScale, m_textScale);
    emit themeChanged();
}

void AppSettings::setDreamkastToken(const QString& token) {
    setDreamkastTokenFor(token, {});
}

void AppSettings::setDreamkastTokenFor(const QString& token, const QString& apiOrigin) {
    const QString clean = sanitizeToken(token);
    const QString host =
        clean.isEmpty() ? QString() : settings::kDreamkastTokenHost.read(apiOrigin);
    if (clean == m_dreamkastToken && host == m_dreamkastTokenHost) return;
    m_dreamkastToken = clean;
    m_dreamkastTokenHost = host;
    SettingsStore::write(settings::kDreamkastToken, m_dreamkastToken);
    SettingsStore::write(settings::kDreamkastTokenHost, m_dreamkastTokenHost);
    emit dreamkastTokenChanged();
}

QString AppSettings::dreamkastTokenForApi(const QString& apiOrigin) const {
    if (m_dreamkastTokenHost.isEmpty() || m_dreamkastTokenHost == apiOrigin)
        return m_dreamkastToken;
    return {};
}

QString AppSettings::roomServerFor(const QString& eventSource) const {
    return omk::ui::roomServerFor(eventSource);
}

}  // namespace omk::ui
