#include "catalog/HttpCache.h"

#include "catalog/Importer.h"
#include "catalog/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace omk::catalog {

HttpCache::HttpCache(QUrl url, QString cacheDir)
    : m_url(std::move(url)), m_cacheDir(std::move(cacheDir)) {}

QString HttpCache::cachePath(const char* suffix) const {
    const QByteArray key =
        QCryptographicHash::hash(m_url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return m_cacheDir + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1String(suffix);
}

HttpCache::Download HttpCache::download(const QString& ifNoneMatch,
                                        std::chrono::milliseconds timeout) const {
    Download d;
    // The thread's owner is going (the window closes): no fetch starts, one under way stops.
    const auto stopped = [] { return QThread::currentThread()->isInterruptionRequested(); };
    if (stopped()) {
        d.error = QStringLiteral("stopped");
        d.stopped = true;
        return d;
    }
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(m_url);
    request.setTransferTimeout(
        static_cast<int>(std::clamp<long long>(timeout.count(), 1, INT_MAX)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!ifNoneMatch.isEmpty()) request.setRawHeader("If-None-Match", ifNoneMatch.toUtf8());
    QNetworkReply* reply = nam.get(request);

    QEventLoop loop;
    // Refuse oversized bodies as they arrive, not after they have filled memory.
    auto tooLarge = [&](qint64 size) {
        if (size <= kMaxCatalogBytes) return false;
        d.error = QStringLiteral("the reply is larger than the %1 MiB a catalog may have")
                      .arg(kMaxCatalogBytes / (1024 * 1024));
        reply->abort();
        return true;
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        tooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!tooLarge(d.body.size() + reply->bytesAvailable())) d.body += reply->readAll();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    watch.setInterval(50);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (!stopped() || !d.error.isEmpty()) return;
        d.error = QStringLiteral("stopped");
        d.stopped = true;
        reply->abort();
    });
    watch.start();
    if (!reply->isFinished()) loop.exec();

    d.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (d.error.isEmpty() && !tooLarge(d.body.size() + reply->bytesAvailable()))
        d.body += reply->readAll();
    d.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (d.error.isEmpty() && reply->error() == QNetworkReply::OperationCanceledError)
        d.error = QStringLiteral("no reply within %1 ms").arg(timeout.count());
    else if (d.error.isEmpty() && reply->error() != QNetworkReply::NoError &&
             !(d.status >= 300 && d.status < 600))
        d.error = reply->errorString();
    reply->deleteLater();
    return d;
}

std::optional<QByteArray> HttpCache::cachedBody() const {
    if (m_cacheDir.isEmpty()) return std::nullopt;
    QFile body(cachePath(".body"));
    if (!body.open(QIODevice::ReadOnly)) return std::nullopt;
    return body.read(kMaxCatalogBytes + 1);
}

QString HttpCache::cachedEtag() const {
    if (m_cacheDir.isEmpty() || !QFile::exists(cachePath(".body"))) return {};
    QFile e(cachePath(".etag"));
    return e.open(QIODevice::ReadOnly) ? QString::fromUtf8(e.readAll()).trimmed() : QString();
}

HttpCache::Probe HttpCache::probe(std::chrono::milliseconds timeout) const {
    const std::optional<QByteArray> cached = cachedBody();
    if (!cached) return Probe::Changed;  // nothing to compare with: fetch it
    const Download d = download(cachedEtag(), timeout);
    if (!d.error.isEmpty()) return Probe::Failed;
    if (d.status == 304) return Probe::Unchanged;
    if (d.status != 200) return Probe::Failed;
    return d.body == *cached ? Probe::Unchanged : Probe::Changed;
}

void HttpCache::logCacheUse(const QString& reason) const {
    qCInfo(lcCatalog) << source() << "using the cached copy:" << reason;
}

void HttpCache::store(const QByteArray& body, const QString& etag) const {
    if (m_cacheDir.isEmpty() || !QDir().mkpath(m_cacheDir)) return;
    // Body first: an ETag must never describe a body that is not there.
    QFile::remove(cachePath(".etag"));
    QSaveFile b(cachePath(".body"));
    if (!b.open(QIODevice::WriteOnly) || b.write(body) != body.size() || !b.commit()) return;
    if (etag.isEmpty()) return;
    QSaveFile e(cachePath(".etag"));
    if (e.open(QIODevice::WriteOnly)) {
        e.write(etag.toUtf8());
        e.commit();
    }
}

}  // namespace omk::catalog
