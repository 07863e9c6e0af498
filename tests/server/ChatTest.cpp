// The room log over real sockets: ordering, acks, idempotent retries and resume.
#include "support/ServerTestSupport.h"

using namespace omk::server;
using namespace omk::server::test;

namespace {

const QString kRoom = QStringLiteral("main");

// Collects n log events from c, in arrival order.
QList<QJsonObject> collect(WsClient& c, int n) {
    QList<QJsonObject> out;
    while (out.size() < n) {
        const auto e = c.nextEvent();
        if (e.isEmpty()) break;
        out.push_back(e);
    }
    return out;
}

}  // namespace

TEST_F(ServerTest, ConcurrentSendersAllSeeOneOrderWithNoGaps) {
    start();
    constexpr int kClients = 4;
    constexpr int kEach = 25;
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(client(QStringLiteral("user%1").arg(i)));
        clients.back()->join(kRoom);
    }
    // Interleaved: every client has its sends in flight at once.
    for (int n = 0; n < kEach; ++n)
        for (int i = 0; i < kClients; ++i)
            clients[size_t(i)]->sendChat(kRoom, QStringLiteral("c%1-%2").arg(i).arg(n),
                                         QStringLiteral("hello %1 from %2").arg(n).arg(i));

    QList<QString> reference;
    for (int i = 0; i < kClients; ++i) {
        const auto events = collect(*clients[size_t(i)], kClients * kEach);
        ASSERT_EQ(events.size(), kClients * kEach) << "client " << i;
        QList<QString> ids;
        QHash<QString, qint64> lastPerSender;
        for (int k = 0; k < events.size(); ++k) {
            EXPECT_EQ(num(events[k], "seq"), k + 1) << "client " << i;
            ids.push_back(str(events[k], "id"));
            // Each sender's own messages keep their send order.
            const QString cid = str(events[k], "cid");
            const QString sender = cid.section(u'-', 0, 0);
            const qint64 n = cid.section(u'-', 1).toLongLong();
            EXPECT_GT(n + 1, lastPerSender.value(sender, 0));
            lastPerSender[sender] = n + 1;
        }
        if (i == 0)
            reference = ids;
        else
            EXPECT_EQ(ids, reference) << "client " << i << " saw another order";
    }
    EXPECT_EQ(server->rooms().find(kRoom)->head(), kClients * kEach);
}

TEST_F(ServerTest, RetriedSendIsStoredOnceAndGetsTheOriginalAck) {
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    const auto first = a->chat(kRoom, QStringLiteral("retry-1"), QStringLiteral("once"));
    ASSERT_EQ(str(first, "type"), QStringLiteral("ack"));
    EXPECT_FALSE(first.value(QStringLiteral("duplicate")).toBool());
    const auto second = a->chat(kRoom, QStringLiteral("retry-1"), QStringLiteral("once"));
    ASSERT_EQ(str(second, "type"), QStringLiteral("ack"));
    EXPECT_TRUE(second.value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(num(second, "seq"), num(first, "seq"));
    EXPECT_EQ(str(second, "id"), str(first, "id"));
    EXPECT_EQ(server->rooms().find(kRoom)->head(), 1);
}

TEST_F(ServerTest, RetryOnANewConnectionWithTheSameTokenIsDeduplicated) {
    start();
    WsClient a(port);
    const QString token = str(a.hello(QStringLiteral("A")), "token");
    a.join(kRoom);
    const auto ack = a.chat(kRoom, QStringLiteral("x1"), QStringLiteral("hi"));
    a.socket().abort();  // the ack "was lost": the client retries elsewhere

    WsClient b(port);
    b.helloToken(token);
    b.join(kRoom);
    const auto retried = b.chat(kRoom, QStringLiteral("x1"), QStringLiteral("hi"));
    EXPECT_TRUE(retried.value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(num(retried, "seq"), num(ack, "seq"));
    EXPECT_EQ(server->rooms().find(kRoom)->head(), 1);
}

TEST_F(ServerTest, ResumeAfterDroppedConnectionReplaysExactlyWhatWasMissed) {
    start();
    auto writer = client(QStringLiteral("W"));
    writer->join(kRoom);
    for (int i = 1; i <= 5; ++i)
        writer->chat(kRoom, QStringLiteral("a%1").arg(i), QStringLiteral("m"));

    auto reader = std::make_unique<WsClient>(port);
    const QString token = str(reader->hello(QStringLiteral("R")), "token");
    const auto joined = reader->join(kRoom);
    const QString epoch = str(joined, "epoch");
    EXPECT_FALSE(joined.value(QStringLiteral("recovered")).toBool());
    EXPECT_EQ(num(joined, "head"), 5);
    writer->chat(kRoom, QStringLiteral("a6"), QStringLiteral("m"));
    ASSERT_EQ(num(reader->nextEvent(), "seq"), 6);
    reader->socket().abort();  // dropped, not closed
    reader.reset();

    for (int i = 7; i <= 12; ++i)
        writer->chat(kRoom, QStringLiteral("a%1").arg(i), QStringLiteral("m"));

    WsClient back(port);
    back.helloToken(token);
    const auto resumed = back.join(kRoom, 6, epoch);
    EXPECT_TRUE(resumed.value(QStringLiteral("recovered")).toBool());
    const auto missed = resumed.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(missed.size(), 6);
    for (int i = 0; i < missed.size(); ++i) EXPECT_EQ(num(missed[i].toObject(), "seq"), 7 + i);
    // Live events continue right after the replay, with nothing twice.
    writer->chat(kRoom, QStringLiteral("a13"), QStringLiteral("m"));
    EXPECT_EQ(num(back.nextEvent(), "seq"), 13);
    EXPECT_TRUE(back.inbox().empty());
}

TEST_F(ServerTest, ResumeAtHeadRecoversNothingMissing) {
    start();
    auto a = client(QStringLiteral("A"));
    const auto j = a->join(kRoom);
    a->chat(kRoom, QStringLiteral("1"), QStringLiteral("m"));
    auto b = client(QStringLiteral("B"));
    const auto r = b->join(kRoom, 1, str(j, "epoch"));
    EXPECT_TRUE(r.value(QStringLiteral("recovered")).toBool());
    EXPECT_TRUE(r.value(QStringLiteral("events")).toArray().isEmpty());
}

TEST_F(ServerTest, GapBeyondRetentionIsNotRecoverableAndGetsASnapshot) {
    config.retention = 10;
    start();
    auto mod = std::make_unique<WsClient>(port);
    auto token = Jwt(kSecret).sign(TokenClaims{QStringLiteral("u_m"), QStringLiteral("M"),
                                               omk::protocol::Role::Moderator, kRoom, 0,
                                               QDateTime::currentSecsSinceEpoch() + 600});
    ASSERT_TRUE(token);
    mod->helloToken(*token);
    const QString epoch = str(mod->join(kRoom), "epoch");
    mod->sendEvent(kRoom, QStringLiteral("pin"), omk::protocol::EventType::ModSlowMode,
                   QJsonObject{{QStringLiteral("interval_ms"), 1500}});
    for (int i = 0; i < 40; ++i)
        mod->chat(kRoom, QStringLiteral("m%1").arg(i), QStringLiteral("x"));
    Room* room = server->rooms().find(kRoom);
    ASSERT_GT(room->oldest(), 2);

    auto late = client(QStringLiteral("Late"));
    const auto r = late->join(kRoom, 1, epoch);
    EXPECT_FALSE(r.value(QStringLiteral("recovered")).toBool());
    const auto snapshot = r.value(QStringLiteral("snapshot")).toObject();
    EXPECT_EQ(num(snapshot, "slow_mode_ms"), 1500);  // folded into the snapshot, log pruned
    EXPECT_EQ(num(r, "head"), 41);

    // A stale epoch is never resumed either.
    const auto stale = late->join(kRoom, 40, QStringLiteral("0000"));
    EXPECT_FALSE(stale.value(QStringLiteral("recovered")).toBool());

    // The snapshot survives a restart even though the event that set it is gone.
    restart();
    auto again = client(QStringLiteral("Again"));
    const auto r2 = again->join(kRoom);
    EXPECT_EQ(num(r2.value(QStringLiteral("snapshot")).toObject(), "slow_mode_ms"), 1500);
    EXPECT_EQ(num(r2, "head"), 41);
    EXPECT_EQ(str(r2, "epoch"), epoch);
}

TEST_F(ServerTest, FreshJoinGetsRecentHistory) {
    config.historyOnJoin = 3;
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    for (int i = 0; i < 5; ++i)
        a->chat(kRoom, QStringLiteral("h%1").arg(i), QStringLiteral("t%1").arg(i));
    auto b = client(QStringLiteral("B"));
    const auto events = b->join(kRoom).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(num(events[0].toObject(), "seq"), 3);
    EXPECT_EQ(num(events[2].toObject(), "seq"), 5);
    EXPECT_EQ(str(events[2].toObject().value(QStringLiteral("data")).toObject(), "text"),
              QStringLiteral("t4"));
}

TEST_F(ServerTest, RestartKeepsTheLogAndContinuesTheSequence) {
    start();
    auto a = client(QStringLiteral("A"));
    const QString epoch = str(a->join(kRoom), "epoch");
    for (int i = 0; i < 3; ++i) a->chat(kRoom, QStringLiteral("r%1").arg(i), QStringLiteral("x"));
    a.reset();
    restart();
    auto b = client(QStringLiteral("B"));
    const auto j = b->join(kRoom, 1, epoch);
    EXPECT_TRUE(j.value(QStringLiteral("recovered")).toBool());
    EXPECT_EQ(j.value(QStringLiteral("events")).toArray().size(), 2);
    EXPECT_EQ(num(b->chat(kRoom, QStringLiteral("next"), QStringLiteral("x")), "seq"), 4);
}

TEST_F(ServerTest, SendWithoutJoiningIsRefused) {
    start();
    auto a = client(QStringLiteral("A"));
    EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("c"), QStringLiteral("x")), "code"),
              QStringLiteral("not_joined"));
}

// Many clients at once, each saying hello the moment it is connected: on delivery threads the
// socket is handed from the thread that upgraded it to a shard, and a hello read in between
// must still reach its session (it once did not: the client was closed with 4002).
TEST_F(ServerTest, AHelloSentAtOnceIsNeverLostOnAnyDeliveryThreadSetting) {
    for (const int threads : {0, 2}) {
        SCOPED_TRACE(threads);
        config.deliveryThreads = threads;
        start();
        constexpr int kClients = 40;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        int welcomed = 0, closed = 0;
        for (int i = 0; i < kClients; ++i) {
            auto s = std::make_unique<QWebSocket>();
            QWebSocket* raw = s.get();
            QObject::connect(raw, &QWebSocket::connected, raw, [raw, i] {
                omk::protocol::Hello h;
                h.name = QStringLiteral("burst%1").arg(i);
                raw->sendTextMessage(QString::fromUtf8(omk::protocol::encode(h)));
            });
            QObject::connect(raw, &QWebSocket::textMessageReceived, raw,
                             [&welcomed](const QString& t) {
                                 if (t.contains(QLatin1String("\"welcome\""))) ++welcomed;
                             });
            QObject::connect(raw, &QWebSocket::disconnected, raw, [&closed] { ++closed; });
            raw->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
            sockets.push_back(std::move(s));
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return welcomed == kClients || closed > 0; }, 15000));
        EXPECT_EQ(welcomed, kClients);
        EXPECT_EQ(closed, 0);
        sockets.clear();
        server.reset();
    }
}
