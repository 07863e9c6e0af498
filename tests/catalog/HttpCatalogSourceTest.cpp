// HttpCatalogSource against a local HTTP peer: ETag/If-None-Match, the cache of the last good
// catalog, and the ways a server fails.
#include "TestData.h"
#include "catalog/HttpCatalogSource.h"
#include "support/HttpTestServer.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QTcpServer>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using omk::test::HttpRequest;
using omk::test::HttpResponse;
using omk::test::HttpTestServer;
using ::testing::HasSubstr;

namespace {

HttpResponse response(int status, const QByteArray& body,
                      QList<std::pair<QByteArray, QByteArray>> extraHeaders = {}) {
    return HttpResponse::withStatus(status, body, "application/json", std::move(extraHeaders));
}

// The path the peer is asked for; it answers every path with its handler.
QUrl scheduleUrl(const HttpTestServer& peer) {
    return QUrl(peer.url(QStringLiteral("democon/schedule/export/schedule.json")));
}

QString freshCacheDir(const char* name) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/http-cache-") + QLatin1String(name);
    QDir(dir).removeRecursively();
    return dir;
}

}  // namespace

TEST(CatalogHttp, EtagRevalidationAndCacheFallback) {
    ensureApp();
    const QByteArray schedule = readData("pretalx-democon.schedule.json");
    HttpTestServer peer({}, HttpTestServer::Thread::Caller);
    peer.setHandler([&](const HttpRequest& request) {
        if (request.head.contains("If-None-Match: \"v1\""))
            return response(304, {}, {{"ETag", "\"v1\""}});
        return response(200, schedule, {{"ETag", "\"v1\""}});
    });
    HttpCatalogSource source(scheduleUrl(peer), freshCacheDir("etag"));

    auto first = source.fetch(10s);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->from, HttpFetchResult::From::Server);
    EXPECT_EQ(first->etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(first->catalog.sessions.size(), 36);
    EXPECT_FALSE(peer.lastRequest().head.contains("If-None-Match"));

    auto second = source.fetch(10s);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    EXPECT_EQ(second->from, HttpFetchResult::From::NotModified);
    EXPECT_TRUE(peer.lastRequest().head.contains("If-None-Match: \"v1\""));
    EXPECT_TRUE(second->catalog.sameContent(first->catalog));

    // The server breaks: the last good catalog stays usable, and the reason is kept.
    peer.setHandler([](const HttpRequest&) { return response(500, "oops"); });
    auto failed = source.fetch(10s);
    ASSERT_TRUE(failed.has_value()) << failed.error().message.toStdString();
    EXPECT_EQ(failed->from, HttpFetchResult::From::CacheAfterFailure);
    EXPECT_EQ(failed->warning, QStringLiteral("HTTP status 500"));
    EXPECT_EQ(failed->catalog.sessions.size(), 36);

    peer.setHandler([&](const HttpRequest&) { return response(200, schedule.left(500)); });
    auto broken = source.fetch(10s);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->from, HttpFetchResult::From::CacheAfterFailure);
    EXPECT_THAT(broken->warning.toStdString(), HasSubstr("JSON syntax error"));
    EXPECT_EQ(peer.requestCount(), 4);
}

TEST(CatalogHttp, FailuresWithoutACacheAreErrors) {
    ensureApp();
    HttpTestServer peer({}, HttpTestServer::Thread::Caller);
    peer.setHandler([](const HttpRequest&) { return response(404, "not here"); });
    HttpCatalogSource source(scheduleUrl(peer), freshCacheDir("none"));
    auto notFound = source.fetch(10s);
    ASSERT_FALSE(notFound.has_value());
    EXPECT_EQ(notFound.error().message,
              scheduleUrl(peer).toDisplayString() + QStringLiteral(": HTTP status 404"));

    // A Content-Length above the cap is refused before the body arrives.
    peer.setHandler([](const HttpRequest&) {
        return HttpResponse::rawBytes("HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n{");
    });
    auto huge = source.fetch(10s);
    ASSERT_FALSE(huge.has_value());
    EXPECT_THAT(huge.error().message.toStdString(), HasSubstr("larger than the 64 MiB"));

    // A server that never answers.
    peer.setHandler([](const HttpRequest&) { return HttpResponse::noAnswer(); });
    auto silent = source.fetch(300ms);
    ASSERT_FALSE(silent.has_value());
    EXPECT_THAT(silent.error().message.toStdString(), HasSubstr("no reply within 300 ms"));
}

TEST(CatalogHttp, UnreachableHost) {
    ensureApp();
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    HttpCatalogSource source(QUrl(QStringLiteral("http://127.0.0.1:%1/s.json").arg(port)), {});
    auto r = source.fetch(5s);
    ASSERT_FALSE(r.has_value());
    EXPECT_THAT(r.error().message.toStdString(), HasSubstr("/s.json: "));
}
