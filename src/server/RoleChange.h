#pragma once
// A role to grant or revoke by e-mail address (the command line's `roles grant|revoke`, the admin
// API's /admin/roles/grant|revoke): what server/RoleGrants applies and the audit log records.

#include "protocol/Role.h"

#include <QString>

namespace omk::server {

struct RoleChange {
    bool grant = true;
    QString email;  // as typed; normalised where it is used
    protocol::Role role = protocol::Role::Moderator;
    QString room = QStringLiteral("*");  // "*": the whole event
};

}  // namespace omk::server
