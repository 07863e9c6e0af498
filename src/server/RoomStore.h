#pragma once
// Where room logs live. The server needs only this interface: SqliteRoomStore (one process, one
// file) or PostgresRoomStore (shared by several server processes; see Fanout for how they learn
// of each other's appends).
// Contract: append() returns only once the event is durable; an event is never sent before.
// A shared store may hold appends this process did not make: append() then answers Conflict
// and the room catches up (eventsAfter) before trying again with the next seq.
// Threading: implementations may block; the server calls them from its event-loop thread.

#include "core/Expected.h"
#include "protocol/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omk::server {

struct RoomRecord {
    QString name;
    QString epoch;         // changes when a room's log is recreated, so stale resumes are detected
    qint64 head = 0;       // last seq (0: empty)
    qint64 oldest = 1;     // lowest seq still stored (head + 1 when none is)
    QJsonObject snapshot;  // room state as of snapshotSeq (events up to it may be gone)
    qint64 snapshotSeq = 0;
};

enum class Appended {
    Stored,
    // Another writer holds this seq or this (actor, cid) already; nothing was stored.
    Conflict,
};

class RoomStore {
public:
    virtual ~RoomStore();

    // "sqlite" or "postgres", for logs and /health.
    virtual QString kind() const = 0;
    // Whether other processes append to the same rooms (so rooms must catch up with the store).
    virtual bool shared() const { return false; }

    virtual omk::Expected<QList<RoomRecord>> loadRooms() = 0;
    // One room, if stored (a shared store may hold rooms another process created).
    virtual omk::Expected<std::optional<RoomRecord>> loadRoom(const QString& name) = 0;
    // Creates the room; in a shared store, returns the existing one if another process won.
    virtual omk::Expected<RoomRecord> createRoom(const QString& name, const QString& epoch,
                                                 qint64 nowMs) = 0;
    // Durable when it returns Stored.
    virtual omk::Expected<Appended> append(const protocol::Event& e) = 0;
    // Every room's head, for catching up with appends whose notices were missed.
    virtual omk::Expected<QHash<QString, qint64>> heads() = 0;
    // Events with seq > afterSeq, in order, at most limit.
    virtual omk::Expected<QList<protocol::Event>> eventsAfter(const QString& room, qint64 afterSeq,
                                                              int limit) = 0;
    // The last count events, in order.
    virtual omk::Expected<QList<protocol::Event>> lastEvents(const QString& room, int count) = 0;
    // The event a sender stored under this client message id, if any (idempotent retries).
    virtual omk::Expected<std::optional<protocol::Event>> findByCid(const QString& room,
                                                                    const QString& actorId,
                                                                    const QString& cid) = 0;
    // Stores the room's state as of snapshotSeq and drops events with seq <= dropThrough.
    virtual omk::Expected<void> compact(const QString& room, const QJsonObject& snapshot,
                                        qint64 snapshotSeq, qint64 dropThrough) = 0;
    // For /health: is the store reachable and writable?
    virtual omk::Expected<void> check() = 0;
};

}  // namespace omk::server
