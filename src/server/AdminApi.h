#pragma once
// The organizers' HTTP API (docs/openapi.json, docs/ADMIN.md): admins only (server/AdminAccess),
// every change written to the audit log with who made it. Today: the roles (who holds which,
// grant and revoke by e-mail, as `omnikast-server roles` does), the whole catalog (read, and
// replaced with If-Match on its version) and the audit log itself. Edits of one part of the
// catalog are server/CatalogEditApi's; on air, announcements and bans have their own APIs.
// Answers are never cached (Cache-Control: no-store).
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/AuditLog.h"
#include "server/CatalogCommit.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"

#include <functional>

namespace omk::server {

class AdminApi {
public:
    // rolesChanged: after a role change committed, with the account's id (its sessions, here
    // and on the other servers, take the roles on at once).
    AdminApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit, CatalogCommit& commit,
             std::function<void(const QString& account)> rolesChanged = {});

    void addRoutes(HttpApi& http);

    // GET /admin/roles
    HttpResponse roles(const QByteArray& authorization);
    // POST /admin/roles/grant and /admin/roles/revoke {"email", "role", "room"?}
    HttpResponse changeRole(bool grant, const PostRequest& r);
    // GET /admin/catalog: the live catalog with its ETag.
    HttpResponse catalog(const QByteArray& authorization);
    // PUT /admin/catalog: a whole catalog in Omnikast's format, If-Match naming the live version.
    HttpResponse putCatalog(const PostRequest& r);
    // GET /admin/audit?limit=&before=&action=&actor= (query: as sent, percent-encoded)
    HttpResponse audit(const QByteArray& authorization, const QString& query);

private:
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    AuditLog& m_audit;
    CatalogCommit& m_commit;
    std::function<void(const QString&)> m_rolesChanged;
};

}  // namespace omk::server
