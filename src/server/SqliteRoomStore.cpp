#include "server/SqliteRoomStore.h"

#include "server/Log.h"
#include "server/SqlEventRows.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace omk::server {

namespace {

constexpr int kSchemaVersion = 1;

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rooms ("
    " name TEXT PRIMARY KEY, epoch TEXT NOT NULL, created_ms INTEGER NOT NULL,"
    " snapshot TEXT NOT NULL DEFAULT '{}', snapshot_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS events ("
    " room TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, ts INTEGER NOT NULL,"
    " type TEXT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL,"
    " actor_role TEXT NOT NULL, cid TEXT NOT NULL, data TEXT NOT NULL,"
    " PRIMARY KEY (room, seq)) WITHOUT ROWID",
    "CREATE UNIQUE INDEX IF NOT EXISTS events_cid ON events (room, actor_id, cid)",
};

omk::Unexpected sqlFail(const char* what, const QSqlError& e) {
    return omk::fail(QStringLiteral("store: %1: %2").arg(QLatin1String(what), e.text()));
}

}  // namespace

SqliteRoomStore::SqliteRoomStore(QString connectionName)
    : m_connection(std::move(connectionName)) {}

SqliteRoomStore::~SqliteRoomStore() {
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            // Folds the WAL back into the main file so a clean stop leaves one file behind.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

omk::Expected<std::unique_ptr<SqliteRoomStore>> SqliteRoomStore::open(const QString& path,
                                                                      bool syncFull) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("omnikast-store-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteRoomStore> store(new SqliteRoomStore(name));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return omk::fail(
                QStringLiteral("store: the QSQLITE driver is missing "
                               "(install libqt6sql6-sqlite)"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return omk::fail(
                QStringLiteral("store: cannot open %1: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return omk::fail(QStringLiteral("store: %1: cannot switch to WAL mode").arg(path));
        if (!q.exec(syncFull ? QStringLiteral("PRAGMA synchronous=FULL")
                             : QStringLiteral("PRAGMA synchronous=NORMAL")))
            return sqlFail("synchronous", q.lastError());
        for (const char* stmt : kSchema)
            if (!q.exec(QString::fromLatin1(stmt))) return sqlFail("schema", q.lastError());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        if (!q.exec()) return sqlFail("schema version", q.lastError());
        if (q.next()) {
            if (q.value(0).toInt() != kSchemaVersion)
                return omk::fail(QStringLiteral("store: %1 has schema version %2; this server "
                                                "reads version %3")
                                     .arg(path, q.value(0).toString())
                                     .arg(kSchemaVersion));
        } else {
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"));
            q.addBindValue(QString::number(kSchemaVersion));
            if (!q.exec()) return sqlFail("schema version", q.lastError());
        }
    }
    return store;
}

omk::Expected<QList<RoomRecord>> SqliteRoomStore::queryRooms(const QString* only) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r.name, r.epoch, r.snapshot, r.snapshot_seq,"
                       " (SELECT max(seq) FROM events e WHERE e.room = r.name),"
                       " (SELECT min(seq) FROM events e WHERE e.room = r.name) FROM rooms r %1"
                       " ORDER BY r.name")
            .arg(only ? QLatin1String("WHERE r.name = ?") : QLatin1String()));
    if (only) q.addBindValue(*only);
    if (!q.exec()) return sqlFail("load rooms", q.lastError());
    QList<RoomRecord> out;
    while (q.next()) {
        RoomRecord r;
        r.name = q.value(0).toString();
        r.epoch = q.value(1).toString();
        r.snapshot = fromJsonText(q.value(2));
        r.snapshotSeq = q.value(3).toLongLong();
        const bool any = !q.value(4).isNull();
        r.head = std::max(r.snapshotSeq, any ? q.value(4).toLongLong() : 0);
        r.oldest = any ? q.value(5).toLongLong() : r.head + 1;
        out.push_back(std::move(r));
    }
    return out;
}

omk::Expected<QList<RoomRecord>> SqliteRoomStore::loadRooms() {
    return queryRooms(nullptr);
}

omk::Expected<std::optional<RoomRecord>> SqliteRoomStore::loadRoom(const QString& name) {
    return firstRoom(queryRooms(&name));
}

omk::Expected<QHash<QString, qint64>> SqliteRoomStore::heads() {
    auto rooms = queryRooms(nullptr);
    if (!rooms) return rooms.unexpected();
    QHash<QString, qint64> out;
    for (const auto& r : *rooms) out.insert(r.name, r.head);
    return out;
}

omk::Expected<RoomRecord> SqliteRoomStore::createRoom(const QString& name, const QString& epoch,
                                                      qint64 nowMs) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rooms (name, epoch, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(epoch);
    q.addBindValue(nowMs);
    if (!q.exec()) return sqlFail("create room", q.lastError());
    RoomRecord r;
    r.name = name;
    r.epoch = epoch;
    return r;
}

omk::Expected<Appended> SqliteRoomStore::append(const protocol::Event& e) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // Outside an explicit transaction each statement commits on its own, so the row is durable
    // when exec() returns.
    q.prepare(QStringLiteral("INSERT INTO events (room, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(e.room);
    q.addBindValue(e.seq);
    q.addBindValue(e.id);
    q.addBindValue(e.ts);
    q.addBindValue(protocol::eventTypeName(e.type));
    q.addBindValue(e.actor.id);
    q.addBindValue(e.actor.name);
    q.addBindValue(protocol::roleName(e.actor.role));
    q.addBindValue(e.cid);
    q.addBindValue(QString::fromUtf8(toJsonText(e.data)));
    // One process owns the file, so a taken seq or cid is a bug upstream, not a race: an error.
    if (!q.exec()) return sqlFail("append", q.lastError());
    return Appended::Stored;
}

omk::Expected<QList<protocol::Event>> SqliteRoomStore::eventsAfter(const QString& room,
                                                                   qint64 afterSeq, int limit) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?")
            .arg(QLatin1String(kEventColumns)));
    q.addBindValue(room);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec()) return sqlFail("read events", q.lastError());
    return readEvents(q, room);
}

omk::Expected<QList<protocol::Event>> SqliteRoomStore::lastEvents(const QString& room, int count) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1 FROM events WHERE room = ? ORDER BY seq DESC"
                             " LIMIT ?) ORDER BY seq")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(room);
    q.addBindValue(count);
    if (!q.exec()) return sqlFail("read events", q.lastError());
    return readEvents(q, room);
}

omk::Expected<std::optional<protocol::Event>> SqliteRoomStore::findByCid(const QString& room,
                                                                         const QString& actorId,
                                                                         const QString& cid) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE room = ? AND actor_id = ? AND cid = ?")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(room);
    q.addBindValue(actorId);
    q.addBindValue(cid);
    if (!q.exec()) return sqlFail("find by cid", q.lastError());
    if (!q.next()) return std::optional<protocol::Event>();
    auto e = readEvent(q, room);
    if (!e) return e.unexpected();
    return std::optional<protocol::Event>(std::move(*e));
}

omk::Expected<void> SqliteRoomStore::compact(const QString& room, const QJsonObject& snapshot,
                                             qint64 snapshotSeq, qint64 dropThrough) {
    auto db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) return sqlFail("compact", db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE rooms SET snapshot = ?, snapshot_seq = ? WHERE name = ?"));
    q.addBindValue(QString::fromUtf8(toJsonText(snapshot)));
    q.addBindValue(snapshotSeq);
    q.addBindValue(room);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM events WHERE room = ? AND seq <= ?"));
        q.addBindValue(room);
        q.addBindValue(dropThrough);
        ok = q.exec();
    }
    if (!ok) {
        const auto err = q.lastError();
        db.rollback();
        return sqlFail("compact", err);
    }
    if (!db.commit()) return sqlFail("compact commit", db.lastError());
    return {};
}

omk::Expected<void> SqliteRoomStore::check() {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM rooms")) || !q.next())
        return sqlFail("check", q.lastError());
    return {};
}

}  // namespace omk::server
