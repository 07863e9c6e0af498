#pragma once
// Event ids: ULIDs (48-bit ms time + 80 random bits, Crockford base32), so ids sort by time and
// never collide across rooms or servers.

#include <QString>

namespace omk::server {

QString makeUlid(qint64 wallMs);
// A random token-safe id (hex) for sessions, guests and epochs.
QString randomId(int bytes);

}  // namespace omk::server
