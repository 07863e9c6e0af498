#pragma once
// On-air switching over the admin API (docs/ADMIN.md "On air"): POST /admin/channels/{id}/on-air
// {"session": ID | null} puts a session of that channel on air (or nothing), admins only; the
// switch and its audit entry (onair.switch) are one transaction, then the server tells every
// client (the onair message, docs/PROTOCOL.md) and the other servers.
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/AuditLog.h"
#include "server/EventCatalog.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/OnAirBoard.h"

#include <functional>

namespace omk::server {

class OnAirApi {
public:
    // switched: after a switch committed, with its channel (the server tells every client).
    OnAirApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit, const EventCatalog& catalog,
             OnAirBoard& board, std::function<void(const QString& channel)> switched);

    void addRoutes(HttpApi& http);
    HttpResponse switchOnAir(const PostRequest& r);

private:
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    AuditLog& m_audit;
    const EventCatalog& m_catalog;
    OnAirBoard& m_board;
    std::function<void(const QString&)> m_switched;
};

}  // namespace omk::server
