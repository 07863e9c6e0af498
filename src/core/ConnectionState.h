#pragma once
// The state of a reconnecting client link, shared by RoomConnection (omnikast-server) and
// CableClient (Dreamkast's ActionCable), so the UI reads both the same way.
// Threading: a plain value; any thread.

#include <QObject>
#include <QString>

namespace omk::core {
Q_NAMESPACE

enum class ConnectionState { Offline, Connecting, Connected, Reconnecting };
Q_ENUM_NS(ConnectionState)

// "offline", "connecting", "connected", "reconnecting" (status lines and logs; not translated).
QString connectionStateName(ConnectionState state);

}  // namespace omk::core
