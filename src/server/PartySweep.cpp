#include "server/PartySweep.h"

#include "server/Clock.h"
#include "server/Log.h"

namespace omk::server {

PartySweep::PartySweep(PartyStore& parties, RoomRegistry& rooms, AccountStore& accounts,
                       int expiryMinutes, std::function<void(const QString&)> rolesChanged,
                       QObject* parent)
    : QObject(parent),
      m_parties(parties),
      m_rooms(rooms),
      m_accounts(accounts),
      m_expiryMs(qint64(expiryMinutes) * 60 * 1000),
      m_rolesChanged(std::move(rolesChanged)) {
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(wallMs()); });
}

int PartySweep::sweep(qint64 nowMs) {
    QStringList active;
    for (Room* room : m_rooms.all())
        if (PartyStore::isPartyRoom(room->name()) && room->viewers() > 0)
            active.append(room->name());
    if (auto touched = m_parties.touch(active, nowMs); !touched) {
        qCWarning(lcServer).noquote()
            << logLine("party_sweep_failed", {{"error", touched.error().message}});
        return 0;
    }
    auto gone = m_parties.expire(nowMs - m_expiryMs);
    if (!gone) {
        qCWarning(lcServer).noquote()
            << logLine("party_sweep_failed", {{"error", gone.error().message}});
        return 0;
    }
    for (const Party& p : *gone) {
        if (auto taken = m_accounts.setRole(p.owner, p.room, std::nullopt); taken && m_rolesChanged)
            m_rolesChanged(p.owner);
        qCInfo(lcServer).noquote() << logLine("party_expired", {{"room", p.room}});
    }
    return int(gone->size());
}

}  // namespace omk::server
