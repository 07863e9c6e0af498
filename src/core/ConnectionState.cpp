#include "core/ConnectionState.h"

namespace omk::core {

QString connectionStateName(ConnectionState state) {
    switch (state) {
        case ConnectionState::Offline:
            return QStringLiteral("offline");
        case ConnectionState::Connecting:
            return QStringLiteral("connecting");
        case ConnectionState::Connected:
            return QStringLiteral("connected");
        case ConnectionState::Reconnecting:
            return QStringLiteral("reconnecting");
    }
    return QStringLiteral("offline");
}

}  // namespace omk::core
