#include "ui/RoomSessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace omk::ui::RoomSessionStore {
namespace {

QString defaultGuestName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() || user == QLatin1String("root") ? QStringLiteral("Guest") : user;
}

QString settingsKey(const QString& serverUrl, const QString& guestName) {
    // Per server (a token is only good where it was issued) and per name (a new name is a new
    // guest identity).
    const QByteArray h =
        QCryptographicHash::hash((serverUrl + u'\n' + guestName).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    return QStringLiteral("signin/") + QString::fromLatin1(h);
}

}  // namespace

QString guestName() {
    return QSettings().value(QStringLiteral("chat/guestName"), defaultGuestName()).toString();
}

void setGuestName(const QString& name) {
    QSettings().setValue(QStringLiteral("chat/guestName"), name);
}

QString signInToken(const QString& serverUrl, const QString& guestName) {
    return QSettings().value(settingsKey(serverUrl, guestName)).toString();
}

void setSignInToken(const QString& serverUrl, const QString& guestName, const QString& token) {
    QSettings().setValue(settingsKey(serverUrl, guestName), token);
}

QString outboxFile(const QString& serverUrl, const QString& room) {
    // Unsent messages survive a restart of the app too, per server and room.
    const QString outboxDir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/outbox");
    if (!QDir().mkpath(outboxDir)) return {};
    const QByteArray h =
        QCryptographicHash::hash((serverUrl + u'\n' + room).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return outboxDir + u'/' + QString::fromLatin1(h) + QStringLiteral(".json");
}

}  // namespace omk::ui::RoomSessionStore
