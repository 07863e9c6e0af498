#pragma once
// One published document over HTTP (a schedule export, a streams list, an Omnikast catalog),
// fetched politely and kept working offline: the last good copy and its ETag live in an on-disk
// cache; the next fetch sends If-None-Match, a 304 reuses the copy, and when the server is
// unreachable or sends something the parser refuses, the copy is used and the reason reported.
// What "good" means is the caller's parser: fetch<T>(parse) caches only bodies it accepts. A
// caller whose check spans several documents (a Dreamkast event's parts) fetches with
// Keep::WhenAsked, keeps each body once the whole is good, and otherwise asks cached() for the
// last good copy.
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
    QByteArray body;  // the server's new bytes, with Keep::WhenAsked (not kept yet)
};

class HttpCache {
public:
    // cacheDir: where the last good copy is kept (created on demand); empty: no cache.
    HttpCache(QUrl url, QString cacheDir);

    // parse(bytes, source name) → the value, or why the bytes are unusable.
    template <typename T>
    using Parse = std::function<Expected<T>(const QByteArray&, const QString&)>;

    // WhenParsed: a body the parser accepts becomes the last good copy. WhenAsked: it does only
    // when keep() is called with it.
    enum class Keep { WhenParsed, WhenAsked };

    template <typename T>
    Expected<HttpFetched<T>> fetch(const Parse<T>& parse,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(30),
                                   Keep keep = Keep::WhenParsed);
    // The last good copy, parsed, standing in because of `reason` (CacheAfterFailure).
    template <typename T>
    Expected<HttpFetched<T>> cached(const Parse<T>& parse, const QString& reason) const {
        return fromCache(parse, reason, FetchedFrom::CacheAfterFailure);
    }
    // Makes a body fetched with Keep::WhenAsked the last good copy.
    void keep(const QByteArray& body, const QString& etag) const { store(body, etag); }

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
    template <typename T>
    Expected<HttpFetched<T>> fromCache(const Parse<T>& parse, const QString& reason,
                                       FetchedFrom from) const;

    QUrl m_url;
    QString m_cacheDir;
};

template <typename T>
Expected<HttpFetched<T>> HttpCache::fromCache(const Parse<T>& parse, const QString& reason,
                                              FetchedFrom from) const {
    const QString name = source();
    const std::optional<QByteArray> body = cachedBody();
    if (!body) return fail(QStringLiteral("%1: %2").arg(name, reason));
    auto value = parse(*body, name);
    if (!value)
        return fail(QStringLiteral("%1: %2 (and the cached copy is unusable: %3)")
                        .arg(name, reason, value.error().message));
    if (from == FetchedFrom::CacheAfterFailure) logCacheUse(reason);
    return HttpFetched<T>{std::move(*value),
                          from,
                          cachedEtag(),
                          from == FetchedFrom::CacheAfterFailure ? reason : QString(),
                          {}};
}

template <typename T>
Expected<HttpFetched<T>> HttpCache::fetch(const Parse<T>& parse, std::chrono::milliseconds timeout,
                                          Keep keep) {
    const QString name = source();
    const QString etag = cachedEtag();
    const Download d = download(etag, timeout);
    // Nobody waits: the cached copy is not read (or parsed) for nobody.
    if (d.stopped) return fail(QStringLiteral("%1: stopped").arg(name));
    if (!d.error.isEmpty()) return fromCache(parse, d.error, FetchedFrom::CacheAfterFailure);
    if (d.status == 304 && !etag.isEmpty())
        return fromCache(parse, QStringLiteral("not modified"), FetchedFrom::NotModified);
    if (d.status != 200)
        return fromCache(parse, QStringLiteral("HTTP status %1").arg(d.status),
                         FetchedFrom::CacheAfterFailure);
    auto value = parse(d.body, name);
    if (!value) return fromCache(parse, value.error().message, FetchedFrom::CacheAfterFailure);
    if (keep == Keep::WhenParsed) {
        store(d.body, d.etag);
        return HttpFetched<T>{std::move(*value), FetchedFrom::Server, d.etag, {}, {}};
    }
    return HttpFetched<T>{std::move(*value), FetchedFrom::Server, d.etag, {}, d.body};
}

}  // namespace omk::catalog
