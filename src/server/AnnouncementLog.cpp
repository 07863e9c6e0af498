#include "server/AnnouncementLog.h"

#include "server/SqlFailure.h"

#include "server/Ulid.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr const char* kStore = "announcements";

}  // namespace

AnnouncementLog::AnnouncementLog(QString connection) : m_connection(std::move(connection)) {}

omk::Expected<void> AnnouncementLog::open() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS omnikast_announcements ("
                           " id text PRIMARY KEY, at_ms bigint NOT NULL, channel text NOT NULL,"
                           " body text NOT NULL, actor text NOT NULL, actor_name text NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM omnikast_announcements")))
        return sqlFail(kStore, "latest", q.lastError());
    if (q.next()) m_lastSeen = q.value(0).toString();
    return {};
}

omk::Expected<protocol::Announcement> AnnouncementLog::append(protocol::Announcement a,
                                                              const QString& actor) {
    a.id = makeUlid(a.at);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_announcements (id, at_ms, channel, body, actor,"
                       " actor_name) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.at);
    // A null QString binds as SQL NULL: empty strings instead.
    q.addBindValue(a.channel.isNull() ? QStringLiteral("") : a.channel);
    q.addBindValue(a.text);
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    q.addBindValue(a.by.isNull() ? QStringLiteral("") : a.by);
    if (!q.exec()) return sqlFail(kStore, "append", q.lastError());
    return a;
}

void AnnouncementLog::markSeen(const QString& id) {
    if (id > m_lastSeen) m_lastSeen = id;
}

omk::Expected<QList<protocol::Announcement>> AnnouncementLog::takeNewer() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT id, at_ms, channel, body, actor_name FROM"
                       " omnikast_announcements WHERE id > ? ORDER BY id LIMIT 100"));
    q.addBindValue(m_lastSeen.isNull() ? QStringLiteral("") : m_lastSeen);
    if (!q.exec()) return sqlFail(kStore, "newer", q.lastError());
    QList<protocol::Announcement> out;
    while (q.next()) {
        protocol::Announcement a;
        a.id = q.value(0).toString();
        a.at = q.value(1).toLongLong();
        a.channel = q.value(2).toString();
        a.text = q.value(3).toString();
        a.by = q.value(4).toString();
        out.append(a);
        markSeen(a.id);
    }
    return out;
}

}  // namespace omk::server
