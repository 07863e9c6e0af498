// /health, /metrics and /openapi.json over real HTTP on the WebSocket port.
#include "support/ServerTestSupport.h"

#include <QFile>

using namespace omk::server;
using namespace omk::server::test;

TEST_F(ServerTest, HealthAnswersOk) {
    start();
    const auto r = httpGet(port, QStringLiteral("/health"));
    EXPECT_EQ(r.status, 200);
    const auto o = QJsonDocument::fromJson(r.body).object();
    EXPECT_EQ(str(o, "status"), QStringLiteral("ok"));
    EXPECT_EQ(num(o, "protocol"), 1);
    EXPECT_GT(num(o, "server_time"), 0);
}

TEST_F(ServerTest, MetricsCountConnectionsRoomsEventsAndMessages) {
    start();
    auto a = client(QStringLiteral("A"));
    a->join(QStringLiteral("main"));
    a->chat(QStringLiteral("main"), QStringLiteral("1"), QStringLiteral("x"));
    a->chat(QStringLiteral("main"), QStringLiteral("2"), QStringLiteral("x"));
    const auto r = httpGet(port, QStringLiteral("/metrics"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.contentType.startsWith("text/plain")) << r.contentType.toStdString();
    const QString text = QString::fromUtf8(r.body);
    EXPECT_TRUE(text.contains(QStringLiteral("\nomnikast_connections 1\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nomnikast_rooms 1\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nomnikast_events_appended_total 2\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("# TYPE omnikast_messages_sent_total counter")));
    // welcome, joined, 2 events, 2 acks
    EXPECT_GE(server->metrics().messagesSent, 6);
}

TEST_F(ServerTest, OpenApiIsTheDocumentInDocs) {
    start();
    const auto r = httpGet(port, QStringLiteral("/openapi.json"));
    EXPECT_EQ(r.status, 200);
    QFile f(QStringLiteral(OMNIKAST_SOURCE_DIR "/docs/openapi.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(r.body, f.readAll());
    const auto doc = QJsonDocument::fromJson(r.body).object();
    const auto paths = doc.value(QStringLiteral("paths")).toObject();
    EXPECT_TRUE(paths.contains(QStringLiteral("/health")));
    EXPECT_TRUE(paths.contains(QStringLiteral("/metrics")));
}

TEST_F(ServerTest, UnknownPathIs404AndExtraRoutesPlugIn) {
    start();
    EXPECT_EQ(httpGet(port, QStringLiteral("/nope")).status, 404);
    server->http().addRoute(QStringLiteral("/catalog"), [](const QHttpServerRequest&) {
        HttpResponse r;
        r.body = "{\"events\":[]}";
        return r;
    });
    const auto r = httpGet(port, QStringLiteral("/catalog"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, QByteArray("{\"events\":[]}"));
}
