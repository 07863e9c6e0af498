#pragma once
// Wall time for timestamps that clients see; steady time for intervals (rate limits, heartbeats)
// so a clock step never opens or shuts a limit.

#include <QtGlobal>

namespace omk::server {

qint64 wallMs();
qint64 steadyMs();

}  // namespace omk::server
