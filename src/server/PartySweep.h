#pragma once
// Watch parties left empty go (docs/PROTOCOL.md "Watch parties"): every minute this server marks
// the parties it has viewers in as seen now, then removes those nobody was seen in for
// party_expiry_minutes, with their members, and takes back their hosts' roles (the sessions of a
// host on this server hear of it through rolesChanged; other servers at their next hello).
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/PartyStore.h"
#include "server/RoomRegistry.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace omk::server {

class PartySweep : public QObject {
    Q_OBJECT
public:
    PartySweep(PartyStore& parties, RoomRegistry& rooms, AccountStore& accounts, int expiryMinutes,
               std::function<void(const QString& account)> rolesChanged, QObject* parent = nullptr);

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // One sweep as of nowMs; returns how many parties went. The timer calls it; tests call it
    // with a later now.
    int sweep(qint64 nowMs);

private:
    PartyStore& m_parties;
    RoomRegistry& m_rooms;
    AccountStore& m_accounts;
    qint64 m_expiryMs;
    std::function<void(const QString&)> m_rolesChanged;
    QTimer m_timer;
};

}  // namespace omk::server
