#pragma once
// Who a `hello` signs in as (docs/PROTOCOL.md, docs/AUTH.md): the token's claims, or a new guest
// with a token of its own; registered-only events refuse guests and unregistered accounts; an
// account's roles per room come from the store, not the token. ClientSession keeps the
// connection's side (caps, welcome); this is the policy, one reason to change.
// Threading: the server's event-loop thread (it reads the AccountStore).

#include "protocol/ClientMessage.h"
#include "server/AccountStore.h"
#include "server/Jwt.h"
#include "server/ServerConfig.h"

#include <QMap>

#include <variant>

namespace omk::server {

struct Admitted {
    TokenClaims claims;
    QString token;                            // the hello's, or the new guest's
    QMap<QString, protocol::Role> roomRoles;  // an account's roles (room → role)
};

struct HelloRefusal {
    QString code;  // a protocol error code (auth_invalid, registration_required, storage, …)
    QString reason;
};

std::variant<Admitted, HelloRefusal> admitHello(const protocol::Hello& hello,
                                                const ServerConfig& config, const Jwt& jwt,
                                                AccountStore* accounts, qint64 nowS);

}  // namespace omk::server
