#include "server/CatalogStore.h"

#include "server/SqlFailure.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr const char* kStore = "catalog";

const QString kColumns = QStringLiteral("version, at_ms, actor, source, source_hash, body");

StoredCatalog rowOf(const QSqlQuery& q) {
    StoredCatalog c;
    c.version = q.value(0).toLongLong();
    c.atMs = q.value(1).toLongLong();
    c.actor = q.value(2).toString();
    c.source = q.value(3).toString();
    c.sourceHash = q.value(4).toString();
    c.body = q.value(5).toString().toUtf8();
    return c;
}

}  // namespace

CatalogStore::CatalogStore(QString connection) : m_connection(std::move(connection)) {}

omk::Expected<void> CatalogStore::createSchema() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS omnikast_catalog ("
                               " version bigint PRIMARY KEY, at_ms bigint NOT NULL,"
                               " actor text NOT NULL, source text NOT NULL,"
                               " source_hash text NOT NULL, body text NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    return {};
}

omk::Expected<std::optional<StoredCatalog>> CatalogStore::latest() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM omnikast_catalog ORDER BY version DESC LIMIT 1")
                    .arg(kColumns)))
        return sqlFail(kStore, "latest", q.lastError());
    if (!q.next()) return std::optional<StoredCatalog>();
    return std::optional<StoredCatalog>(rowOf(q));
}

omk::Expected<qint64> CatalogStore::head() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM omnikast_catalog")))
        return sqlFail(kStore, "head", q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}

omk::Expected<std::optional<StoredCatalog>> CatalogStore::latestImport() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM omnikast_catalog WHERE source = 'import'"
                               " ORDER BY version DESC LIMIT 1")
                    .arg(kColumns)))
        return sqlFail(kStore, "latest_import", q.lastError());
    if (!q.next()) return std::optional<StoredCatalog>();
    return std::optional<StoredCatalog>(rowOf(q));
}

omk::Expected<void> CatalogStore::append(const StoredCatalog& c) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO omnikast_catalog (%1) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    q.addBindValue(c.version);
    q.addBindValue(c.atMs);
    // A null QString binds as SQL NULL: empty strings instead.
    q.addBindValue(c.actor.isNull() ? QStringLiteral("") : c.actor);
    q.addBindValue(c.source);
    q.addBindValue(c.sourceHash.isNull() ? QStringLiteral("") : c.sourceHash);
    q.addBindValue(QString::fromUtf8(c.body));
    if (q.exec()) return {};
    const QSqlError error = q.lastError();
    // The number was taken meanwhile (another server): a conflict, not a broken store. Asked of
    // the error, not the table: PostgreSQL refuses every query after a failed one until rollback.
    // (PostgreSQL unique_violation; SQLite SQLITE_CONSTRAINT and its primary-key variant.)
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("23505") || native == QLatin1String("1555") ||
        native == QLatin1String("19"))
        return omk::fail("version_conflict",
                         QStringLiteral("version %1 exists already").arg(c.version));
    return sqlFail(kStore, "append", error);
}

}  // namespace omk::server
