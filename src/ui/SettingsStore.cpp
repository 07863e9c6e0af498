#include "ui/SettingsStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace omk::ui {
namespace {
QString shortHash(const QString& text, qsizetype hexDigits) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(hexDigits));
}
}  // namespace

QVariant SettingsStore::stored(const QString& key) {
    return QSettings().value(key);
}

void SettingsStore::store(const QString& key, const QVariant& value) {
    QSettings().setValue(key, value);
}

bool SettingsStore::contains(const QString& key) {
    return QSettings().contains(key);
}

QString SettingsStore::signInKey(const QString& serverUrl, const QString& guestName) {
    // Per server (a token is only good where it was issued) and per name (a new name is a new
    // guest identity). The hash has no '/', so folding keeps it as it is.
    return settings::kSignInToken.prefix + shortHash(serverUrl + u'\n' + guestName, 12);
}

QString SettingsStore::signInToken(const QString& serverUrl, const QString& guestName) {
    return settings::kSignInToken.read(stored(signInKey(serverUrl, guestName)));
}

void SettingsStore::setSignInToken(const QString& serverUrl, const QString& guestName,
                                   const QString& token) {
    store(signInKey(serverUrl, guestName), token);
}

QString SettingsStore::outboxFile(const QString& serverUrl, const QString& room) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/outbox");
    if (!QDir().mkpath(dir)) return {};
    return dir + u'/' + shortHash(serverUrl + u'\n' + room, 16) + QStringLiteral(".json");
}

namespace {
QString streamChoiceId(const QString& eventId, const QString& channelId) {
    // Each part folded on its own, as the key always was: streams/<event>|<channel>.
    return settings::foldId(eventId) + u'|' + settings::foldId(channelId);
}
}  // namespace

int SettingsStore::streamChoice(const QString& eventId, const QString& channelId) {
    return read(settings::kStreamChoice, streamChoiceId(eventId, channelId));
}

void SettingsStore::setStreamChoice(const QString& eventId, const QString& channelId, int index) {
    write(settings::kStreamChoice, streamChoiceId(eventId, channelId), index);
}

}  // namespace omk::ui
