#pragma once
// RoomStore on one SQLite file in WAL mode (Qt Sql, QSQLITE). Every append is its own committed
// transaction; with sync=full each commit is fsynced, so an acked event survives a power cut,
// and with sync=normal it survives a crash of the process.
// Threading: the QSqlDatabase connection belongs to the thread that opened it (the server's
// event-loop thread); use the store from that thread only.

#include "server/RoomStore.h"

#include <QString>

#include <memory>

namespace omk::server {

class SqliteRoomStore final : public RoomStore {
public:
    ~SqliteRoomStore() override;

    static omk::Expected<std::unique_ptr<SqliteRoomStore>> open(const QString& path, bool syncFull);

    QString kind() const override { return QStringLiteral("sqlite"); }
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
    explicit SqliteRoomStore(QString connectionName);
    omk::Expected<QList<RoomRecord>> queryRooms(const QString* only);

    QString m_connection;
};

}  // namespace omk::server
