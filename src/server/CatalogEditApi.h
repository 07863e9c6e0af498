#pragma once
// The catalog's fine-grained admin endpoints (docs/openapi.json, docs/ADMIN.md): one channel,
// stream or session added (POST), changed (PATCH) or removed (DELETE) while the event runs,
// each a new version of the catalog (server/CatalogCommit: stored with its audit entry, pushed
// to every client as catalog.changed). If-Match is optional here: without it the edit applies
// to whatever version is live (an edit names only its own part; when another server's version
// arrives meanwhile the edit is made again on it, never stored over it); with it, a version
// someone else made meanwhile is refused with 412. A session on air is not removed or moved to
// another channel (409 session_on_air). Admins only (server/AdminAccess).
//   POST   /admin/channels                         {"id", "name", …, "position"?}
//   PATCH  /admin/channels/{id}                    {"name"?, "description"?, "streams"?,
//   "position"?} DELETE /admin/channels/{id}                    (refused while sessions are on it)
//   POST   /admin/channels/{id}/streams            {"url", "protocol", …, "position"?}
//   PATCH  /admin/channels/{id}/streams/{index}    (0 first)
//   DELETE /admin/channels/{id}/streams/{index}
//   POST   /admin/sessions                         {"id", "title", "channel", "start", "duration",
//   …} PATCH  /admin/sessions/{id} DELETE /admin/sessions/{id}
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/CatalogCommit.h"
#include "server/CatalogEdit.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/OnAirBoard.h"

namespace omk::server {

class CatalogEditApi {
public:
    CatalogEditApi(const Jwt& jwt, AccountStore& accounts, CatalogCommit& commit,
                   const OnAirBoard& board);

    void addRoutes(HttpApi& http);

    HttpResponse edit(CatalogEdit::Part part, CatalogEdit::Op op, const PostRequest& r);

private:
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    CatalogCommit& m_commit;
    const OnAirBoard& m_board;
};

}  // namespace omk::server
