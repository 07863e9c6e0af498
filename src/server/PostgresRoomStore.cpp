#include "server/PostgresRoomStore.h"

#include "server/Log.h"
#include "server/SqlEventRows.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr int kSchemaVersion = 1;
// pg_advisory_xact_lock key for schema creation ("omnk" in ASCII).
constexpr qint64 kSchemaLock = 0x6f6d6e6b;
constexpr const char* kUniqueViolation = "23505";

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS omnikast_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS omnikast_rooms ("
    " name text PRIMARY KEY, epoch text NOT NULL, created_ms bigint NOT NULL,"
    " head bigint NOT NULL DEFAULT 0,"
    " snapshot text NOT NULL DEFAULT '{}', snapshot_seq bigint NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS omnikast_events ("
    " room text NOT NULL REFERENCES omnikast_rooms (name), seq bigint NOT NULL,"
    " id text NOT NULL UNIQUE, ts bigint NOT NULL, type text NOT NULL, actor_id text NOT NULL,"
    " actor_name text NOT NULL, actor_role text NOT NULL, cid text NOT NULL, data text NOT NULL,"
    " PRIMARY KEY (room, seq))",
    "CREATE UNIQUE INDEX IF NOT EXISTS omnikast_events_cid ON omnikast_events (room, actor_id, "
    "cid)",
};

}  // namespace

omk::Expected<QSqlDatabase> openPostgres(const QString& name, const PostgresParams& p) {
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return omk::fail(
            QStringLiteral("postgres: the QPSQL driver is missing (install libqt6sql6-psql)"));
    if (!p.host.isEmpty()) db.setHostName(p.host);
    if (p.port > 0) db.setPort(p.port);
    if (!p.user.isEmpty()) db.setUserName(p.user);
    if (!p.password.isEmpty()) db.setPassword(p.password);
    db.setDatabaseName(p.database);
    QString options = p.options;
    // A dead database must fail the start (or a health check) promptly, not hang it.
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(" connect_timeout=10");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(" application_name=omnikast-server");
    db.setConnectOptions(options.trimmed());
    if (!db.open())
        return omk::fail(QStringLiteral("postgres: cannot connect to %1/%2: %3")
                             .arg(p.host.isEmpty() ? QStringLiteral("(default)") : p.host,
                                  p.database, db.lastError().text().trimmed()));
    // IF NOT EXISTS answers with a NOTICE, which libpq would print on stderr.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

PostgresRoomStore::PostgresRoomStore(QString connectionName)
    : m_connection(std::move(connectionName)) {}

PostgresRoomStore::~PostgresRoomStore() {
    m_statements.clear();
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

omk::Expected<std::unique_ptr<PostgresRoomStore>> PostgresRoomStore::open(
    const PostgresParams& params) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("omnikast-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<PostgresRoomStore> store(new PostgresRoomStore(name));
    auto opened = openPostgres(name, params);
    if (!opened) return opened.unexpected();
    QSqlDatabase db = *opened;
    if (!db.transaction()) return store->fail("schema", db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kSchemaLock);
    bool ok = q.exec();
    for (const char* stmt : kSchema) {
        if (!ok) break;
        ok = q.exec(QString::fromLatin1(stmt));
    }
    if (ok) {
        q.prepare(QStringLiteral("SELECT value FROM omnikast_meta WHERE key = 'schema_version'"));
        ok = q.exec();
    }
    if (!ok) {
        const auto err = q.lastError();
        db.rollback();
        return store->fail("schema", err);
    }
    if (q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        db.rollback();
        if (version != kSchemaVersion)
            return omk::fail(QStringLiteral("store: the database has schema version %1; this "
                                            "server reads version %2")
                                 .arg(version)
                                 .arg(kSchemaVersion));
        return store;
    }
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_meta (key, value) VALUES ('schema_version', ?)"));
    q.addBindValue(QString::number(kSchemaVersion));
    if (!q.exec()) {
        const auto err = q.lastError();
        db.rollback();
        return store->fail("schema version", err);
    }
    if (!db.commit()) return store->fail("schema commit", db.lastError());
    return store;
}

omk::Expected<QSqlDatabase> PostgresRoomStore::connection() {
    auto db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) return db;
    if (!db.open())
        return omk::fail(QStringLiteral("store: postgres: reconnect failed: %1")
                             .arg(db.lastError().text().trimmed()));
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    qCInfo(lcServer).noquote() << logLine("store_reconnected", {{"store", kind()}});
    return db;
}

omk::Expected<QSqlQuery*> PostgresRoomStore::statement(const QString& sql) {
    auto db = connection();
    if (!db) return db.unexpected();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) return fail("prepare", q.lastError());
        it = m_statements.insert(sql, std::move(q));
    }
    return &*it;
}

omk::Unexpected PostgresRoomStore::fail(const char* what, const QSqlError& e) {
    // A failed statement may mean the connection is gone; probe it, and if so close it so the
    // next call reconnects (libpq does not reconnect on its own).
    auto db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT 1"))) {
            qCWarning(lcServer).noquote()
                << logLine("store_connection_lost", {{"reason", e.text().trimmed()}});
            // Prepared statements die with the connection.
            m_statements.clear();
            db.close();
        }
    }
    return omk::fail(QStringLiteral("store: %1: %2").arg(QLatin1String(what), e.text().trimmed()));
}

omk::Expected<QList<RoomRecord>> PostgresRoomStore::queryRooms(const QString* only) {
    auto db = connection();
    if (!db) return db.unexpected();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.name, r.epoch, r.snapshot, r.snapshot_seq, r.head,"
                             " (SELECT min(seq) FROM omnikast_events e WHERE e.room = r.name)"
                             " FROM omnikast_rooms r %1 ORDER BY r.name")
                  .arg(only ? QLatin1String("WHERE r.name = ?") : QLatin1String()));
    if (only) q.addBindValue(*only);
    if (!q.exec()) return fail("load rooms", q.lastError());
    QList<RoomRecord> out;
    while (q.next()) {
        RoomRecord r;
        r.name = q.value(0).toString();
        r.epoch = q.value(1).toString();
        r.snapshot = fromJsonText(q.value(2));
        r.snapshotSeq = q.value(3).toLongLong();
        r.head = std::max(r.snapshotSeq, q.value(4).toLongLong());
        r.oldest = q.value(5).isNull() ? r.head + 1 : q.value(5).toLongLong();
        out.push_back(std::move(r));
    }
    return out;
}

omk::Expected<QList<RoomRecord>> PostgresRoomStore::loadRooms() {
    return queryRooms(nullptr);
}

omk::Expected<std::optional<RoomRecord>> PostgresRoomStore::loadRoom(const QString& name) {
    return firstRoom(queryRooms(&name));
}

omk::Expected<RoomRecord> PostgresRoomStore::createRoom(const QString& name, const QString& epoch,
                                                        qint64 nowMs) {
    auto db = connection();
    if (!db) return db.unexpected();
    QSqlQuery q(*db);
    // Two servers may create the same room at once; the first one's epoch wins for both.
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_rooms (name, epoch, created_ms) VALUES (?, ?, ?)"
                       " ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(epoch);
    q.addBindValue(nowMs);
    if (!q.exec()) return fail("create room", q.lastError());
    auto room = loadRoom(name);
    if (!room) return room.unexpected();
    if (!*room)
        return omk::fail(QStringLiteral("store: room %1 vanished after creation").arg(name));
    return **room;
}

omk::Expected<Appended> PostgresRoomStore::append(const protocol::Event& e) {
    // One statement, so one implicit transaction: the event and the room's head commit together.
    // The insert happens only if the event extends the head as stored: the (room, seq) key alone
    // would let a seq that compaction has already deleted be taken again. Two writers of the
    // same seq meet at that key instead: the second waits for the first and then fails.
    auto st = statement(
        QStringLiteral(
            "WITH ins AS (INSERT INTO omnikast_events (room, %1)"
            " SELECT name, CAST(? AS bigint), ?, CAST(? AS bigint), ?, ?, ?, ?, ?, ?"
            " FROM omnikast_rooms WHERE name = ? AND head = CAST(? AS bigint)"
            " RETURNING room, seq)"
            " UPDATE omnikast_rooms r SET head = ins.seq FROM ins WHERE r.name = ins.room")
            .arg(QLatin1String(kEventColumns)));
    if (!st) return st.unexpected();
    QSqlQuery& q = **st;
    q.bindValue(0, e.seq);
    q.bindValue(1, e.id);
    q.bindValue(2, e.ts);
    q.bindValue(3, protocol::eventTypeName(e.type));
    q.bindValue(4, e.actor.id);
    q.bindValue(5, e.actor.name);
    q.bindValue(6, protocol::roleName(e.actor.role));
    q.bindValue(7, e.cid);
    q.bindValue(8, QString::fromUtf8(toJsonText(e.data)));
    q.bindValue(9, e.room);
    q.bindValue(10, e.seq - 1);
    const bool ok = q.exec();
    const auto err = q.lastError();
    const int rows = ok ? q.numRowsAffected() : 0;
    q.finish();
    if (ok) return rows == 1 ? Appended::Stored : Appended::Conflict;
    if (err.nativeErrorCode() == QLatin1String(kUniqueViolation)) return Appended::Conflict;
    return fail("append", err);
}

omk::Expected<QHash<QString, qint64>> PostgresRoomStore::heads() {
    auto db = connection();
    if (!db) return db.unexpected();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, head FROM omnikast_rooms")))
        return fail("heads", q.lastError());
    QHash<QString, qint64> out;
    while (q.next()) out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

omk::Expected<QList<protocol::Event>> PostgresRoomStore::eventsAfter(const QString& room,
                                                                     qint64 afterSeq, int limit) {
    auto st = statement(QStringLiteral("SELECT %1 FROM omnikast_events WHERE room = ? AND seq > ?"
                                       " ORDER BY seq LIMIT ?")
                            .arg(QLatin1String(kEventColumns)));
    if (!st) return st.unexpected();
    QSqlQuery& q = **st;
    q.bindValue(0, room);
    q.bindValue(1, afterSeq);
    q.bindValue(2, limit);
    if (!q.exec()) return fail("read events", q.lastError());
    auto out = readEvents(q, room);
    q.finish();
    return out;
}

omk::Expected<QList<protocol::Event>> PostgresRoomStore::lastEvents(const QString& room,
                                                                    int count) {
    auto st =
        statement(QStringLiteral("SELECT * FROM (SELECT %1 FROM omnikast_events WHERE room = ?"
                                 " ORDER BY seq DESC LIMIT ?) AS last ORDER BY seq")
                      .arg(QLatin1String(kEventColumns)));
    if (!st) return st.unexpected();
    QSqlQuery& q = **st;
    q.bindValue(0, room);
    q.bindValue(1, count);
    if (!q.exec()) return fail("read events", q.lastError());
    auto out = readEvents(q, room);
    q.finish();
    return out;
}

omk::Expected<std::optional<protocol::Event>> PostgresRoomStore::findByCid(const QString& room,
                                                                           const QString& actorId,
                                                                           const QString& cid) {
    auto st = statement(
        QStringLiteral("SELECT %1 FROM omnikast_events WHERE room = ? AND actor_id = ? AND cid = ?")
            .arg(QLatin1String(kEventColumns)));
    if (!st) return st.unexpected();
    QSqlQuery& q = **st;
    q.bindValue(0, room);
    q.bindValue(1, actorId);
    q.bindValue(2, cid);
    if (!q.exec()) return fail("find by cid", q.lastError());
    std::optional<protocol::Event> found;
    if (q.next()) {
        auto e = readEvent(q, room);
        if (!e) {
            q.finish();
            return e.unexpected();
        }
        found = std::move(*e);
    }
    q.finish();
    return found;
}

omk::Expected<void> PostgresRoomStore::compact(const QString& room, const QJsonObject& snapshot,
                                               qint64 snapshotSeq, qint64 dropThrough) {
    auto db = connection();
    if (!db) return db.unexpected();
    if (!db->transaction()) return fail("compact", db->lastError());
    QSqlQuery q(*db);
    // Every server folds the same log, so any snapshot is right; only a newer one may replace
    // an older one, whichever server compacts last.
    q.prepare(
        QStringLiteral("UPDATE omnikast_rooms SET snapshot = ?, snapshot_seq = ?"
                       " WHERE name = ? AND snapshot_seq < ?"));
    q.addBindValue(QString::fromUtf8(toJsonText(snapshot)));
    q.addBindValue(snapshotSeq);
    q.addBindValue(room);
    q.addBindValue(snapshotSeq);
    bool ok = q.exec();
    if (ok && q.numRowsAffected() > 0) {
        q.prepare(QStringLiteral("DELETE FROM omnikast_events WHERE room = ? AND seq <= ?"));
        q.addBindValue(room);
        q.addBindValue(dropThrough);
        ok = q.exec();
    }
    if (!ok) {
        const auto err = q.lastError();
        db->rollback();
        return fail("compact", err);
    }
    if (!db->commit()) return fail("compact commit", db->lastError());
    return {};
}

omk::Expected<void> PostgresRoomStore::check() {
    auto db = connection();
    if (!db) return db.unexpected();
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM omnikast_rooms")) || !q.next())
        return fail("check", q.lastError());
    return {};
}

}  // namespace omk::server
