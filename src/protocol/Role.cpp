#include "protocol/Role.h"

namespace omk::protocol {

QString roleName(Role r) {
    switch (r) {
        case Role::Attendee:
            return QStringLiteral("attendee");
        case Role::Moderator:
            return QStringLiteral("moderator");
        case Role::Admin:
            return QStringLiteral("admin");
    }
    return QStringLiteral("attendee");
}

std::optional<Role> roleFromName(const QString& name) {
    if (name == QLatin1String("attendee")) return Role::Attendee;
    if (name == QLatin1String("moderator")) return Role::Moderator;
    if (name == QLatin1String("admin")) return Role::Admin;
    return std::nullopt;
}

}  // namespace omk::protocol
