// The event catalog over HTTP: whatever format the server was given, clients read Omnikast's own
// from /catalog.json; a catalog that does not import stops the server from starting.
#include "support/ServerTestSupport.h"

#include "catalog/Importer.h"
#include "server/EmbeddedServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>
#include <tuple>

using namespace omk::server;
using namespace omk::server::test;

namespace {

QString writeText(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
}

}  // namespace

TEST_F(ServerTest, ServesTheCatalogInOmnikastsOwnFormat) {
    config.catalog = QStringLiteral(OMNIKAST_CATALOG_DATA "/pretalx-democon.schedule.json");
    start();
    const auto r = httpGet(port, QStringLiteral("/catalog.json"));
    ASSERT_EQ(r.status, 200);
    auto served = omk::catalog::importCatalog(r.body, QStringLiteral("catalog.json"));
    ASSERT_TRUE(served) << served.error().message.toStdString();
    auto original = omk::catalog::importCatalogFile(config.catalog);
    ASSERT_TRUE(original);
    EXPECT_EQ(served->channels.size(), original->channels.size());
    EXPECT_EQ(served->sessions.size(), original->sessions.size());
    EXPECT_EQ(served->event.title, original->event.title);
    EXPECT_TRUE(r.body.contains("omnikast_catalog")) << "served in our own format";
}

TEST_F(ServerTest, CatalogCarriesAnEtagAndAnswersNotModified) {
    config.catalog = QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json");
    start();
    QNetworkAccessManager nam;
    auto get = [&](const QByteArray& ifNoneMatch) {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port)));
        if (!ifNoneMatch.isEmpty()) req.setRawHeader("If-None-Match", ifNoneMatch);
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
        return std::tuple{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->rawHeader("ETag"), reply->readAll()};
    };
    const auto [status, etag, body] = get({});
    ASSERT_EQ(status, 200);
    ASSERT_TRUE(etag.startsWith('"')) << etag.toStdString();
    EXPECT_FALSE(body.isEmpty());
    const auto [again, etag2, body2] = get(etag);
    EXPECT_EQ(again, 304);
    EXPECT_TRUE(body2.isEmpty());
    const auto [other, etag3, body3] = get(QByteArrayLiteral("\"stale\""));
    EXPECT_EQ(other, 200);
    EXPECT_EQ(body3, body);
}

TEST_F(ServerTest, NoCatalogConfiguredIs404) {
    start();
    EXPECT_EQ(httpGet(port, QStringLiteral("/catalog.json")).status, 404);
}

TEST_F(ServerTest, ABrokenCatalogStopsTheServerWithTheImportersMessage) {
    config.catalog =
        writeText(m_dir.filePath(QStringLiteral("broken.schedule.json")),
                  R"({"schedule": {"version": "1", "conference": {"title": "X", "days": [)");
    auto s = Server::create(config);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.startsWith(QStringLiteral("catalog: ")))
        << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("broken.schedule.json")));
}

TEST(EmbeddedServer, ServesItsCatalogOnLoopback) {
    ensureApp();
    QTemporaryDir dir(tempRoot() + QStringLiteral("/embedded-XXXXXX"));
    ASSERT_TRUE(dir.isValid());
    auto server = startEmbeddedServer(
        QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json"), dir.path());
    ASSERT_TRUE(server) << server.error().message.toStdString();
    const QString url = catalogUrl(**server);
    EXPECT_TRUE(url.startsWith(QStringLiteral("http://127.0.0.1:")));
    const auto r = httpGet((*server)->port(), QStringLiteral("/catalog.json"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(omk::catalog::importCatalog(r.body, url));
    EXPECT_EQ(httpGet((*server)->port(), QStringLiteral("/health")).status, 200);
}
