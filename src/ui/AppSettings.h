#pragma once
// The window's remembered state for QML and C++ (last event, view, chat panel, window, theme,
// Dreamkast token). Its keys, types, defaults and checks are declared in ui/SettingsKeys.h and
// read and written through ui/SettingsStore, the one place that touches QSettings; a value read
// back that is out of range or not a value of its type is clamped or ignored (a hand-edited or
// older file must never break the window). The other remembered values (volume, language, chat
// name and sign-in, starred sessions, stream choices) are declared there too and kept in memory
// by their owners.
//
// Threading: GUI thread only.

#include "ui/SettingsKeys.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QRect>
#include <QString>
#include <QVariant>

class QQmlEngine;
class QJSEngine;

namespace omk::ui {

class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The last event opened (a catalog file or http(s) URL; not the loopback demo) and its
    // channel, offered by "Reopen last event" and `omnikast --last`.
    Q_PROPERTY(QString lastEvent READ lastEvent WRITE setLastEvent NOTIFY lastEventChanged)
    Q_PROPERTY(QString lastChannel READ lastChannel WRITE setLastChannel NOTIFY lastEventChanged)
    // The streams list the last event was opened with ("" for none).
    Q_PROPERTY(QString lastEventStreams READ lastEventStreams WRITE setLastEventStreams NOTIFY
                   lastEventChanged)
    // The field of view for plain media (event channels keep their own view per channel).
    Q_PROPERTY(double fov READ fov WRITE setFov NOTIFY fovChanged)
    Q_PROPERTY(int chatWidth READ chatWidth WRITE setChatWidth NOTIFY chatChanged)
    Q_PROPERTY(bool chatVisible READ chatVisible WRITE setChatVisible NOTIFY chatChanged)
    // The schedule's hour height as pixels per minute (0.75 … 8; clamped).
    Q_PROPERTY(
        double scheduleZoom READ scheduleZoom WRITE setScheduleZoom NOTIFY scheduleZoomChanged)
    // Null when none was saved or the saved one is unusable: the window keeps its default.
    Q_PROPERTY(
        QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY windowChanged)
    Q_PROPERTY(bool fullScreen READ fullScreen WRITE setFullScreen NOTIFY windowChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY themeChanged)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY themeChanged)
    // "dark" or "light"; anything else is ignored.
    Q_PROPERTY(QString colorScheme READ colorScheme WRITE setColorScheme NOTIFY themeChanged)
    // The bearer token Dreamkast's chat API takes (its Auth0 access token); empty: read only.
    // OMNIKAST_DREAMKAST_TOKEN, when set, wins over the stored one and is never written back.
    // Setting it alone (Sign out clears it) leaves it for any Dreamkast host; setDreamkastTokenFor
    // ties it to one API origin (catalog::dreamkastOrigin), and dreamkastTokenForApi() gives it
    // only to that host.
    Q_PROPERTY(QString dreamkastToken READ dreamkastToken WRITE setDreamkastToken NOTIFY
                   dreamkastTokenChanged)
    Q_PROPERTY(QString dreamkastTokenHost READ dreamkastTokenHost NOTIFY dreamkastTokenChanged)

public:
    static constexpr double kDefaultFov = settings::kDefaultFov;
    static constexpr int kDefaultChatWidth = settings::kDefaultChatWidth,
                         kMinChatWidth = settings::kMinChatWidth,
                         kMaxChatWidth = settings::kMaxChatWidth;
    static constexpr double kMinTextScale = settings::kMinTextScale,
                            kMaxTextScale = settings::kMaxTextScale;
    static constexpr int kMinWindowSide = settings::kMinWindowSide,
                         kMaxWindowSide = settings::kMaxWindowSide;

    // No default: QML would then construct its own singleton instead of calling create().
    explicit AppSettings(QObject* parent);
    // One per process, shared by QML (the singleton) and C++ (main, Theme).
    static AppSettings* instance();
    static AppSettings* create(QQmlEngine*, QJSEngine*);

    QString lastEvent() const { return m_lastEvent; }
    void setLastEvent(const QString& source);
    QString lastChannel() const { return m_lastChannel; }
    QString lastEventStreams() const { return m_lastEventStreams; }
    void setLastEventStreams(const QString& streams);
    void setLastChannel(const QString& channel);
    double fov() const { return m_fov; }
    void setFov(double fov);
    double scheduleZoom() const { return m_scheduleZoom; }
    void setScheduleZoom(double pxPerMinute);
    int chatWidth() const { return m_chatWidth; }
    void setChatWidth(int width);
    bool chatVisible() const { return m_chatVisible; }
    void setChatVisible(bool visible);
    QRect windowGeometry() const { return m_windowGeometry; }
    void setWindowGeometry(const QRect& geometry);
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool fullScreen);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    double textScale() const { return m_textScale; }
    QString colorScheme() const { return m_colorScheme; }
    void setColorScheme(const QString& scheme);
    void setTextScale(double scale);
    QString dreamkastToken() const { return m_dreamkastToken; }
    void setDreamkastToken(const QString& token);
    QString dreamkastTokenHost() const { return m_dreamkastTokenHost; }
    // The token and the Dreamkast API origin it was made for (empty: any host).
    Q_INVOKABLE void setDreamkastTokenFor(const QString& token, const QString& apiOrigin);
    // The token to send to a Dreamkast API: empty where it belongs to another host.
    QString dreamkastTokenForApi(const QString& apiOrigin) const;

    // The checks applied to stored values (SettingsKeys' parsers with their defaults), for tests
    // and for the setters.
    static double sanitizeFov(const QVariant& stored);
    static int sanitizeChatWidth(const QVariant& stored);
    static double sanitizeTextScale(const QVariant& stored);
    static QRect sanitizeGeometry(const QVariant& stored);
    static QString sanitizeSource(const QVariant& stored);
    // One line of visible ASCII (what an HTTP header can carry), else empty.
    static QString sanitizeToken(const QVariant& stored);
    // settings::desktopPrefersHighContrast: the default of theme/highContrast.
    static bool desktopPrefersHighContrast();

    // The chat server an event's catalog URL implies (EventSource's rule), for reopening.
    Q_INVOKABLE QString roomServerFor(const QString& eventSource) const;

signals:
    void lastEventChanged();
    void fovChanged();
    void scheduleZoomChanged();
    void chatChanged();
    void windowChanged();
    void themeChanged();
    void dreamkastTokenChanged();

private:
    QString m_lastEvent, m_lastChannel, m_lastEventStreams;
    double m_fov = kDefaultFov;
    double m_scheduleZoom = settings::kDefaultScheduleZoom;
    int m_chatWidth = kDefaultChatWidth;
    bool m_chatVisible = true;
    QRect m_windowGeometry;
    bool m_fullScreen = false;
    bool m_highContrast = false;
    double m_textScale = 1.0;
    QString m_colorScheme;
    QString m_dreamkastToken;
    QString m_dreamkastTokenHost;
};

}  // namespace omk::ui
