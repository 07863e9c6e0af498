// The demo event's server as a child process of the viewer: the real omnikast-server binary
// started on a free loopback port, serving the catalog, minting an invite with its own key, and
// gone when the viewer's handle goes.
#include "ui/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

namespace omk::ui {
namespace {

QString tempDir(const char* name) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/demo-server-") + QLatin1String(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

// A real catalog file of the catalog tests (Omnikast's own format, channel "main").
QString catalogFile() {
    return QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json");
}

QByteArray get(const QString& url, int* status) {
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

bool accepts(quint16 port) {
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    return s.waitForConnected(2000);
}

class DemoServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        qputenv("OMNIKAST_SERVER_BIN", OMNIKAST_SERVER_BIN);
        // A deployment's settings in the viewer's environment: the demo's server must not take
        // them (with them it would look for a PostgreSQL server and fail).
        qputenv("OMNIKAST_SERVER_STORE", "postgres");
    }
    void TearDown() override {
        qunsetenv("OMNIKAST_SERVER_BIN");
        qunsetenv("OMNIKAST_SERVER_STORE");
    }
};

TEST_F(DemoServerTest, ServesTheCatalogMintsAnInviteAndStopsWithItsHandle) {
    const QString dir = tempDir("serve");
    auto server = DemoServer::start(catalogFile(), dir);
    ASSERT_TRUE(server) << server.error().message.toStdString();
    const quint16 port = (*server)->port();
    ASSERT_GT(port, 0);
    EXPECT_EQ((*server)->catalogUrl(),
              QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port));

    int status = 0;
    const QByteArray catalog = get((*server)->catalogUrl(), &status);
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(catalog.contains("\"main\"")) << catalog.toStdString();

    auto token = (*server)->invite(QStringLiteral("admin"), QStringLiteral("*"),
                                   QStringLiteral("Host"), QStringLiteral("24h"));
    ASSERT_TRUE(token) << token.error().message.toStdString();
    EXPECT_EQ(token->count(QLatin1Char('.')), 2) << token->toStdString();  // a JWT

    const QStringList keys = QDir(dir).entryList({QStringLiteral("demo-server-*.key")});
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(QFile(dir + u'/' + keys.first()).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    server->reset();
    EXPECT_FALSE(accepts(port)) << "the server outlived its handle";
    EXPECT_TRUE(QDir(dir).entryList({QStringLiteral("demo-server-*.key")}).isEmpty())
        << "the throwaway key stayed behind";
}

TEST_F(DemoServerTest, ABadCatalogFailsWithTheServersReason) {
    const QString dir = tempDir("bad");
    const QString path = dir + QStringLiteral("/broken.json");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    auto server = DemoServer::start(path, dir);
    ASSERT_FALSE(server);
    EXPECT_TRUE(server.error().message.contains(QStringLiteral("exited")))
        << server.error().message.toStdString();
}

TEST_F(DemoServerTest, AMissingBinaryIsNamed) {
    qputenv("OMNIKAST_SERVER_BIN", "/nonexistent/omnikast-server");
    auto server = DemoServer::start(QStringLiteral("/dev/null"), tempDir("missing"));
    ASSERT_FALSE(server);
    EXPECT_EQ(server.error().message,
              QStringLiteral("OMNIKAST_SERVER_BIN=/nonexistent/omnikast-server is not an "
                             "executable"));
}

}  // namespace
}  // namespace omk::ui

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
