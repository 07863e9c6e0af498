#pragma once
#include <QString>

#include <optional>

namespace omk::protocol {

// Ordered: a higher role may do everything a lower one may.
enum class Role { Attendee = 0, Moderator = 1, Admin = 2 };

QString roleName(Role r);
std::optional<Role> roleFromName(const QString& name);

// A guest's user id (the server made it up at a hello with no token): "g_…" (docs/PROTOCOL.md).
inline bool isGuestId(const QString& userId) {
    return userId.startsWith(QLatin1String("g_"));
}

}  // namespace omk::protocol
