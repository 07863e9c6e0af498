#include "ui/DesktopNotification.h"

#ifdef OMNIKAST_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>
#endif

namespace omk::ui {

void notifyDesktop(const QString& summary, const QString& body) {
#ifdef OMNIKAST_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QStringLiteral("Omnikast") << 0u << QString() << summary << body << QStringList()
         << QVariantMap() << -1;
    // Fire and forget: no notification daemon is not an error worth waiting for.
    bus.call(call, QDBus::NoBlock);
#else
    Q_UNUSED(summary);
    Q_UNUSED(body);
#endif
}

}  // namespace omk::ui
