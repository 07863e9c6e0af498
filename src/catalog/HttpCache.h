#pragma once
// One published document over HTTP (a schedule export, a streams list, an Omnikast catalog),
// fetched politely and kept working offline: the last good copy and its ETag live in an on-disk
// cache; the next fetch sends If-None-Match, a 304 reuses the copy, and when the server is
// unreachable or sends something the parser refuses, the copy is used and the reason reported.
// What "good" means is the caller's parser: fetch<T>(parse) caches only bodies it accepts.
//
// Threading: one object per fetch, on one thread; fetch() blocks in a local event loop (a
// QCoreApplication must exist).

#include "core/Expected.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace omk::catalog {

enum class FetchedFrom { Server, NotModified, CacheAfterFailure };

template <typename T>
struct HttpFetched {
    T value;
    FetchedFrom from = FetchedFrom::Server;
    QString etag;
    QString warning;  // why the cache was used (CacheAfterFailure)
};

class HttpCache {
public:
    // cacheDir: where the last good copy is kept (created on demand); empty: no cache.
    HttpCache(QUrl url, QString cacheDir);

    // parse(bytes, source name) → the value, or why the bytes are unusable.
    template <typename T>
    using Parse = std::function<Expected<T>(const QByteArray&, const QString&)>;

    template <typename T>
    Expected<HttpFetched<T>> fetch(const Parse<T>& parse,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(30));

    // A conditional GET against the cached copy, without parsing: Unchanged for a 304 or the
    // same bytes again, Changed for other bytes (not cached: the next fetch() takes and checks
    // them), Failed when the server cannot say (the copy on screen stays).
    enum class Probe { Unchanged, Changed, Failed };
    Probe probe(std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;

    // Where the URL points, for messages.
    QString source() const { return m_url.toDisplayString(); }

private:
    struct Download {
        int status = 0;
        QByteArray body;
        QString etag;
        QString error;         // empty: the transfer itself worked
        bool stopped = false;  // the thread's owner asked it to stop: nobody waits for a result
    };
    Download download(const QString& ifNoneMatch, std::chrono::milliseconds timeout) const;
    QString cachePath(const char* suffix) const;
    std::optional<QByteArray> cachedBody() const;
    QString cachedEtag() const;  // empty without a cached body
    void store(const QByteArray& body, const QString& etag) const;
    void logCacheUse(const QString& reason) const;

    QUrl m_url;
    QString m_cacheDir;
};

template <typename T>
Expected<HttpFetched<T>> HttpCache::fetch(const Parse<T>& parse,
                                          std::chrono::milliseconds timeout) {
    const QString name = source();
    auto fromCache = [&](const QString& reason, FetchedFrom from) -> Expected<HttpFetched<T>> {
        const std::optional<QByteArray> body = cachedBody();
        if (!body) return fail(QStringLiteral("%1: %2").arg(name, reason));
        auto value = parse(*body, name);
        if (!value)
            return fail(QStringLiteral("%1: %2 (and the cached copy is unusable: %3)")
                            .arg(name, reason, value.error().message));
        if (from == FetchedFrom::CacheAfterFailure) logCacheUse(reason);
        return HttpFetched<T>{std::move(*value), from, cachedEtag(),
                              from == FetchedFrom::CacheAfterFailure ? reason : QString()};
    };
    const QString etag = cachedEtag();
    const Download d = download(etag, timeout);
    // Nobody waits: the cached copy is not read (or parsed) for nobody.
    if (d.stopped) return fail(QStringLiteral("%1: stopped").arg(name));
    if (!d.error.isEmpty()) return fromCache(d.error, FetchedFrom::CacheAfterFailure);
    if (d.status == 304 && !etag.isEmpty())
        return fromCache(QStringLiteral("not modified"), FetchedFrom::NotModified);
    if (d.status != 200)
        return fromCache(QStringLiteral("HTTP status %1").arg(d.status),
                         FetchedFrom::CacheAfterFailure);
    auto value = parse(d.body, name);
    if (!value) return fromCache(value.error().message, FetchedFrom::CacheAfterFailure);
    store(d.body, d.etag);
    return HttpFetched<T>{std::move(*value), FetchedFrom::Server, d.etag, {}};
}

}  // namespace omk::catalog
