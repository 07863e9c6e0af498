#include "server/PresenceExchange.h"

#include "server/Clock.h"
#include "server/Log.h"
#include "server/RoomRegistry.h"
#include "server/Ulid.h"

#include <algorithm>
#include <utility>

namespace omk::server {

PresenceExchange::PresenceExchange(Fanout& fanout, Metrics& metrics, int ttlMs, int coalesceMs,
                                   int maxRooms, QObject* parent)
    : QObject(parent),
      m_fanout(fanout),
      m_metrics(metrics),
      m_instance(randomId(8)),
      m_ttlMs(ttlMs),
      m_remote(m_instance, 64, maxRooms) {
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(coalesceMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &PresenceExchange::publishDirty);
    // Three refreshes per time to live: two lost in a row still do not expire a live process.
    m_refreshTimer.setInterval(std::max(1, ttlMs / 3));
    connect(&m_refreshTimer, &QTimer::timeout, this, &PresenceExchange::refreshAll);
    m_sweepTimer.setInterval(std::clamp(ttlMs / 10, 100, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &PresenceExchange::sweep);
    connect(&m_fanout, &Fanout::presence, this, &PresenceExchange::onPresence);
    connect(&m_fanout, &Fanout::malformed, this, &PresenceExchange::onMalformed);
    // Others may have expired this process's snapshots while the fan-out was down.
    connect(&m_fanout, &Fanout::subscribed, this, &PresenceExchange::refreshAll);
}

void PresenceExchange::attach(RoomRegistry& rooms) {
    m_rooms = &rooms;
    m_refreshTimer.start();
    m_sweepTimer.start();
}

void PresenceExchange::localChanged(const QString& room) {
    if (m_withdrawn) return;
    m_dirty.insert(room);
    if (!m_publishTimer.isActive()) m_publishTimer.start();
}

void PresenceExchange::refreshAll() {
    if (!m_rooms || m_withdrawn) return;
    for (Room* r : m_rooms->all())
        if (r->viewers() > 0 || m_published.contains(r->name())) m_dirty.insert(r->name());
    if (!m_dirty.isEmpty() && !m_publishTimer.isActive()) m_publishTimer.start();
}

void PresenceExchange::publishDirty() {
    const auto rooms = std::exchange(m_dirty, {});
    for (const QString& room : rooms) publishRoom(room);
}

void PresenceExchange::publishRoom(const QString& room) {
    Room* r = m_rooms ? m_rooms->find(room) : nullptr;
    const int viewers = r ? r->viewers() : 0;
    // An empty room is withdrawn once, then nothing is sent for it until someone comes.
    if (viewers == 0 && !m_published.remove(room)) return;
    if (viewers > 0) m_published.insert(room);
    const auto members = r && viewers > 0 ? r->localMembers() : QList<protocol::Actor>();
    for (const QByteArray& part :
         encodePresence(m_instance, room, ++m_generation, viewers, m_ttlMs, members))
        m_fanout.publishPresence(part);
}

void PresenceExchange::withdrawAll() {
    for (const QString& room : std::exchange(m_published, {}))
        for (const QByteArray& part :
             encodePresence(m_instance, room, ++m_generation, 0, m_ttlMs, {}))
            m_fanout.publishPresence(part);
    m_withdrawn = true;
    m_dirty.clear();
    m_publishTimer.stop();
    m_refreshTimer.stop();
}

void PresenceExchange::onPresence(const QByteArray& body) {
    auto part = decodePresence(body);
    if (!part) {
        onMalformed(part.error().message);
        return;
    }
    if (part->instance == m_instance) return;
    // A process heard from for the first time knows nothing of this one's viewers yet.
    const bool newcomer = !m_remote.knows(part->instance);
    if (m_remote.apply(*part, steadyMs()) && m_rooms)
        if (Room* r = m_rooms->find(part->room)) r->remotePresenceChanged();
    if (newcomer && m_remote.knows(part->instance)) refreshAll();
}

void PresenceExchange::onMalformed(const QString& why) {
    ++m_metrics.fanoutMalformed;
    // At most one line per 10 s: whoever floods the channel does not flood the log too.
    const qint64 now = steadyMs();
    if (m_lastMalformedLogMs >= 0 && now - m_lastMalformedLogMs < 10000) return;
    m_lastMalformedLogMs = now;
    qCWarning(lcServer).noquote() << logLine(
        "fanout_malformed",
        {{"reason", why}, {"total", QString::number(m_metrics.fanoutMalformed)}});
}

void PresenceExchange::sweep() {
    const QStringList changed = m_remote.expire(steadyMs());
    if (!m_rooms) return;
    for (const QString& room : changed) {
        qCInfo(lcServer).noquote() << logLine("presence_expired", {{"room", room}});
        if (Room* r = m_rooms->find(room)) r->remotePresenceChanged();
    }
}

}  // namespace omk::server
