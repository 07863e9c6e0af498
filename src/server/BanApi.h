#pragma once
// Bans and timeouts over the admin API (docs/ADMIN.md "Bans"): GET /admin/bans lists those in
// force in every room this server has loaded (who, since when, by whom, why); POST
// /admin/bans/lift {"room", "user"} lifts a ban and a timeout the way a moderator does, as
// events in the room's log (mod.ban banned:false, mod.timeout 0), so every server and client
// sees it; then it is audited (ban.lift). Admins only.
// Threading: the server's event-loop thread (the rooms' and the AccountStore's).

#include "server/AccountStore.h"
#include "server/AuditLog.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/RoomRegistry.h"

namespace omk::server {

class BanApi {
public:
    BanApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit, RoomRegistry& rooms);

    void addRoutes(HttpApi& http);
    HttpResponse list(const QByteArray& authorization, const QString& query);
    HttpResponse lift(const PostRequest& r);

private:
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    AuditLog& m_audit;
    RoomRegistry& m_rooms;
};

}  // namespace omk::server
