#pragma once
// Processes holding many sockets (omnikast-server, `omnikast loadtest`, bench/fanout_bench) run
// Qt's own poll()-based event dispatcher instead of the GLib one. GLib keeps a loop's polled
// descriptors in a linked list, and Qt enables and disables a socket's write notifier around
// every write, so with a thousand sockets each write walked the whole list: in the 1,000-client
// fan-out bench 45 % of the server's CPU went to g_slist_remove and its neighbours, and the p99
// was 2.6x what it is on Qt's dispatcher (docs/PERFORMANCE.md, "Room fan-out").

namespace omk::core {

// Call before the QCoreApplication is made (it and every QThread pick their dispatcher from the
// environment then). A QT_NO_GLIB the user set is left alone.
void preferPollEventLoop();

}  // namespace omk::core
