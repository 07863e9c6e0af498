#pragma once
// A catalog published over HTTP (Pretalx's schedule.json/.xml export, an Omnikast file on a web
// server), fetched through HttpCache: If-None-Match against the last good copy, which also
// stands in, with the reason, when the server is unreachable or sends something broken.

#include "catalog/Catalog.h"
#include "catalog/HttpCache.h"
#include "core/Expected.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace omk::catalog {

struct HttpFetchResult {
    Catalog catalog;
    using From = FetchedFrom;
    From from = From::Server;
    QString etag;
    QString warning;  // why the cache was used (CacheAfterFailure)
};

class HttpCatalogSource {
public:
    // cacheDir: where the last good copy is kept (created on demand); empty: no cache.
    HttpCatalogSource(QUrl url, QString cacheDir);

    // Blocks in a local event loop (a QCoreApplication must exist) until the catalog is in,
    // `timeout` passes without progress, or the reply is refused.
    Expected<HttpFetchResult> fetch(std::chrono::milliseconds timeout = std::chrono::seconds(30));

private:
    HttpCache m_cache;
};

}  // namespace omk::catalog
