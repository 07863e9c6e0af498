#include "room/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace omk::room {

namespace {

QJsonObject readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.read(1 << 20)).object();
}

}  // namespace

CredentialStore::CredentialStore(QString dir) {
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
              QStringLiteral("/omnikast");
    m_path = dir + QStringLiteral("/credentials.json");
}

std::optional<StoredCredential> CredentialStore::load(const QString& server) const {
    const QJsonObject o = readAll(m_path).value(server).toObject();
    StoredCredential c;
    c.email = o.value(QStringLiteral("email")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.accountId = o.value(QStringLiteral("account")).toString();
    c.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    if (c.refreshToken.isEmpty()) return std::nullopt;
    return c;
}

bool CredentialStore::save(const QString& server, const StoredCredential& c) {
    QJsonObject all = readAll(m_path);
    if (c.refreshToken.isEmpty())
        all.remove(server);
    else
        all.insert(server, QJsonObject{{QStringLiteral("email"), c.email},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("account"), c.accountId},
                                       {QStringLiteral("refresh_token"), c.refreshToken}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    // Owner-only before a byte of the token is written.
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = QCoreApplication::translate("CredentialStore", "Cannot write %1: %2")
                      .arg(m_path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(all).toJson());
    if (!f.commit()) {
        m_error = QCoreApplication::translate("CredentialStore", "Cannot write %1: %2")
                      .arg(m_path, f.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

bool CredentialStore::remove(const QString& server) {
    return save(server, StoredCredential{});
}

QString CredentialStore::where() const {
    return QCoreApplication::translate(
               "CredentialStore",
               "Your sign-in is kept in %1, readable only by you (no system keyring is used yet).")
        .arg(QDir::toNativeSeparators(m_path));
}

}  // namespace omk::room
