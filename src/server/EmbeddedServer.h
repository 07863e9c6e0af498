#pragma once
// omnikast-server inside another process: the viewer's demo (and later a single-machine event)
// runs the real server on loopback, with a throwaway signing key, instead of asking the user to
// start one. Same code as the standalone server; only the settings differ.
// Threading: the Server lives on the calling thread's event loop.

#include "server/Server.h"

namespace omk::server {

// Listens on 127.0.0.1 on a free port, keeps its room log in dataDir, serves catalogPath (any
// format the importer reads) at /catalog.json.
omk::Expected<std::unique_ptr<Server>> startEmbeddedServer(const QString& catalogPath,
                                                           const QString& dataDir);

// http://127.0.0.1:PORT/catalog.json of a started server.
QString catalogUrl(const Server& server);

}  // namespace omk::server
