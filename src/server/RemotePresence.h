#pragma once
// Who is watching each room on the other server processes, as their presence snapshots
// (PresenceWire) say: a snapshot counts once all its parts have arrived, replaces that process's
// previous one for the room, and is dropped when its time to live passes without a newer one —
// so the viewers of a process that crashed disappear by themselves. Bounded: at most
// maxInstances processes and maxRooms rooms each; anything beyond is dropped and counted.
// Pure bookkeeping: the caller passes the time and decides what to tell clients.
// Threading: not thread-safe; the server's event-loop thread only.

#include "server/PresenceWire.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace omk::server {

class RemotePresence {
public:
    // self: this process's instance id, whose own snapshots (echoed by the fan-out) are ignored.
    explicit RemotePresence(QString self, int maxInstances = 64, int maxRooms = 10000);

    // Folds one part in at nowMs (steady clock). True when the room's remote viewer count changed.
    bool apply(const PresencePart& part, qint64 nowMs);
    // Drops snapshots (and unfinished ones) whose time ran out; answers the rooms whose remote
    // viewer count changed.
    QStringList expire(qint64 nowMs);

    // Connections in the room on the other processes.
    int viewers(const QString& room) const;
    // Distinct users per process, concatenated (a user on two processes appears twice).
    QList<protocol::Actor> members(const QString& room) const;
    // Processes with at least one live snapshot, and their viewers over all rooms.
    int instances() const;
    int totalViewers() const;
    // Whether this instance id has been heard from (live or pending).
    bool knows(const QString& instance) const { return m_instances.contains(instance); }
    // Parts dropped because a bound was reached or they were older than what is held.
    qint64 dropped() const { return m_dropped; }

private:
    struct Snapshot {
        qint64 generation = 0;
        int viewers = 0;
        QList<protocol::Actor> members;
        qint64 expiresAt = 0;
    };
    struct Pending {
        qint64 generation = 0;
        int viewers = 0;
        int ttlMs = 0;
        int received = 0;
        QList<QList<protocol::Actor>> parts;
        QList<bool> have;
        qint64 expiresAt = 0;
    };
    struct Instance {
        QHash<QString, Snapshot> rooms;
        QHash<QString, Pending> pending;
    };

    QString m_self;
    int m_maxInstances;
    int m_maxRooms;
    QHash<QString, Instance> m_instances;
    qint64 m_dropped = 0;
};

}  // namespace omk::server
