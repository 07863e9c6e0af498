#include "server/PartyStore.h"

#include "server/SqlFailure.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr const char* kStore = "parties";

}  // namespace

PartyStore::PartyStore(QString connection) : m_connection(std::move(connection)) {}

bool PartyStore::isPartyRoom(const QString& room) {
    static const QRegularExpression shape(QStringLiteral("^p-[0-9a-f]{16}$"));
    return shape.match(room).hasMatch();
}

QString PartyStore::hashInvite(const QString& invite) {
    return QString::fromLatin1(
        QCryptographicHash::hash(invite.toUtf8(), QCryptographicHash::Sha256).toHex());
}

omk::Expected<void> PartyStore::open() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS omnikast_parties (room text PRIMARY KEY, name text NOT "
            "NULL, owner text NOT NULL, invite_only integer NOT NULL, created_ms bigint NOT NULL,"
            " invite_hash text NOT NULL, invite_expires_ms bigint NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS omnikast_party_members (room text NOT NULL, account text"
            " NOT NULL, PRIMARY KEY (room, account))")))
        return sqlFail(kStore, "schema", q.lastError());
    return {};
}

omk::Expected<void> PartyStore::create(const Party& p) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO omnikast_parties (room, name, owner, invite_only, created_ms, invite_hash,"
        " invite_expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.room);
    q.addBindValue(p.name);
    q.addBindValue(p.owner);
    q.addBindValue(p.inviteOnly ? 1 : 0);
    q.addBindValue(p.createdMs);
    q.addBindValue(p.inviteHash);
    q.addBindValue(p.inviteExpiresMs);
    if (!q.exec()) return sqlFail(kStore, "create", q.lastError());
    return addMember(p.room, p.owner);
}

omk::Expected<std::optional<Party>> PartyStore::byRoom(const QString& room) {
    if (!isPartyRoom(room)) return std::optional<Party>{};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT room, name, owner, invite_only, created_ms, invite_hash, invite_expires_ms FROM"
        " omnikast_parties WHERE room = ?"));
    q.addBindValue(room);
    if (!q.exec()) return sqlFail(kStore, "read", q.lastError());
    if (!q.next()) return std::optional<Party>{};
    Party p;
    p.room = q.value(0).toString();
    p.name = q.value(1).toString();
    p.owner = q.value(2).toString();
    p.inviteOnly = q.value(3).toInt() != 0;
    p.createdMs = q.value(4).toLongLong();
    p.inviteHash = q.value(5).toString();
    p.inviteExpiresMs = q.value(6).toLongLong();
    return std::optional<Party>{p};
}

omk::Expected<void> PartyStore::addMember(const QString& room, const QString& account) {
    if (auto member = isMember(room, account); !member)
        return member.unexpected();
    else if (*member)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO omnikast_party_members (room, account) VALUES (?, ?)"));
    q.addBindValue(room);
    q.addBindValue(account);
    if (!q.exec()) return sqlFail(kStore, "member", q.lastError());
    return {};
}

omk::Expected<bool> PartyStore::isMember(const QString& room, const QString& account) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT 1 FROM omnikast_party_members WHERE room = ? AND account = ?"));
    q.addBindValue(room);
    q.addBindValue(account);
    if (!q.exec()) return sqlFail(kStore, "member", q.lastError());
    return q.next();
}

}  // namespace omk::server
