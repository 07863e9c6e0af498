#include "replay/CatalogFetch.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace omk::replay {

namespace {
// A catalog is JSON of a few MiB at most; a server sending more is not serving one.
constexpr qint64 kMaxCatalogBytes = 64LL * 1024 * 1024;
constexpr int kTimeoutMs = 10000;
}  // namespace

QUrl catalogUrlFor(const QUrl& roomUrl) {
    QUrl url = roomUrl;
    url.setScheme(roomUrl.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                           : QStringLiteral("http"));
    url.setPath(QStringLiteral("/catalog.json"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void fetchCatalog(QNetworkAccessManager& network, const QUrl& url,
                  std::function<void(Expected<QJsonObject>)> done) {
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply](qint64 received, qint64) {
                         if (received > kMaxCatalogBytes) reply->abort();
                     });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError) {
            done(fail(QStringLiteral("%1: %2").arg(url.toString(), reply->errorString())));
            return;
        }
        if (status != 200) {
            done(fail(QStringLiteral("%1: HTTP %2").arg(url.toString()).arg(status)));
            return;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            done(fail(QStringLiteral("%1: not a JSON object (%2)")
                          .arg(url.toString(), error.errorString())));
            return;
        }
        done(doc.object());
    });
}

}  // namespace omk::replay
