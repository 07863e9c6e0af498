// Presence, member lists, heartbeats and the time service.
#include "support/ServerTestSupport.h"

#include <QTcpSocket>

#include <chrono>

using namespace omk::server;
using namespace omk::server::test;

namespace {
const QString kRoom = QStringLiteral("main");
}

TEST_F(ServerTest, PresenceCountsViewersAndMembersArePaged) {
    start();
    auto a = client(QStringLiteral("Anna"));
    a->join(kRoom);
    std::vector<std::unique_ptr<WsClient>> others;
    for (const char* n : {"Bert", "Cleo", "Dana", "Emil"}) {
        others.push_back(client(QString::fromLatin1(n)));
        others.back()->join(kRoom);
    }
    const auto p = a->next([](const QJsonObject& o) {
        return o.value(QStringLiteral("type")) == QStringLiteral("presence") &&
               o.value(QStringLiteral("viewers")).toInt() == 5;
    });
    EXPECT_EQ(num(p, "viewers"), 5);

    a->send(omk::protocol::encode(omk::protocol::MembersList{kRoom, 0, 2}));
    auto page = a->nextOfType(QStringLiteral("members"));
    EXPECT_EQ(num(page, "total"), 5);
    auto members = page.value(QStringLiteral("members")).toArray();
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(str(members[0].toObject(), "name"), QStringLiteral("Anna"));
    EXPECT_EQ(str(members[1].toObject(), "name"), QStringLiteral("Bert"));
    a->send(omk::protocol::encode(omk::protocol::MembersList{kRoom, 4, 2}));
    page = a->nextOfType(QStringLiteral("members"));
    members = page.value(QStringLiteral("members")).toArray();
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(str(members[0].toObject(), "name"), QStringLiteral("Emil"));

    others.pop_back();  // Emil leaves
    const auto after = a->next([](const QJsonObject& o) {
        return o.value(QStringLiteral("type")) == QStringLiteral("presence") &&
               o.value(QStringLiteral("viewers")).toInt() == 4;
    });
    EXPECT_EQ(num(after, "viewers"), 4);
}

TEST_F(ServerTest, DeadPeerIsFoundByHeartbeat) {
    config.heartbeatIntervalMs = 100;
    config.heartbeatTimeoutMs = 600;
    start();
    // A raw TCP client that completes the WebSocket handshake and then never answers a ping.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(raw.waitForConnected(3000));
    raw.write(
        "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray response;
    (void)QTest::qWaitFor(
        [&] {
            response += raw.readAll();
            return response.contains("\r\n\r\n");
        },
        3000);
    ASSERT_TRUE(response.startsWith("HTTP/1.1 101")) << response.toStdString();
    (void)QTest::qWaitFor([&] { return server->connections() == 1; }, 2000);
    ASSERT_EQ(server->connections(), 1);

    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(QTest::qWaitFor([&] { return server->connections() == 0; }, 3000));
    const auto waited = std::chrono::steady_clock::now() - t0;
    EXPECT_LT(waited, std::chrono::milliseconds(2000));
    EXPECT_EQ(server->metrics().heartbeatCloses, 1);

    // A live client (QWebSocket answers pings) is not dropped meanwhile.
    auto live = client(QStringLiteral("Live"));
    QTest::qWait(900);
    EXPECT_EQ(server->connections(), 1);
}

TEST_F(ServerTest, TimePingIsAnsweredWithServerTime) {
    start();
    WsClient a(port);  // allowed before hello, so clocks sync while signing in
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    a.send(omk::protocol::encode(omk::protocol::TimePing{123.5}));
    const auto pong = a.nextOfType(QStringLiteral("time.pong"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    EXPECT_DOUBLE_EQ(pong.value(QStringLiteral("t0")).toDouble(), 123.5);
    EXPECT_GE(num(pong, "server_time"), before);
    EXPECT_LE(num(pong, "server_time"), after);
    a.send(omk::protocol::encode(omk::protocol::Ping{}));
    EXPECT_EQ(str(a.nextOfType(QStringLiteral("pong")), "type"), QStringLiteral("pong"));
}

TEST_F(ServerTest, LeaveStopsTheStreamAndShutdownSaysGoingAway) {
    start();
    auto a = client(QStringLiteral("A"));
    auto b = client(QStringLiteral("B"));
    a->join(kRoom);
    b->join(kRoom);
    b->send(omk::protocol::encode(omk::protocol::Leave{kRoom}));
    EXPECT_EQ(str(b->nextOfType(QStringLiteral("left")), "room"), kRoom);
    a->chat(kRoom, QStringLiteral("after"), QStringLiteral("x"));
    QTest::qWait(100);
    for (const auto& o : b->inbox()) EXPECT_FALSE(o.contains(QStringLiteral("seq")));
    EXPECT_EQ(server->rooms().find(kRoom)->viewers(), 1);

    server->shutdown();
    EXPECT_TRUE(a->waitClosed());
    EXPECT_EQ(a->closeCode(), 1001);
}
