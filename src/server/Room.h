#pragma once
// One room: its log's head, the state folded from the log (slow mode, bans, timeouts, pin,
// playback), and who is watching. State is rebuilt from the stored snapshot plus the events
// after it, so a restart loses nothing that was acknowledged.
// With a shared store (PostgreSQL) other server processes append to the same log: catchUp()
// folds and broadcasts their events in seq order, and an append that loses the race for a seq
// catches up first, so every process and every client sees the one ordered log.
// Threading: lives on the server's main event-loop thread; a broadcast posts its frame to each
// delivery shard that has subscribers (DeliveryShard.h).

#include "catalog/Catalog.h"
#include "protocol/ClientMessage.h"
#include "protocol/Event.h"
#include "server/Metrics.h"
#include "server/RemotePresence.h"
#include "server/RoomStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace omk::server {

class DeliveryShard;
class ShardSocket;

// A connection watching a room.
class RoomSubscriber {
public:
    virtual ~RoomSubscriber();
    // The frame as text: decoded once per broadcast, shared by every subscriber (QString is
    // implicitly shared), instead of once per subscriber.
    virtual void deliver(const QString& frame) = 0;
    // Set when the connection's socket lives on a delivery shard: then broadcasts reach it in
    // one post per shard (DeliveryShard::post) instead of deliver().
    virtual ShardSocket* shardSocket() const { return nullptr; }
};

// Why a send was not appended; code is a protocol error code.
struct Refusal {
    QString code;
    QString message;
    std::optional<qint64> retryAfterMs;
};

struct RoomSettings {
    int retention = 10000;
    int presenceIntervalMs = 500;
    // Called after each event this process appended (so other processes can be told).
    std::function<void(const QString& room, qint64 seq)> onAppended;
    // Scale-out with a fan-out only: who watches on the other processes, and whom to tell when
    // this process's viewers of a room change. Both unset on a single server.
    const RemotePresence* remote = nullptr;
    std::function<void(const QString& room)> onPresenceChanged;
    // The organizers' rules for a room (the live catalog's channel of that id; catalog.h
    // RoomRules), read at each send so a change applies at once. Unset: none.
    std::function<catalog::RoomRules(const QString& room)> rulesOf;
};

// A ban or a timeout in force in a room, for the admin API's list (docs/ADMIN.md "Bans").
struct RoomSanction {
    QString user;
    QString name;     // the name the user last chatted under here; may be empty
    bool ban = true;  // false: a timeout
    qint64 sinceMs = 0;
    qint64 untilMs = 0;  // timeouts: when it ends
    QString by;          // the moderator's id and name
    QString byName;
    QString reason;
};

class Room final : public QObject {
    Q_OBJECT
public:
    Room(RoomRecord record, RoomStore& store, Metrics& metrics, RoomSettings settings);

    // Folds the events after the stored snapshot into the state.
    omk::Expected<void> rebuild();

    const QString& name() const { return m_name; }
    const QString& epoch() const { return m_epoch; }
    qint64 head() const { return m_head; }
    qint64 oldest() const { return m_oldest; }

    // May actor (with its role in this room) append this? wallNow: ms since the epoch;
    // steadyNow: for slow mode.
    std::optional<Refusal> admit(const protocol::Actor& actor, const protocol::Send& send,
                                 qint64 wallNow, qint64 steadyNow) const;
    // Stores the event (durable on return), folds it into the state, then sends it to every
    // subscriber. Nothing is sent if storing fails. nullopt: another process took the next seq
    // (or this cid) first; the room has caught up and the caller decides again (admit, cid).
    omk::Expected<std::optional<protocol::Event>> append(const protocol::Actor& actor,
                                                         const protocol::Send& send, qint64 wallNow,
                                                         qint64 steadyNow);
    // Folds and broadcasts, in seq order, whatever others appended after head().
    omk::Expected<void> catchUp();

    void subscribe(RoomSubscriber* s, const protocol::Actor& member);
    void unsubscribe(RoomSubscriber* s);
    bool isSubscribed(RoomSubscriber* s) const { return m_subscribers.contains(s); }
    // Connections watching through this process.
    int viewers() const { return int(m_subscribers.size()); }
    // What clients are told: connections watching through every process sharing the room.
    int totalViewers() const;
    // Distinct users watching through this process, ordered by name then id.
    QList<protocol::Actor> localMembers() const;
    // Distinct users watching through every process (a user on two counts once), same order.
    QList<protocol::Actor> members() const;
    // Another process's viewers changed: clients hear the new count like any other change.
    void remotePresenceChanged();
    // A frame that is not a log event (1.5: a guide's view, a marker) to every viewer here.
    void relay(const QByteArray& frame) { broadcast(frame); }

    // Protocol 1.1: up to limit events with seq < before (0: the head + 1), oldest first, and
    // whether earlier ones are still stored.
    struct HistoryPage {
        QList<protocol::Event> events;
        bool more = false;
    };
    omk::Expected<HistoryPage> history(qint64 before, int limit) const;

    // What every client may see: slow mode (the moderators' or else the organizers' default),
    // pin, playback.
    QJsonObject publicSnapshot() const;
    // The slow mode in force: a moderator's mod.slow_mode, else the room rules' default.
    qint64 slowModeMs() const;
    bool isBanned(const QString& userId) const { return m_banned.contains(userId); }
    // Bans, and timeouts that have not ended at wallNow, newest first.
    QList<RoomSanction> sanctions(qint64 wallNow) const;

private:
    omk::Expected<void> reload();
    void apply(const protocol::Event& e);
    QJsonObject fullSnapshot() const;
    void restore(const QJsonObject& snapshot);
    void broadcast(const QByteArray& frame);
    void maybeCompact();
    void presenceChanged();
    // The name a user is known by here: their last chat message's, else a connection's.
    QString nameOf(const QString& user) const;
    catalog::RoomRules rules() const;
    qint64 slowModeMs(const catalog::RoomRules& rules) const;  // rules: as rules() gave them

    QString m_name;
    QString m_epoch;
    qint64 m_head = 0;
    qint64 m_oldest = 1;
    qint64 m_snapshotSeq = 0;
    QJsonObject m_storedSnapshot;
    RoomStore& m_store;
    Metrics& m_metrics;
    RoomSettings m_settings;

    qint64 m_slowModeMs = 0;
    bool m_slowModeSet = false;  // a moderator set it: the rules' default no longer applies
    qint64 m_pinnedSeq = 0;
    QJsonObject m_playback;
    QHash<QString, RoomSanction> m_banned;  // user → the ban
    QHash<QString, RoomSanction>
        m_timeouts;  // user → the timeout's details (until in m_timedOutUntil)
    // The names users last chatted under, for the lists above (at most kMaxNames; then cleared).
    QHash<QString, QString> m_names;
    static constexpr int kMaxNames = 20000;
    qint64 m_lastTs = 0;  // the newest folded event's time (expired timeouts go at compaction)
    QHash<QString, qint64> m_timedOutUntil;  // user → wall ms
    QHash<QString, qint64> m_lastChat;       // user → steady ms, for slow mode
    // Live chat messages since the snapshot (seq → author id): what chat.edit and chat.react may
    // name. Messages folded into the snapshot can no longer be edited or reacted to.
    QHash<qint64, QString> m_chatAuthors;

    QHash<RoomSubscriber*, protocol::Actor> m_subscribers;
    // The subscribers whose sockets live on delivery shards, per shard (implicitly shared, so a
    // post copies a pointer, and a later change detaches rather than touching what was posted).
    QHash<DeliveryShard*, QList<ShardSocket*>> m_byShard;
    int m_onMainThread = 0;  // subscribers delivered to directly
    QTimer m_presenceTimer;
};

}  // namespace omk::server
