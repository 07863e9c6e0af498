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
            " invite_hash text NOT NULL, invite_expires_ms bigint NOT NULL,"
            " last_active_ms bigint NOT NULL)")))
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
        " invite_expires_ms, last_active_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.room);
    q.addBindValue(p.name);
    q.addBindValue(p.owner);
    q.addBindValue(p.inviteOnly ? 1 : 0);
    q.addBindValue(p.createdMs);
    q.addBindValue(p.inviteHash);
    q.addBindValue(p.inviteExpiresMs);
    q.addBindValue(p.lastActiveMs ? p.lastActiveMs : p.createdMs);
    if (!q.exec()) return sqlFail(kStore, "create", q.lastError());
    return addMember(p.room, p.owner);
}

omk::Expected<std::optional<Party>> PartyStore::byRoom(const QString& room) {
    if (!isPartyRoom(room)) return std::optional<Party>{};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT room, name, owner, invite_only, created_ms, invite_hash, invite_expires_ms,"
        " last_active_ms FROM omnikast_parties WHERE room = ?"));
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
    p.lastActiveMs = q.value(7).toLongLong();
    return std::optional<Party>{p};
}

omk::Expected<void> PartyStore::addMember(const QString& room, const QString& account) {
    // Twice (two servers at once, a second redeem) is once.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_party_members (room, account) VALUES (?, ?)"
                       " ON CONFLICT (room, account) DO NOTHING"));
    q.addBindValue(room);
    q.addBindValue(account);
    if (!q.exec()) return sqlFail(kStore, "member", q.lastError());
    return {};
}

omk::Expected<int> PartyStore::countOwnedBy(const QString& account) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM omnikast_parties WHERE owner = ?"));
    q.addBindValue(account);
    if (!q.exec()) return sqlFail(kStore, "count", q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
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

omk::Expected<void> PartyStore::touch(const QStringList& rooms, qint64 nowMs) {
    for (const QString& room : rooms) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(
            QStringLiteral("UPDATE omnikast_parties SET last_active_ms = ? WHERE room = ? AND "
                           "last_active_ms < ?"));
        q.addBindValue(nowMs);
        q.addBindValue(room);
        q.addBindValue(nowMs);
        if (!q.exec()) return sqlFail(kStore, "touch", q.lastError());
    }
    return {};
}

omk::Expected<QList<Party>> PartyStore::expire(qint64 before) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT room, owner FROM omnikast_parties WHERE last_active_ms < ? ORDER BY room"));
    q.addBindValue(before);
    if (!q.exec()) return sqlFail(kStore, "expire", q.lastError());
    QList<Party> gone;
    while (q.next()) {
        Party p;
        p.room = q.value(0).toString();
        p.owner = q.value(1).toString();
        gone.append(p);
    }
    for (const Party& p : gone) {
        for (const char* sql : {"DELETE FROM omnikast_party_members WHERE room = ?",
                                "DELETE FROM omnikast_parties WHERE room = ?"}) {
            QSqlQuery d(QSqlDatabase::database(m_connection));
            d.prepare(QString::fromLatin1(sql));
            d.addBindValue(p.room);
            if (!d.exec()) return sqlFail(kStore, "expire", d.lastError());
        }
    }
    return gone;
}

}  // namespace omk::server
