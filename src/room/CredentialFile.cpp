#include "room/CredentialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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

QJsonObject StoredCredential::toJson() const {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("account"), accountId},
                       {QStringLiteral("refresh_token"), refreshToken}};
}

std::optional<StoredCredential> StoredCredential::fromJson(const QJsonObject& o) {
    StoredCredential c;
    c.email = o.value(QStringLiteral("email")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.accountId = o.value(QStringLiteral("account")).toString();
    c.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    if (c.refreshToken.isEmpty()) return std::nullopt;
    return c;
}

CredentialFile::CredentialFile(QString dir) {
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
              QStringLiteral("/omnikast");
    m_path = dir + QStringLiteral("/credentials.json");
}

std::optional<StoredCredential> CredentialFile::load(const QString& server) const {
    return StoredCredential::fromJson(readAll(m_path).value(server).toObject());
}

bool CredentialFile::save(const QString& server, const StoredCredential& c) {
    if (c.refreshToken.isEmpty()) return remove(server);
    QJsonObject all = readAll(m_path);
    all.insert(server, c.toJson());
    return write(all);
}

bool CredentialFile::markSignedOut(const QString& server) {
    QJsonObject all = readAll(m_path);
    all.insert(server, QJsonObject{{QStringLiteral("signed_out"), true}});
    return write(all);
}

bool CredentialFile::signedOut(const QString& server) const {
    return readAll(m_path).value(server).toObject().value(QStringLiteral("signed_out")).toBool();
}

bool CredentialFile::remove(const QString& server) {
    QJsonObject all = readAll(m_path);
    if (!all.contains(server)) {
        m_error.clear();
        return true;
    }
    all.remove(server);
    return write(all);
}

bool CredentialFile::write(const QJsonObject& all) {
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

}  // namespace omk::room
