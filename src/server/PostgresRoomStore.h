#pragma once
// RoomStore on PostgreSQL (Qt Sql's QPSQL driver), shared by every server process of a
// deployment. Each append is one statement in its own transaction that inserts the event and
// moves the room's head; committed (synchronous_commit) when append() returns. Seqs stay unique
// and gap-free across processes: the insert happens only when the seq is the stored head + 1,
// and the (room, seq) primary key makes a second concurrent writer of that seq wait for the
// first and fail. Either way the loser gets Appended::Conflict, catches up and tries again at
// the new head.
// Threading: the QSqlDatabase connection belongs to the thread that opened it (the server's
// event-loop thread); use the store from that thread only. Queries block that thread for a round
// trip, as SQLite's commits do.

#include "server/RoomStore.h"
#include "server/ServiceUrls.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QSqlError;

namespace omk::server {

class PostgresRoomStore final : public RoomStore {
public:
    ~PostgresRoomStore() override;

    // Connects, creates the schema if missing (under an advisory lock, so servers starting
    // together do not race) and checks its version.
    static omk::Expected<std::unique_ptr<PostgresRoomStore>> open(const PostgresParams& params);

    QString kind() const override { return QStringLiteral("postgres"); }
    bool shared() const override { return true; }
    omk::Expected<QList<RoomRecord>> loadRooms() override;
    omk::Expected<std::optional<RoomRecord>> loadRoom(const QString& name) override;
    omk::Expected<RoomRecord> createRoom(const QString& name, const QString& epoch,
                                         qint64 nowMs) override;
    omk::Expected<Appended> append(const protocol::Event& e) override;
    omk::Expected<QHash<QString, qint64>> heads() override;
    omk::Expected<QList<protocol::Event>> eventsAfter(const QString& room, qint64 afterSeq,
                                                      int limit) override;
    omk::Expected<QList<protocol::Event>> lastEvents(const QString& room, int count) override;
    omk::Expected<std::optional<protocol::Event>> findByCid(const QString& room,
                                                            const QString& actorId,
                                                            const QString& cid) override;
    omk::Expected<void> compact(const QString& room, const QJsonObject& snapshot,
                                qint64 snapshotSeq, qint64 dropThrough) override;
    omk::Expected<void> check() override;

private:
    explicit PostgresRoomStore(QString connectionName);
    // The connection, reopened if an earlier failure found it broken.
    omk::Expected<QSqlDatabase> connection();
    // A statement prepared once per connection: QPSQL's prepare() costs a PREPARE and a
    // DEALLOCATE round trip, which the hot path (findByCid, append, eventsAfter) should not pay
    // on every call. Bind with bindValue(i, v), finish() after reading.
    omk::Expected<QSqlQuery*> statement(const QString& sql);
    omk::Unexpected fail(const char* what, const QSqlError& e);
    omk::Expected<QList<RoomRecord>> queryRooms(const QString* only);

    QString m_connection;
    QHash<QString, QSqlQuery> m_statements;
};

// Opens a QPSQL connection named `name` with these parameters (shared with PostgresFanout).
omk::Expected<QSqlDatabase> openPostgres(const QString& name, const PostgresParams& params);

}  // namespace omk::server
