#pragma once
// Fetches the event catalog of the omnikast-server a recording is made from, so the recording
// carries the channel and stream descriptions the window would have used.

#include "core/Expected.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace omk::replay {

// The catalog's address on the server of a room URL: ws://host:port/ws →
// http://host:port/catalog.json.
QUrl catalogUrlFor(const QUrl& roomUrl);

// Threading: call on a thread with an event loop; `done` runs there once, unless `network` is
// destroyed first (which aborts the request).
void fetchCatalog(QNetworkAccessManager& network, const QUrl& url,
                  std::function<void(Expected<QJsonObject>)> done);

}  // namespace omk::replay
