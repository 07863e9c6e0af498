#pragma once
// A catalog published over HTTP (Pretalx's schedule.json/.xml export, an Omnikast file on a web
// server), fetched politely and kept working offline: the last good copy and its ETag live in
// an on-disk cache; the next fetch sends If-None-Match, a 304 reuses the copy, and when the
// server is unreachable or sends something broken the copy is used and the reason reported.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace omk::catalog {

struct HttpFetchResult {
    Catalog catalog;
    enum class From { Server, NotModified, CacheAfterFailure } from = From::Server;
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
    struct Download {
        int status = 0;
        QByteArray body;
        QString etag;
        QString error;  // empty: the transfer itself worked
    };
    Download download(const QString& ifNoneMatch, std::chrono::milliseconds timeout) const;
    QString cachePath(const char* suffix) const;
    Expected<HttpFetchResult> fromCache(const QString& reason) const;
    void store(const QByteArray& body, const QString& etag) const;

    QUrl m_url;
    QString m_cacheDir;
};

}  // namespace omk::catalog
