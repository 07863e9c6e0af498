#pragma once
// Granting and revoking roles by e-mail address: the one rule the command line
// (`omnikast-server roles grant|revoke`) and the admin API (POST /admin/roles/grant|revoke) both
// follow. A grant puts the address on the registration list (so it may sign in to a
// registered-only event) and makes its account where there is none yet; a revoke needs that role
// to be held there. Error codes: bad_email, no_account, not_held, storage.
// Threading: the AccountStore's thread.

#include "core/Expected.h"
#include "protocol/Role.h"
#include "server/AccountStore.h"
#include "server/AuditLog.h"
#include "server/RoleChange.h"

#include <QString>

namespace omk::server {

// The account after the change (its roles as they are now).
omk::Expected<Account> changeRole(AccountStore& store, const RoleChange& change, qint64 nowMs);

// The audit log's line for a change made by actor.
AuditEntry roleAuditEntry(const RoleChange& change, const Account& after, const QString& actor,
                          const QString& actorName, qint64 nowMs);

// "the whole event" or "room R", for sentences.
QString roleScope(const QString& room);

}  // namespace omk::server
