// Malformed frames get error events, repeated abuse a documented close code; the server lives on.
#include "support/ServerTestSupport.h"

#include "protocol/ErrorCodes.h"

#include <QTcpSocket>

using namespace omk::server;
using namespace omk::server::test;

namespace {

const QString kRoom = QStringLiteral("main");

QJsonObject nextError(WsClient& c) {
    return c.nextOfType(QStringLiteral("error"));
}

}  // namespace

TEST_F(ServerTest, MalformedFramesGetErrorEventsNamingTheProblem) {
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);

    a->send("{not json");
    EXPECT_EQ(str(nextError(*a), "code"), QStringLiteral("bad_json"));

    a->send("[1,2,3]");
    EXPECT_EQ(str(nextError(*a), "code"), QStringLiteral("bad_message"));

    a->send(R"({"type":"chat.message","room":"main","cid":"c1","data":{"text":42}})");
    auto e = nextError(*a);
    EXPECT_EQ(str(e, "code"), QStringLiteral("bad_message"));
    EXPECT_TRUE(str(e, "message").contains(QStringLiteral("data.text")))
        << str(e, "message").toStdString();

    a->send(R"({"type":"chat.message","room":"main","cid":"c1"})");
    e = nextError(*a);
    EXPECT_TRUE(str(e, "message").startsWith(QStringLiteral("data")))
        << str(e, "message").toStdString();

    a->send(R"({"type":"warp.drive","room":"main"})");
    EXPECT_TRUE(str(nextError(*a), "message").startsWith(QStringLiteral("type")));

    a->send(R"({"type":"join","room":"bad room name"})");
    EXPECT_TRUE(str(nextError(*a), "message").startsWith(QStringLiteral("room")));

    a->socket().sendBinaryMessage(QByteArray("\x00\xff\x13garbage", 10));
    EXPECT_EQ(str(nextError(*a), "code"), QStringLiteral("binary_frame"));

    const QString big = QString(20 * 1024, u'x');
    a->send(QStringLiteral(R"({"type":"ping","pad":"%1"})").arg(big).toUtf8());
    EXPECT_EQ(str(nextError(*a), "code"), QStringLiteral("too_large"));

    // The connection still works.
    EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("ok"), QStringLiteral("still here")), "type"),
              QStringLiteral("ack"));
}

TEST_F(ServerTest, RepeatedAbuseClosesWithTheAbuseCodeAndOthersCarryOn) {
    config.abuseStrikes = 5;
    config.abuseForgivePerSecond = 0;
    start();
    auto good = client(QStringLiteral("Good"));
    good->join(kRoom);
    auto bad = client(QStringLiteral("Bad"));
    for (int i = 0; i < 10; ++i) bad->send("\x01\x02 garbage");
    EXPECT_TRUE(bad->waitClosed());
    EXPECT_EQ(bad->closeCode(), omk::protocol::close::kAbuse);
    EXPECT_EQ(server->metrics().abuseCloses, 1);
    EXPECT_EQ(str(good->chat(kRoom, QStringLiteral("g"), QStringLiteral("fine")), "type"),
              QStringLiteral("ack"));
}

TEST_F(ServerTest, FrameFarAboveTheLimitClosesWithTooBig) {
    start();
    auto a = client(QStringLiteral("A"));
    a->send(QByteArray(5 * config.maxFrameBytes, 'x'));
    EXPECT_TRUE(a->waitClosed());
    EXPECT_EQ(a->closeCode(), omk::protocol::close::kTooBig);
    auto b = client(QStringLiteral("B"));  // the server is fine
    EXPECT_EQ(str(b->join(kRoom), "type"), QStringLiteral("joined"));
}

TEST_F(ServerTest, TooLongChatTextIsRefused) {
    config.maxTextChars = 10;
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    const auto r = a->chat(kRoom, QStringLiteral("long"), QStringLiteral("12345678901"));
    EXPECT_EQ(str(r, "code"), QStringLiteral("bad_message"));
    EXPECT_TRUE(str(r, "message").contains(QStringLiteral("data.text")));
}

TEST_F(ServerTest, FrameFloodIsRateLimitedPerConnection) {
    config.frameBurst = 5;
    config.framePerSecond = 1;
    start();
    WsClient a(port);
    for (int i = 0; i < 7; ++i) a.send(omk::protocol::encode(omk::protocol::Ping{}));
    const auto e = nextError(a);
    EXPECT_EQ(str(e, "code"), QStringLiteral("rate_limited"));
    EXPECT_GT(num(e, "retry_after_ms"), 0);
    EXPECT_LE(num(e, "retry_after_ms"), 1000);
}

TEST_F(ServerTest, TextFrameThatIsNotUtf8ClosesWith1007) {
    start();
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(raw.waitForConnected(3000));
    raw.write(
        "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray in;
    (void)QTest::qWaitFor(
        [&] {
            in += raw.readAll();
            return in.contains("\r\n\r\n");
        },
        3000);
    ASSERT_TRUE(in.startsWith("HTTP/1.1 101"));
    in = in.mid(in.indexOf("\r\n\r\n") + 4);
    // FIN + text, masked with a zero key, payload 0xff 0xfe (never valid UTF-8).
    raw.write(QByteArray("\x81\x82\x00\x00\x00\x00\xff\xfe", 8));
    // The server answers with a close frame: 0x88, length, then the 2-byte code.
    (void)QTest::qWaitFor(
        [&] {
            in += raw.readAll();
            return in.size() >= 4 || raw.state() != QAbstractSocket::ConnectedState;
        },
        3000);
    ASSERT_GE(in.size(), 4);
    EXPECT_EQ(quint8(in[0]), 0x88);
    EXPECT_EQ((quint8(in[2]) << 8) | quint8(in[3]), 1007);
}
