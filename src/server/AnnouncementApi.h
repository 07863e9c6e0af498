#pragma once
// Announcements over the admin API (docs/ADMIN.md "Announcements"): POST /admin/announcements
// {"text", "channel"?}, admins only; stored with its audit entry (announcement.post) in one
// transaction, then the server sends it to every signed-in client and tells the other servers.
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/AnnouncementLog.h"
#include "server/AuditLog.h"
#include "server/EventCatalog.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"

#include <functional>

namespace omk::server {

class AnnouncementApi {
public:
    // announced: after one committed (the server sends it to every client).
    AnnouncementApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit,
                    const EventCatalog& catalog, AnnouncementLog& log,
                    std::function<void(const protocol::Announcement&)> announced);

    void addRoutes(HttpApi& http);
    HttpResponse announce(const PostRequest& r);

private:
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    AuditLog& m_audit;
    const EventCatalog& m_catalog;
    AnnouncementLog& m_log;
    std::function<void(const protocol::Announcement&)> m_announced;
};

}  // namespace omk::server
