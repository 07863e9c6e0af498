#pragma once
// Presence across the server processes sharing rooms (only with a fan-out): publishes this
// process's viewers of each room through the Fanout — on every change (coalesced over
// presence_interval_ms) and again every third of presence_ttl_ms — and folds the other
// processes' snapshots into a RemotePresence, which Room reads for the counts and member lists
// that clients get. A process that dies stops refreshing, so its viewers expire within
// presence_ttl_ms (10 s) plus one sweep. A malformed message is dropped and counted, never
// trusted: it came from the network.
// Threading: the server's event-loop thread only.

#include "server/Fanout.h"
#include "server/Metrics.h"
#include "server/RemotePresence.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace omk::server {

class RoomRegistry;

class PresenceExchange final : public QObject {
    Q_OBJECT
public:
    PresenceExchange(Fanout& fanout, Metrics& metrics, int ttlMs, int coalesceMs, int maxRooms,
                     QObject* parent = nullptr);

    // The rooms whose local viewers are published and told of remote changes; set once.
    void attach(RoomRegistry& rooms);
    const RemotePresence& remote() const { return m_remote; }
    const QString& instance() const { return m_instance; }

    // This process's viewers of room changed.
    void localChanged(const QString& room);
    // Shutting down: tells the others at once that this process's viewers are gone.
    void withdrawAll();

private:
    void publishDirty();
    void publishRoom(const QString& room);
    void refreshAll();
    void onPresence(const QByteArray& body);
    void onMalformed(const QString& why);
    void sweep();

    Fanout& m_fanout;
    Metrics& m_metrics;
    RoomRegistry* m_rooms = nullptr;
    QString m_instance;
    int m_ttlMs;
    RemotePresence m_remote;
    qint64 m_generation = 0;
    QSet<QString> m_dirty;
    QSet<QString> m_published;  // rooms the others hold a snapshot of from here
    QTimer m_publishTimer;
    QTimer m_refreshTimer;
    QTimer m_sweepTimer;
    qint64 m_lastMalformedLogMs = -1;
    bool m_withdrawn = false;
};

}  // namespace omk::server
