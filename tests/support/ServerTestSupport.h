#pragma once
// Real sockets, no mocks: an in-process Server on a loopback port 0 and QWebSocket clients.

#include "protocol/ClientMessage.h"
#include "server/Jwt.h"
#include "server/Server.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <deque>
#include <functional>
#include <memory>

namespace omk::server::test {

inline const QByteArray kSecret = QByteArrayLiteral("test-secret-test-secret-test-secret-0123");

inline void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "server_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

inline QString tempRoot() {
    const QString root = QStringLiteral(OMNIKAST_TEST_TMP);
    QDir().mkpath(root);
    return root;
}

// Settings that keep tests fast: quick heartbeats, no presence delay, no fsync per commit.
inline ServerConfig testConfig(const QString& db) {
    ServerConfig c;
    c.listen = QStringLiteral("127.0.0.1");
    c.port = 0;
    c.db = db;
    c.jwtSecret = kSecret;
    c.presenceIntervalMs = 0;
    c.syncFull = false;
    c.sendBurst = 1000;
    c.sendPerSecond = 1000;
    c.frameBurst = 1000;
    c.framePerSecond = 1000;
    // Sockets on the main thread, as the server's default; the ctest entry
    // server_tests_delivery_threads runs every test again on two delivery threads.
    bool ok = false;
    const int threads = qEnvironmentVariableIntValue("OMNIKAST_TEST_DELIVERY_THREADS", &ok);
    c.deliveryThreads = ok ? threads : 0;
    return c;
}

class WsClient {
public:
    explicit WsClient(quint16 port, const QString& path = QStringLiteral("/ws")) {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& t) {
            m_inbox.push_back(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
        (void)QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; },
            5000);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket& socket() { return m_socket; }
    void send(const QByteArray& frame) { m_socket.sendTextMessage(QString::fromUtf8(frame)); }
    void sendJson(const QJsonObject& o) { send(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

    // The next message matching pred (skipping, and dropping, those before it that do not).
    QJsonObject next(const std::function<bool(const QJsonObject&)>& pred, int timeoutMs = 5000) {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                while (!m_inbox.empty()) {
                    QJsonObject o = m_inbox.front();
                    m_inbox.pop_front();
                    if (pred(o)) {
                        found = o;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QJsonObject nextOfType(const QString& type, int timeoutMs = 5000) {
        return next([&](const QJsonObject& o) { return o.value(QStringLiteral("type")) == type; },
                    timeoutMs);
    }
    // The next error or ack (replies to a send), skipping broadcasts.
    QJsonObject nextReply(int timeoutMs = 5000) {
        return next(
            [](const QJsonObject& o) {
                const auto t = o.value(QStringLiteral("type")).toString();
                return t == QLatin1String("error") || t == QLatin1String("ack");
            },
            timeoutMs);
    }
    // Log events (they carry a seq and are not acks or joined).
    QJsonObject nextEvent(int timeoutMs = 5000) {
        return next(
            [](const QJsonObject& o) {
                const auto t = o.value(QStringLiteral("type")).toString();
                return o.contains(QStringLiteral("seq")) && t != QLatin1String("ack");
            },
            timeoutMs);
    }

    QJsonObject hello(const QString& name) {
        protocol::Hello h;
        h.name = name;
        send(protocol::encode(h));
        return nextOfType(QStringLiteral("welcome"));
    }
    QJsonObject helloToken(const QString& token) {
        protocol::Hello h;
        h.token = token;
        send(protocol::encode(h));
        return next([](const QJsonObject& o) {
            const auto t = o.value(QStringLiteral("type")).toString();
            return t == QLatin1String("welcome") || t == QLatin1String("error");
        });
    }
    QJsonObject join(const QString& room, std::optional<qint64> since = std::nullopt,
                     const QString& epoch = {}) {
        send(protocol::encode(protocol::Join{room, since, epoch}));
        return nextOfType(QStringLiteral("joined"));
    }
    QJsonObject chat(const QString& room, const QString& cid, const QString& text) {
        sendChat(room, cid, text);
        return next([&](const QJsonObject& o) {
            const auto t = o.value(QStringLiteral("type")).toString();
            return (t == QLatin1String("ack") || t == QLatin1String("error")) &&
                   o.value(QStringLiteral("cid")).toString() == cid;
        });
    }
    void sendChat(const QString& room, const QString& cid, const QString& text) {
        send(protocol::encode(protocol::Send{room, cid, protocol::EventType::ChatMessage,
                                             QJsonObject{{QStringLiteral("text"), text}}}));
    }
    QJsonObject sendEvent(const QString& room, const QString& cid, protocol::EventType type,
                          const QJsonObject& data) {
        send(protocol::encode(protocol::Send{room, cid, type, data}));
        return next([&](const QJsonObject& o) {
            const auto t = o.value(QStringLiteral("type")).toString();
            return (t == QLatin1String("ack") || t == QLatin1String("error")) &&
                   o.value(QStringLiteral("cid")).toString() == cid;
        });
    }

    bool waitClosed(int timeoutMs = 5000) {
        return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
    }
    int closeCode() const { return int(m_socket.closeCode()); }
    std::deque<QJsonObject>& inbox() { return m_inbox; }

private:
    QWebSocket m_socket;
    std::deque<QJsonObject> m_inbox;
    bool m_closed = false;
};

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray cacheControl;
    QByteArray wwwAuthenticate;
    QByteArray etag;
    QByteArray allow;
    QByteArray catalogVersion;  // X-Omnikast-Catalog-Version
};

inline HttpResult httpGet(quint16 port, const QString& path) {
    static QNetworkAccessManager* nam = new QNetworkAccessManager();
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    QNetworkReply* reply = nam->get(req);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return r;
}

// A POST with a JSON (or any) body; acceptLanguage adds that header.
inline HttpResult httpPost(quint16 port, const QString& path, const QByteArray& body,
                           const QByteArray& acceptLanguage = {}) {
    static QNetworkAccessManager* nam = new QNetworkAccessManager();
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!acceptLanguage.isEmpty()) req.setRawHeader("Accept-Language", acceptLanguage);
    QNetworkReply* reply = nam->post(req, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.retryAfter = reply->rawHeader("Retry-After");
    r.cacheControl = reply->rawHeader("Cache-Control");
    reply->deleteLater();
    return r;
}

inline HttpResult httpPostJson(quint16 port, const QString& path, const QJsonObject& o,
                               const QByteArray& acceptLanguage = {}) {
    return httpPost(port, path, QJsonDocument(o).toJson(QJsonDocument::Compact), acceptLanguage);
}

// GET, POST or PUT (verb) with "Authorization: Bearer TOKEN" (the admin API); no header without
// a token. ifMatch: that If-Match header.
inline HttpResult httpBearer(quint16 port, const QByteArray& verb, const QString& path,
                             const QString& token, const QByteArray& body = {},
                             const QByteArray& ifMatch = {}) {
    static QNetworkAccessManager* nam = new QNetworkAccessManager();
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!token.isEmpty()) req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!ifMatch.isEmpty()) req.setRawHeader("If-Match", ifMatch);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam->sendCustomRequest(req, verb, body);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.cacheControl = reply->rawHeader("Cache-Control");
    r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    r.etag = reply->rawHeader("ETag");
    r.allow = reply->rawHeader("Allow");
    r.catalogVersion = reply->rawHeader("X-Omnikast-Catalog-Version");
    reply->deleteLater();
    return r;
}

// A fixture with one server per test on a fresh database.
class ServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ensureApp();
        ASSERT_TRUE(m_dir.isValid());
        config = testConfig(m_dir.filePath(QStringLiteral("rooms.db")));
    }
    // Call after adjusting config.
    void start() {
        auto s = Server::create(config);
        ASSERT_TRUE(s) << s.error().message.toStdString();
        server = std::move(*s);
        auto p = server->listen();
        ASSERT_TRUE(p) << p.error().message.toStdString();
        port = *p;
    }
    void restart() {
        server.reset();
        start();
    }
    std::unique_ptr<WsClient> client(const QString& name) {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_TRUE(c->connected());
        const auto w = c->hello(name);
        EXPECT_EQ(w.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
        return c;
    }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("rooms.db")); }

    QTemporaryDir m_dir{tempRoot() + QStringLiteral("/server-XXXXXX")};
    ServerConfig config;
    std::unique_ptr<Server> server;
    quint16 port = 0;
};

inline QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
inline qint64 num(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toInteger();
}

}  // namespace omk::server::test
