#pragma once
// The organizer's account commands of omnikast-server: `registrations import FILE.csv` and
// `registrations remove EMAIL`, `accounts disable|enable EMAIL` and
// `roles grant|revoke EMAIL ROLE [--room ROOM]`. They open the configured store directly (a
// running server sees the change at each account's next hello). Each prints one line of result
// (warnings for skipped rows on stderr) and returns the exit status: 0, or 1 with a one-line
// reason.

#include "protocol/Role.h"
#include "server/ServerConfig.h"

#include <QString>

namespace omk::server {

int runRegistrationsImport(const QString& file, const ServerConfig& config);
// Takes an address off the registration list (and its event-wide and room roles stay as they
// are: revoke those with runRoles).
int runRegistrationRemove(const QString& email, const ServerConfig& config);
// A disabled account cannot sign in, refresh or say hello; its sign-ins end at once.
int runAccountDisable(bool disable, const QString& email, const ServerConfig& config);
int runRoles(bool grant, const QString& email, protocol::Role role, const QString& room,
             const ServerConfig& config);

}  // namespace omk::server
