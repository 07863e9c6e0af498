#include "server/AuditLog.h"

#include "server/SqlFailure.h"

#include "server/Ulid.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace omk::server {

namespace {

constexpr const char* kStore = "audit";

}  // namespace

AuditLog::AuditLog(QString connection) : m_connection(std::move(connection)) {}

omk::Expected<void> AuditLog::createSchema() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS omnikast_audit ("
                               " id text PRIMARY KEY, at_ms bigint NOT NULL, actor text NOT NULL,"
                               " actor_name text NOT NULL, action text NOT NULL,"
                               " target text NOT NULL, detail text NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    return {};
}

omk::Expected<QString> AuditLog::append(AuditEntry e) {
    e.id = makeUlid(e.atMs);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_audit (id, at_ms, actor, actor_name, action,"
                       " target, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(e.atMs);
    q.addBindValue(e.actor.isNull() ? QStringLiteral("") : e.actor);
    q.addBindValue(e.actorName.isNull() ? QStringLiteral("") : e.actorName);
    q.addBindValue(e.action);
    q.addBindValue(e.target.isNull() ? QStringLiteral("") : e.target);
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
    if (!q.exec()) return sqlFail(kStore, "append", q.lastError());
    return e.id;
}

omk::Expected<QList<AuditEntry>> AuditLog::list(const AuditQuery& query) {
    QString sql = QStringLiteral(
        "SELECT id, at_ms, actor, actor_name, action, target, detail FROM omnikast_audit"
        " WHERE 1 = 1");
    QList<QString> binds;
    if (!query.before.isEmpty()) {
        sql += QStringLiteral(" AND id < ?");
        binds.append(query.before);
    }
    if (!query.action.isEmpty()) {
        // One action, or several separated by commas ("catalog.replace,channel.add").
        const QStringList actions = query.action.split(u',', Qt::SkipEmptyParts);
        sql += QStringLiteral(" AND action IN (%1)")
                   .arg(QStringList(actions.size(), QStringLiteral("?")).join(u','));
        binds.append(actions);
    }
    if (!query.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds.append(query.actor);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::clamp(query.limit, 1, 1000));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QString& b : binds) q.addBindValue(b);
    if (!q.exec()) return sqlFail(kStore, "list", q.lastError());
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toString();
        e.atMs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.actorName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

QJsonObject AuditLog::toJson(const AuditEntry& e) {
    return QJsonObject{
        {QStringLiteral("id"), e.id},         {QStringLiteral("at_ms"), e.atMs},
        {QStringLiteral("actor"), e.actor},   {QStringLiteral("actor_name"), e.actorName},
        {QStringLiteral("action"), e.action}, {QStringLiteral("target"), e.target},
        {QStringLiteral("detail"), e.detail}};
}

}  // namespace omk::server
