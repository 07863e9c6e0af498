// The tests' one HTTP server (support/HttpTestServer.h), spoken to with raw sockets: routes,
// the handler, the request log, keep-alive, no answer, byte ranges, and going down and up.
#include "support/HttpTestServer.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpSocket>

using omk::test::HttpRequest;
using omk::test::HttpResponse;
using omk::test::HttpTestServer;

namespace {

void ensureApp() {
    static int argc = 1;
    static char name[] = "support_tests";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) new QCoreApplication(argc, argv);
}

// True once `in` holds a whole response (its head and Content-Length bytes of body).
bool whole(const QByteArray& in) {
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0) return false;
    const qsizetype at = in.indexOf("Content-Length: ");
    if (at < 0 || at > end) return false;
    const qsizetype length = in.mid(at + 16, in.indexOf("\r\n", at) - at - 16).toLongLong();
    return in.size() >= end + 4 + length;
}

// Writes `request` and reads one response (or until the server closes or stays silent).
QByteArray exchange(QTcpSocket& s, const QByteArray& request) {
    s.write(request);
    s.waitForBytesWritten(2000);
    QByteArray in;
    while (!whole(in) && s.waitForReadyRead(2000)) in += s.readAll();
    return in + s.readAll();
}

QByteArray get(const HttpTestServer& server, const QByteArray& request) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, server.port());
    if (!s.waitForConnected(2000)) return {};
    return exchange(s, request);
}

}  // namespace

TEST(HttpTestServer, RoutesHandlerAndLog) {
    ensureApp();
    HttpTestServer server;
    ASSERT_TRUE(server.ok());
    server.route("GET", QStringLiteral("/a.json"), HttpResponse::ok("{}", "application/json"));
    server.route("POST", QStringLiteral("/echo"),
                 [](const HttpRequest& r) { return HttpResponse::ok(r.body, "text/plain"); });

    const QByteArray a = get(server, "GET /a.json?x=1 HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_TRUE(a.startsWith("HTTP/1.1 200 OK\r\n")) << a.toStdString();
    EXPECT_TRUE(a.contains("Content-Type: application/json\r\n"));
    EXPECT_TRUE(a.contains("Connection: close\r\n"));
    EXPECT_TRUE(a.endsWith("\r\n\r\n{}"));

    const QByteArray echo = get(server,
                                "POST /echo HTTP/1.1\r\nauthorization: Bearer t\r\n"
                                "Content-Length: 5\r\n\r\nhello");
    EXPECT_TRUE(echo.endsWith("Content-Length: 5\r\nConnection: close\r\n\r\nhello"))
        << echo.toStdString();

    // No route, no handler: 404. A method the route does not take is no match either.
    EXPECT_TRUE(get(server, "GET /echo HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 Not Found"));
    server.setHandler([](const HttpRequest&) { return HttpResponse::withStatus(500); });
    EXPECT_TRUE(get(server, "GET /other HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 500 "));

    const QList<HttpRequest> log = server.requests();
    ASSERT_EQ(log.size(), 4);
    EXPECT_EQ(log[0].method, "GET");
    EXPECT_EQ(log[0].path, QStringLiteral("/a.json"));
    EXPECT_EQ(log[0].query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    EXPECT_EQ(log[1].header("Authorization"), "Bearer t");
    EXPECT_EQ(log[1].body, "hello");
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/other"));
    EXPECT_EQ(server.requestCount(), 4);
}

TEST(HttpTestServer, RawBytesNoAnswerAndKeepAlive) {
    ensureApp();
    HttpTestServer server([](const HttpRequest& r) {
        if (r.path == QLatin1String("/raw")) return HttpResponse::rawBytes("HTTP/1.1 200 OK\r\n");
        if (r.path == QLatin1String("/silent")) return HttpResponse::noAnswer();
        HttpResponse kept = HttpResponse::ok("k", "text/plain");
        kept.keepAlive = true;
        return kept;
    });
    EXPECT_EQ(get(server, "GET /raw HTTP/1.1\r\n\r\n"), "HTTP/1.1 200 OK\r\n");

    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(silent.waitForConnected(2000));
    silent.write("GET /silent HTTP/1.1\r\n\r\n");
    EXPECT_FALSE(silent.waitForReadyRead(300));

    // Two requests on one connection, both answered.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(s.waitForConnected(2000));
    const QByteArray one = "GET /k HTTP/1.1\r\n\r\n";
    const QByteArray first = exchange(s, one);
    EXPECT_TRUE(first.startsWith("HTTP/1.1 200 OK")) << first.toStdString();
    EXPECT_FALSE(first.contains("Connection: close"));
    EXPECT_TRUE(exchange(s, one).startsWith("HTTP/1.1 200 OK"));
    EXPECT_EQ(s.state(), QAbstractSocket::ConnectedState);
}

TEST(HttpTestServer, FilesWithRanges) {
    ensureApp();
    const QString root = QStringLiteral(OMNIKAST_TEST_TMP "/http-files");
    QDir().mkpath(root);
    QFile f(root + QStringLiteral("/f.txt"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("0123456789");
    f.close();
    HttpTestServer server(HttpTestServer::files(root));
    const QByteArray all = get(server, "GET /f.txt HTTP/1.1\r\n\r\n");
    EXPECT_TRUE(all.startsWith("HTTP/1.1 200 OK")) << all.toStdString();
    EXPECT_TRUE(all.endsWith("0123456789"));
    const QByteArray part = get(server, "GET /f.txt HTTP/1.1\r\nRange: bytes=2-4\r\n\r\n");
    EXPECT_TRUE(part.startsWith("HTTP/1.1 206 Partial Content")) << part.toStdString();
    EXPECT_TRUE(part.contains("Content-Range: bytes 2-4/10\r\n"));
    EXPECT_TRUE(part.endsWith("\r\n\r\n234"));
    EXPECT_TRUE(
        get(server, "GET /f.txt HTTP/1.1\r\nRange: bytes=20-\r\n\r\n").startsWith("HTTP/1.1 416 "));
    EXPECT_TRUE(get(server, "GET /none HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
}

TEST(HttpTestServer, DownRefusesAndUpListensOnTheSamePort) {
    ensureApp();
    HttpTestServer server;
    const quint16 port = server.port();
    server.setDown(true);
    EXPECT_FALSE(server.isListening());
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(refused.waitForConnected(2000));
    server.setDown(false);
    EXPECT_TRUE(server.isListening());
    EXPECT_EQ(server.port(), port);
    EXPECT_TRUE(get(server, "GET / HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 404 "));
}
