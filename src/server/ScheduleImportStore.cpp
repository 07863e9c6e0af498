#include "server/ScheduleImportStore.h"

#include "server/SqlFailure.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr const char* kStore = "schedule_import";

QString orEmpty(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

}  // namespace

ScheduleImportStore::ScheduleImportStore(QString connection)
    : m_connection(std::move(connection)) {}

omk::Expected<void> ScheduleImportStore::createSchema() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS omnikast_schedule_import ("
                               " url text PRIMARY KEY, at_ms bigint NOT NULL, etag text NOT NULL,"
                               " source_hash text NOT NULL, body text NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    return {};
}

omk::Expected<std::optional<ScheduleImportRow>> ScheduleImportStore::get(const QString& url) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT at_ms, etag, source_hash, body FROM omnikast_schedule_import"
                       " WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec()) return sqlFail(kStore, "get", q.lastError());
    if (!q.next()) return std::optional<ScheduleImportRow>();
    return std::optional<ScheduleImportRow>(
        ScheduleImportRow{url, q.value(0).toLongLong(), q.value(1).toString(),
                          q.value(2).toString(), q.value(3).toString().toUtf8()});
}

omk::Expected<void> ScheduleImportStore::put(const ScheduleImportRow& row) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // SQLite (3.24 and later) and PostgreSQL both read this upsert.
    q.prepare(QStringLiteral(
        "INSERT INTO omnikast_schedule_import (url, at_ms, etag, source_hash, body)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET at_ms = excluded.at_ms,"
        " etag = excluded.etag, source_hash = excluded.source_hash, body = excluded.body"));
    q.addBindValue(row.url);
    q.addBindValue(row.atMs);
    q.addBindValue(orEmpty(row.etag));
    q.addBindValue(orEmpty(row.sourceHash));
    q.addBindValue(QString::fromUtf8(row.body));
    if (!q.exec()) return sqlFail(kStore, "put", q.lastError());
    return {};
}

}  // namespace omk::server
