#pragma once
#include <QString>

#include <optional>

namespace omk::protocol {

// Ordered: a higher role may do everything a lower one may.
enum class Role { Attendee = 0, Moderator = 1, Admin = 2 };

QString roleName(Role r);
std::optional<Role> roleFromName(const QString& name);

}  // namespace omk::protocol
