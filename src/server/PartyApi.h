#pragma once
// Watch parties over HTTP (docs/PROTOCOL.md "Watch parties", docs/openapi.json): a signed-in
// account opens one (POST /parties) and becomes its host, a moderator of its room; whoever has its
// invite redeems it (POST /parties/join) and may then join the room over the WebSocket like any
// other. Guests and invites minted on the command line cannot open parties: a party has an
// account as its owner, who may have kMaxPartiesPerAccount open at once. Error codes:
// account_required, account_disabled, bad_request, party_limit, no_party, invite_invalid,
// invite_expired, storage.
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/PartyStore.h"

#include <functional>

namespace omk::server {

class PartyApi {
public:
    // publicUrl: where viewers reach this server (the invite link's host), empty: no link in the
    // answer. rolesChanged: after the host's role committed (its sessions hold it at once).
    PartyApi(QString publicUrl, const Jwt& jwt, AccountStore& accounts, PartyStore& parties,
             std::function<void(const QString& account)> rolesChanged);

    void addRoutes(HttpApi& http);
    HttpResponse open(const PostRequest& r);
    HttpResponse redeem(const PostRequest& r);
    // GET /parties?room=ROOM: its name and whether it is invite-only, for whoever has its id
    // (the viewer shows them before joining); no_party when there is none.
    HttpResponse describe(const QString& room);

    // How long an invite is good for when the host names no time.
    static constexpr int kDefaultInviteDays = 7;
    // Parties one account may have open at once (they go when left empty: party_expiry_minutes).
    static constexpr int kMaxPartiesPerAccount = 5;

private:
    QString m_publicUrl;
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    PartyStore& m_parties;
    std::function<void(const QString&)> m_rolesChanged;
};

}  // namespace omk::server
