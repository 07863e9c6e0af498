// Session mechanics: slow mode and rate limits at the input, presence, clock sync, states and
// the outbox file (the backoff itself is tested in tests/core/BackoffTest.cpp).
#include "support/RoomTestSupport.h"

#include <QTcpServer>

using namespace omk::room;
using namespace omk::room::test;

TEST_F(RoomTest, SlowModeRefusesWithRetryAfterThenDelivers) {
    start();
    auto m = moderatorClient();
    auto a = guest(QStringLiteral("Ann"));
    ASSERT_TRUE(m->moderator->slowMode(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->slowModeMs() == 1000; }, 5000));
    QSignalSpy refused(a->connection.get(), &RoomConnection::sendRefused);
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("one")));
    const auto second = a->connection->sendChat(QStringLiteral("two"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.size() >= 1; }, 5000));
    EXPECT_EQ(refused.at(0).at(0).toString(), *second);
    EXPECT_EQ(refused.at(0).at(1).toString(), QStringLiteral("slow_mode"));
    const auto wait = refused.at(0).at(2).toLongLong();
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, 1000);
    // Retried with the same cid once the interval has passed: delivered exactly once.
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->pendingCount() == 0; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m->confirmedCount() == 2; }, 5000));
    QTest::qWait(100);
    EXPECT_EQ(m->confirmedCount(), 2);
}

TEST_F(RoomTest, RateLimitRefusesWithRetryAfter) {
    config.sendBurst = 2;
    config.sendPerSecond = 5;
    start();
    auto a = guest(QStringLiteral("Ann"));
    QSignalSpy refused(a->connection.get(), &RoomConnection::sendRefused);
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(a->connection->sendChat(QStringLiteral("r%1").arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.size() >= 1; }, 5000));
    EXPECT_EQ(refused.at(0).at(1).toString(), QStringLiteral("rate_limited"));
    EXPECT_GT(refused.at(0).at(2).toLongLong(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 5; }, 10000));
    EXPECT_EQ(a->chat->rowCount(), 5);
}

TEST_F(RoomTest, PresenceCountsAndMembers) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    auto c = guest(QStringLiteral("Cat"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->presence->viewerCount() == 3; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->presence->rowCount() == 3; }, 5000));
    EXPECT_EQ(a->presence->data(a->presence->index(0), PresenceModel::NameRole).toString(),
              QStringLiteral("Ann"));
    c.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->presence->viewerCount() == 2; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->presence->rowCount() == 2; }, 5000));
}

TEST_F(RoomTest, ClockSyncOnLoopbackIsNearZero) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    QSignalSpy clock(a->connection.get(), &RoomConnection::clockChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return clock.size() >= 4; }, 5000));
    EXPECT_NEAR(a->connection->offsetMs(), 0.0, 25.0);
    EXPECT_LT(a->connection->roundTripMs(), 50);
}

TEST_F(RoomTest, StatesOfflineConnectingReconnecting) {
    start();
    auto cfg = fastConfig(port);
    cfg.guestName = QStringLiteral("Ann");
    cfg.backoffBaseMs = 2000;
    cfg.backoffMaxMs = 4000;
    cfg.backoffJitter = 0;
    RoomConnection c(cfg);
    EXPECT_EQ(c.state(), RoomConnection::State::Offline);
    c.start();
    EXPECT_EQ(c.state(), RoomConnection::State::Connecting);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return c.state() == RoomConnection::State::Connected; }, 5000));
    server.reset();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return c.state() == RoomConnection::State::Reconnecting; }, 5000));
    EXPECT_EQ(c.reconnectIn(), 2);
    c.stop();
    EXPECT_EQ(c.state(), RoomConnection::State::Offline);
    EXPECT_EQ(c.reconnectIn(), 0);
}

TEST_F(RoomTest, OutboxFileSurvivesAnAppRestart) {
    start();
    const QString file = m_dir.filePath(QStringLiteral("outbox.json"));
    auto cfg = fastConfig(port);
    cfg.guestName = QStringLiteral("Ann");
    cfg.outboxFile = file;
    QString token;
    {
        RoomConnection offline(cfg);  // never started: the send only reaches the outbox
        ASSERT_TRUE(offline.sendChat(QStringLiteral("written offline")));
        EXPECT_EQ(offline.pendingCount(), 1);
    }
    auto watcher = guest(QStringLiteral("Ben"));
    auto again = makeClient(cfg);
    EXPECT_EQ(again->connection->pendingCount(), 1);
    ASSERT_TRUE(again->waitConnected());
    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher->confirmedCount() == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->connection->pendingCount() == 0; }, 5000));
    omk::room::Outbox reread(file);
    ASSERT_TRUE(reread.load());
    EXPECT_TRUE(reread.isEmpty());
}

TEST_F(RoomTest, RetriedCidGetsTheOriginalAckAndNoSecondRow) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto watcher = guest(QStringLiteral("Ben"));
    const auto cid = a->connection->sendChat(QStringLiteral("once"));
    ASSERT_TRUE(cid);
    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher->confirmedCount() == 1; }, 5000));
    // An app restart whose outbox file still held the send (the ack was lost with the process).
    const QString file = m_dir.filePath(QStringLiteral("outbox-dup.json"));
    {
        Outbox stale(file);
        ASSERT_TRUE(stale.add({*cid, omk::protocol::EventType::ChatMessage,
                               QJsonObject{{QStringLiteral("text"), QStringLiteral("once")}}, 0}));
    }
    auto cfg = fastConfig(port);
    cfg.token = a->connection->token();
    cfg.outboxFile = file;
    RoomConnection again(cfg);
    ChatModel chat(&again);
    QSignalSpy acks(&again, &RoomConnection::acked);
    again.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return acks.size() == 1; }, 5000));
    const auto ack = acks.at(0).at(0).value<omk::protocol::Ack>();
    EXPECT_TRUE(ack.duplicate);
    EXPECT_EQ(ack.seq, 1);
    EXPECT_EQ(again.pendingCount(), 0);
    QTest::qWait(100);
    EXPECT_EQ(watcher->confirmedCount(), 1);
    EXPECT_EQ(chat.rowCount(), 1);  // the history row; the pending one merged into it
    EXPECT_FALSE(chat.row(0).pending);
}

TEST_F(RoomTest, SilentPeerIsTreatedAsDead) {
    QTcpServer silent;  // accepts, never answers the WebSocket handshake
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    auto cfg = fastConfig(silent.serverPort());
    cfg.guestName = QStringLiteral("Ann");
    cfg.heartbeatTimeoutMs = 300;
    RoomConnection c(cfg);
    c.start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return c.state() == RoomConnection::State::Reconnecting; }, 3000));
    c.stop();
}
