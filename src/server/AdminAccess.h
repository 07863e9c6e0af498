#pragma once
// Who may call the admin API (/admin/…, docs/openapi.json) — and, below, the parts any signed-in
// person may call: the bearer of an access token of an
// account that holds the admin role for the whole event, or of an admin invite
// (`omnikast-server invite --role admin`, for scripts). Everyone else gets the answer that says
// why: 401 (no token, a bad or expired one; with WWW-Authenticate: Bearer) or 403 (a token that
// is not an admin's, a disabled account).
// Threading: the AccountStore's thread.

#include "server/AccountStore.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace omk::server {

struct AdminCaller {
    QString id;    // the account's id or the invite's subject: the audit log's actor
    QString name;  // for people
};

std::variant<AdminCaller, HttpResponse> admitAdmin(const QByteArray& authorization, const Jwt& jwt,
                                                   AccountStore& accounts, qint64 nowS);

// The same door for what any signed-in person may do (open a watch party): the bearer of an
// account's access token (a_…), not disabled. 401 as above; 403 account_required for a guest's
// or an invite's token, account_disabled.
std::variant<Account, HttpResponse> admitAccount(const QByteArray& authorization, const Jwt& jwt,
                                                 AccountStore& accounts, qint64 nowS);

}  // namespace omk::server
