#pragma once
// Every socket is a file descriptor, and Debian's default soft limit is 1,024: a process that
// holds a socket per client (omnikast-server, `omnikast loadtest`) takes what the hard limit
// allows before it starts, and says plainly when even that is too few.

#include <QtGlobal>

namespace omk::core {

// Descriptors a process needs besides its client sockets: stdio, files, listening sockets,
// event fds, store and fan-out connections.
inline constexpr qint64 kReservedFds = 64;

// Raises the soft RLIMIT_NOFILE to the hard limit; answers the limit now in force (0: unknown).
qint64 raiseOpenFileLimit();

}  // namespace omk::core
