#include "server/Room.h"

#include "protocol/ErrorCodes.h"
#include "protocol/ServerMessage.h"
#include "server/DeliveryShard.h"
#include "server/Log.h"
#include "server/Ulid.h"

#include <QJsonArray>

#include <algorithm>

namespace omk::server {

using protocol::EventType;
using protocol::Role;

RoomSubscriber::~RoomSubscriber() = default;

Room::Room(RoomRecord record, RoomStore& store, Metrics& metrics, RoomSettings settings)
    : m_name(record.name),
      m_epoch(record.epoch),
      m_head(record.head),
      m_oldest(record.oldest),
      m_snapshotSeq(record.snapshotSeq),
      m_storedSnapshot(record.snapshot),
      m_store(store),
      m_metrics(metrics),
      m_settings(settings) {
    m_presenceTimer.setSingleShot(true);
    m_presenceTimer.setInterval(m_settings.presenceIntervalMs);
    connect(&m_presenceTimer, &QTimer::timeout, this, [this] {
        broadcast(protocol::toFrame(protocol::presenceMessage(m_name, totalViewers())));
    });
}

omk::Expected<void> Room::rebuild() {
    restore(m_storedSnapshot);
    qint64 after = m_snapshotSeq;
    for (;;) {
        auto batch = m_store.eventsAfter(m_name, after, 1000);
        if (!batch) return batch.unexpected();
        if (batch->isEmpty()) break;
        for (const auto& e : *batch) {
            apply(e);
            after = e.seq;
        }
    }
    m_head = std::max(m_head, after);
    return {};
}

std::optional<Refusal> Room::admit(const protocol::Actor& actor, const protocol::Send& send,
                                   qint64 wallNow, qint64 steadyNow) const {
    const bool privileged = actor.role >= Role::Moderator;
    if (protocol::isPrivileged(send.type) && !privileged)
        return Refusal{QStringLiteral("forbidden"),
                       protocol::eventTypeName(send.type) +
                           QStringLiteral(" needs a moderator or admin of this room"),
                       std::nullopt};
    // Moderators and admins are trusted by their invites; bans, timeouts and the organizers'
    // room rules bind attendees.
    // The organizers' rules, looked up once per send (they bind attendees only).
    const catalog::RoomRules r = privileged ? catalog::RoomRules{} : rules();
    if (!privileged) {
        if (r.closed)
            return Refusal{QLatin1String(protocol::error::kRoomClosed),
                           QStringLiteral("the organizers closed this room's chat: you may read, "
                                          "not write"),
                           std::nullopt};
        if (r.signedInOnly && protocol::isGuestId(actor.id))
            return Refusal{QLatin1String(protocol::error::kSignInRequired),
                           QStringLiteral("only signed-in people may write in this room"),
                           std::nullopt};
        if (m_banned.contains(actor.id))
            return Refusal{QStringLiteral("banned"),
                           QStringLiteral("you are banned from this room"), std::nullopt};
        const qint64 until = m_timedOutUntil.value(actor.id, 0);
        if (until > wallNow)
            return Refusal{QStringLiteral("timed_out"), QStringLiteral("you are timed out"),
                           until - wallNow};
    }
    if (send.type == EventType::ChatDelete || send.type == EventType::ModPin) {
        const qint64 target = send.data.value(QStringLiteral("seq")).toInteger();
        if (target > m_head)
            return Refusal{QStringLiteral("not_found"),
                           QStringLiteral("data.seq: no event %1 in this room").arg(target),
                           std::nullopt};
    }
    if (send.type == EventType::ChatEdit || send.type == EventType::ChatReact) {
        const qint64 target = send.data.value(QStringLiteral("seq")).toInteger();
        const auto author = m_chatAuthors.constFind(target);
        if (author == m_chatAuthors.constEnd())
            return Refusal{QStringLiteral("not_found"),
                           QStringLiteral("data.seq: no chat message %1 to %2")
                               .arg(target)
                               .arg(send.type == EventType::ChatEdit ? "edit" : "react to"),
                           std::nullopt};
        // Words stay their author's: not even a moderator rewrites them (they may delete).
        if (send.type == EventType::ChatEdit && *author != actor.id)
            return Refusal{QStringLiteral("forbidden"),
                           QStringLiteral("only its author may edit a message"), std::nullopt};
    }
    const qint64 slowMs = privileged ? 0 : slowModeMs(r);
    if (send.type == EventType::ChatMessage && slowMs > 0) {
        const auto last = m_lastChat.constFind(actor.id);
        if (last != m_lastChat.constEnd() && steadyNow - *last < slowMs)
            return Refusal{QStringLiteral("slow_mode"),
                           QStringLiteral("slow mode: one message every %1 ms").arg(slowMs),
                           slowMs - (steadyNow - *last)};
    }
    return std::nullopt;
}

omk::Expected<void> Room::catchUp() {
    constexpr int kBatch = 1000;
    for (;;) {
        auto batch = m_store.eventsAfter(m_name, m_head, kBatch);
        if (!batch) return batch.unexpected();
        if (batch->isEmpty()) return {};
        // Another process compacted past our head before we read it: fold its snapshot instead.
        // Subscribers see the seq jump and re-join, as after any gap.
        if (batch->front().seq != m_head + 1) return reload();
        for (const auto& e : *batch) {
            if (e.seq != m_head + 1) return reload();
            m_head = e.seq;
            apply(e);
            ++m_metrics.eventsCaughtUp;
            broadcast(protocol::toFrame(protocol::eventToJson(e)));
        }
        if (batch->size() < kBatch) return {};
    }
}

omk::Expected<void> Room::reload() {
    auto record = m_store.loadRoom(m_name);
    if (!record) return record.unexpected();
    if (!*record) return omk::fail(QStringLiteral("store: room %1 is gone").arg(m_name));
    m_snapshotSeq = (*record)->snapshotSeq;
    m_storedSnapshot = (*record)->snapshot;
    m_oldest = (*record)->oldest;
    m_head = std::max(m_head, m_snapshotSeq);
    qCInfo(lcServer).noquote() << logLine(
        "room_reloaded", {{"room", m_name}, {"snapshot_seq", QString::number(m_snapshotSeq)}});
    return rebuild();
}

omk::Expected<std::optional<protocol::Event>> Room::append(const protocol::Actor& actor,
                                                           const protocol::Send& send,
                                                           qint64 wallNow, qint64 steadyNow) {
    protocol::Event e;
    e.room = m_name;
    e.seq = m_head + 1;
    e.id = makeUlid(wallNow);
    e.ts = wallNow;
    e.type = send.type;
    e.actor = actor;
    e.cid = send.cid;
    e.data = send.data;
    if (e.type == EventType::PlaybackState && !e.data.contains(QStringLiteral("at_server_ms")))
        e.data.insert(QStringLiteral("at_server_ms"), wallNow);

    auto stored = m_store.append(e);
    if (!stored) return stored.unexpected();
    if (*stored == Appended::Conflict) {
        ++m_metrics.appendConflicts;
        auto caught = catchUp();
        if (!caught) return caught.unexpected();
        return std::optional<protocol::Event>();
    }
    m_head = e.seq;
    ++m_metrics.eventsAppended;
    apply(e);
    if (e.type == EventType::ChatMessage) m_lastChat.insert(actor.id, steadyNow);
    broadcast(protocol::toFrame(protocol::eventToJson(e)));
    if (m_settings.onAppended) m_settings.onAppended(m_name, e.seq);
    maybeCompact();
    return std::optional<protocol::Event>(std::move(e));
}

QString Room::nameOf(const QString& user) const {
    const QString name = m_names.value(user);
    if (!name.isEmpty()) return name;
    for (const protocol::Actor& a : m_subscribers)
        if (a.id == user) return a.name;
    return {};
}

void Room::apply(const protocol::Event& e) {
    const auto& d = e.data;
    m_lastTs = std::max(m_lastTs, e.ts);
    switch (e.type) {
        case EventType::ChatMessage:
            m_chatAuthors.insert(e.seq, e.actor.id);
            if (m_names.size() >= kMaxNames) m_names.clear();
            m_names.insert(e.actor.id, e.actor.name);
            break;
        case EventType::ChatDelete:
            m_chatAuthors.remove(d.value(QStringLiteral("seq")).toInteger());
            break;
        case EventType::ChatEdit:
        case EventType::ChatReact:
            break;
        case EventType::ModTimeout: {
            const QString user = d.value(QStringLiteral("user")).toString();
            const qint64 ms = d.value(QStringLiteral("duration_ms")).toInteger();
            if (ms <= 0) {
                m_timedOutUntil.remove(user);
                m_timeouts.remove(user);
            } else {
                m_timedOutUntil.insert(user, e.ts + ms);
                m_timeouts.insert(
                    user, RoomSanction{user, nameOf(user), false, e.ts, e.ts + ms, e.actor.id,
                                       e.actor.name, d.value(QStringLiteral("reason")).toString()});
            }
            break;
        }
        case EventType::ModBan: {
            const QString user = d.value(QStringLiteral("user")).toString();
            if (d.value(QStringLiteral("banned")).toBool(true))
                m_banned.insert(
                    user, RoomSanction{user, nameOf(user), true, e.ts, 0, e.actor.id, e.actor.name,
                                       d.value(QStringLiteral("reason")).toString()});
            else
                m_banned.remove(user);
            break;
        }
        case EventType::ModSlowMode:
            m_slowModeMs = d.value(QStringLiteral("interval_ms")).toInteger();
            m_slowModeSet = true;
            break;
        case EventType::ModPin:
            m_pinnedSeq = d.value(QStringLiteral("seq")).toInteger();
            break;
        case EventType::PlaybackState: {
            m_playback = d;
            m_playback.insert(QStringLiteral("seq"), e.seq);
            break;
        }
    }
}

QList<RoomSanction> Room::sanctions(qint64 wallNow) const {
    QList<RoomSanction> out = m_banned.values();
    for (auto it = m_timedOutUntil.cbegin(); it != m_timedOutUntil.cend(); ++it)
        if (it.value() > wallNow) out.append(m_timeouts.value(it.key()));
    std::sort(out.begin(), out.end(), [](const RoomSanction& a, const RoomSanction& b) {
        return a.sinceMs != b.sinceMs ? a.sinceMs > b.sinceMs : a.user < b.user;
    });
    return out;
}

catalog::RoomRules Room::rules() const {
    return m_settings.rulesOf ? m_settings.rulesOf(m_name) : catalog::RoomRules{};
}

qint64 Room::slowModeMs() const {
    return m_slowModeSet ? m_slowModeMs : slowModeMs(rules());
}

qint64 Room::slowModeMs(const catalog::RoomRules& rules) const {
    return m_slowModeSet ? m_slowModeMs : qint64(rules.slowModeSeconds) * 1000;
}

QJsonObject Room::publicSnapshot() const {
    QJsonObject o{{QStringLiteral("slow_mode_ms"), slowModeMs()},
                  {QStringLiteral("pinned_seq"), m_pinnedSeq}};
    if (!m_playback.isEmpty()) o.insert(QStringLiteral("playback"), m_playback);
    return o;
}

QJsonObject Room::fullSnapshot() const {
    // The moderators' own setting, not the default: the rules may change after it is stored.
    QJsonObject o{{QStringLiteral("slow_mode_ms"), m_slowModeMs},
                  {QStringLiteral("slow_mode_set"), m_slowModeSet},
                  {QStringLiteral("pinned_seq"), m_pinnedSeq}};
    if (!m_playback.isEmpty()) o.insert(QStringLiteral("playback"), m_playback);
    QJsonArray banned;
    for (auto it = m_banned.cbegin(); it != m_banned.cend(); ++it) banned.append(it.key());
    QJsonObject timeouts;
    for (auto it = m_timedOutUntil.begin(); it != m_timedOutUntil.end(); ++it)
        timeouts.insert(it.key(), it.value());
    o.insert(QStringLiteral("banned"), banned);
    o.insert(QStringLiteral("timed_out_until"), timeouts);
    // Who, when, by whom: older snapshots have only the ids above (the details then read empty).
    QJsonObject details;
    for (const auto* sanctions : {&m_banned, &m_timeouts})
        for (const RoomSanction& s : *sanctions)
            details.insert((s.ban ? QStringLiteral("ban ") : QStringLiteral("timeout ")) + s.user,
                           QJsonObject{{QStringLiteral("name"), s.name},
                                       {QStringLiteral("since_ms"), s.sinceMs},
                                       {QStringLiteral("by"), s.by},
                                       {QStringLiteral("by_name"), s.byName},
                                       {QStringLiteral("reason"), s.reason}});
    o.insert(QStringLiteral("sanction_details"), details);
    return o;
}

omk::Expected<Room::HistoryPage> Room::history(qint64 before, int limit) const {
    const qint64 end = before > 0 ? std::min(before, m_head + 1) : m_head + 1;
    const qint64 from = std::max(m_oldest, end - limit);
    HistoryPage page;
    if (from >= end) return page;
    auto events = m_store.eventsAfter(m_name, from - 1, int(end - from));
    if (!events) return events.unexpected();
    for (auto& e : *events)
        if (e.seq < end) page.events.append(std::move(e));
    page.more = from > m_oldest;
    return page;
}

void Room::restore(const QJsonObject& s) {
    m_slowModeMs = s.value(QStringLiteral("slow_mode_ms")).toInteger();
    // Snapshots from before room rules: a slow mode on was a moderator's; off was the default.
    m_slowModeSet = s.value(QStringLiteral("slow_mode_set")).toBool(m_slowModeMs > 0);
    m_pinnedSeq = s.value(QStringLiteral("pinned_seq")).toInteger();
    m_playback = s.value(QStringLiteral("playback")).toObject();
    const QJsonObject details = s.value(QStringLiteral("sanction_details")).toObject();
    const auto detailed = [&](const QString& user, bool ban, qint64 until) {
        const QJsonObject d =
            details.value((ban ? QStringLiteral("ban ") : QStringLiteral("timeout ")) + user)
                .toObject();
        return RoomSanction{user,
                            d.value(QStringLiteral("name")).toString(),
                            ban,
                            d.value(QStringLiteral("since_ms")).toInteger(),
                            until,
                            d.value(QStringLiteral("by")).toString(),
                            d.value(QStringLiteral("by_name")).toString(),
                            d.value(QStringLiteral("reason")).toString()};
    };
    m_banned.clear();
    for (const auto& u : s.value(QStringLiteral("banned")).toArray())
        m_banned.insert(u.toString(), detailed(u.toString(), true, 0));
    m_timedOutUntil.clear();
    m_timeouts.clear();
    m_chatAuthors.clear();
    const auto t = s.value(QStringLiteral("timed_out_until")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        m_timedOutUntil.insert(it.key(), it->toInteger());
        m_timeouts.insert(it.key(), detailed(it.key(), false, it->toInteger()));
    }
}

void Room::maybeCompact() {
    // Batches of a tenth of the retention keep compaction rare.
    const qint64 stored = m_head - m_oldest + 1;
    if (stored <= m_settings.retention + std::max(1, m_settings.retention / 10)) return;
    const qint64 dropThrough = m_head - m_settings.retention;
    // Timeouts that have ended bind nobody: the snapshot does not keep them (nor their names).
    for (auto it = m_timedOutUntil.begin(); it != m_timedOutUntil.end();) {
        if (it.value() <= m_lastTs) {
            m_timeouts.remove(it.key());
            it = m_timedOutUntil.erase(it);
        } else {
            ++it;
        }
    }
    auto done = m_store.compact(m_name, fullSnapshot(), m_head, dropThrough);
    if (!done) {
        qCWarning(lcServer).noquote()
            << logLine("compact_failed", {{"room", m_name}, {"reason", done.error().message}});
        return;
    }
    m_snapshotSeq = m_head;
    m_oldest = dropThrough + 1;
}

void Room::broadcast(const QByteArray& frame) {
    const QString text = QString::fromUtf8(frame);
    for (auto it = m_byShard.cbegin(); it != m_byShard.cend(); ++it) {
        it.key()->post(text, it.value());
        m_metrics.messagesSent += it.value().size();
    }
    if (m_onMainThread == 0) return;
    // A copy: delivering may close a connection, which unsubscribes it.
    const auto subscribers = m_subscribers.keys();
    for (RoomSubscriber* s : subscribers)
        if (!s->shardSocket() && m_subscribers.contains(s)) s->deliver(text);
}

void Room::subscribe(RoomSubscriber* s, const protocol::Actor& member) {
    if (m_subscribers.contains(s)) unsubscribe(s);
    m_subscribers.insert(s, member);
    if (ShardSocket* socket = s->shardSocket())
        m_byShard[&socket->shard()].append(socket);
    else
        ++m_onMainThread;
    presenceChanged();
}

void Room::unsubscribe(RoomSubscriber* s) {
    if (!m_subscribers.remove(s)) return;
    if (ShardSocket* socket = s->shardSocket()) {
        auto it = m_byShard.find(&socket->shard());
        if (it != m_byShard.end()) {
            it->removeOne(socket);
            if (it->isEmpty()) m_byShard.erase(it);
        }
    } else {
        --m_onMainThread;
    }
    presenceChanged();
}

void Room::presenceChanged() {
    // Coalesced: a crowd arriving at once costs one presence message per interval, not one each.
    if (!m_presenceTimer.isActive()) m_presenceTimer.start();
    if (m_settings.onPresenceChanged) m_settings.onPresenceChanged(m_name);
}

void Room::remotePresenceChanged() {
    if (!m_presenceTimer.isActive()) m_presenceTimer.start();
}

int Room::totalViewers() const {
    return viewers() + (m_settings.remote ? m_settings.remote->viewers(m_name) : 0);
}

namespace {

// One entry per user, with the highest role the user is watching with.
void addDistinct(QHash<QString, protocol::Actor>& byId, const protocol::Actor& a) {
    auto existing = byId.find(a.id);
    if (existing == byId.end() || existing->role < a.role) byId.insert(a.id, a);
}

QList<protocol::Actor> sortedByName(const QHash<QString, protocol::Actor>& byId) {
    QList<protocol::Actor> out = byId.values();
    std::sort(out.begin(), out.end(), [](const protocol::Actor& a, const protocol::Actor& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return out;
}

}  // namespace

QList<protocol::Actor> Room::localMembers() const {
    QHash<QString, protocol::Actor> byId;
    for (const auto& a : m_subscribers) addDistinct(byId, a);
    return sortedByName(byId);
}

QList<protocol::Actor> Room::members() const {
    if (!m_settings.remote) return localMembers();
    QHash<QString, protocol::Actor> byId;
    for (const auto& a : m_subscribers) addDistinct(byId, a);
    for (const auto& a : m_settings.remote->members(m_name)) addDistinct(byId, a);
    return sortedByName(byId);
}

}  // namespace omk::server
