#include "server/ScheduleFetch.h"

#include "catalog/Importer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace omk::server {

namespace {

constexpr int kTransferTimeoutMs = 30000;
// A server that trickles bytes never trips the timeout above: the whole fetch ends here.
constexpr int kTotalTimeoutMs = 120000;

}  // namespace

ScheduleFetch::ScheduleFetch(QObject* parent)
    : QObject(parent), m_http(new QNetworkAccessManager(this)) {}

void ScheduleFetch::fetch(const QUrl& url, const QString& ifNoneMatch, Done done) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader("User-Agent", "omnikast-server (schedule re-import)");
    if (!ifNoneMatch.isEmpty()) request.setRawHeader("If-None-Match", ifNoneMatch.toLatin1());
    QNetworkReply* reply = m_http->get(request);
    const QString name = url.toDisplayString();
    // Refused while it arrives: a wrong URL or a hostile server must not fill the memory.
    auto tooLarge = std::make_shared<bool>(false);
    auto tooSlow = std::make_shared<bool>(false);
    QTimer::singleShot(kTotalTimeoutMs, reply, [reply, tooSlow] {
        *tooSlow = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64 total) {
                if (received > catalog::kMaxCatalogBytes || total > catalog::kMaxCatalogBytes) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(
        reply, &QNetworkReply::finished, this,
        [reply, name, tooLarge, tooSlow, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (*tooLarge)
                return done(omk::fail("schedule_unreachable",
                                      QStringLiteral("%1: larger than %2 MiB")
                                          .arg(name)
                                          .arg(catalog::kMaxCatalogBytes / (1024 * 1024))));
            if (*tooSlow)
                return done(
                    omk::fail("schedule_unreachable", QStringLiteral("%1: not all there after %2 s")
                                                          .arg(name)
                                                          .arg(kTotalTimeoutMs / 1000)));
            if (status == 304) return done(FetchedSchedule{true, {}, {}});
            // Also after a 200: a body cut off (a reset, a stall) is not the schedule.
            if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 200))
                return done(omk::fail("schedule_unreachable",
                                      QStringLiteral("%1: %2").arg(name, reply->errorString())));
            if (status != 200)
                return done(
                    omk::fail("schedule_unreachable",
                              QStringLiteral("%1: the server answered %2 %3")
                                  .arg(name)
                                  .arg(status)
                                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                           .toString()
                                           .left(64))));
            done(FetchedSchedule{false, reply->readAll(),
                                 QString::fromLatin1(reply->rawHeader("ETag")).left(256)});
        });
}

}  // namespace omk::server
