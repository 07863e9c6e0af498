// Moderator versus attendee: the attendee's client refuses locally, the server refuses a forged
// attempt, and a moderator's actions reach every client's models.
#include "support/RoomTestSupport.h"

#include "protocol/ErrorCodes.h"

using namespace omk::room;
using namespace omk::room::test;
using omk::protocol::EventType;

TEST_F(RoomTest, AttendeeActionsAreRefusedLocallyAndByTheServer) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    EXPECT_FALSE(a->connection->canModerate());
    EXPECT_FALSE(a->moderator->canModerate());
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("hi")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 1; }, 5000));
    EXPECT_FALSE(a->moderator->deleteMessage(1));
    EXPECT_FALSE(a->moderator->timeout(QStringLiteral("g_x"), 60));
    EXPECT_FALSE(a->moderator->ban(QStringLiteral("g_x")));
    EXPECT_FALSE(a->moderator->slowMode(5));
    EXPECT_FALSE(a->moderator->pin(1));
    EXPECT_FALSE(a->moderator->unpin());
    EXPECT_FALSE(a->moderator->announce(QStringLiteral("x")));
    EXPECT_FALSE(a->moderator->setPlayback(QStringLiteral("t.m3u8"), 0, 1, false));
    EXPECT_FALSE(a->connection->send(EventType::ChatDelete, {{QStringLiteral("seq"), 1}}));
    EXPECT_EQ(a->connection->pendingCount(), 0);

    // A forged client with Ann's own token: the server says forbidden.
    WsClient forged(port);
    ASSERT_EQ(str(forged.helloToken(a->connection->token()), "type"), QStringLiteral("welcome"));
    forged.join(kRoom);
    const auto reply = forged.sendEvent(kRoom, QStringLiteral("forged-1"), EventType::ChatDelete,
                                        {{QStringLiteral("seq"), 1}});
    EXPECT_EQ(str(reply, "code"), QString::fromLatin1(omk::protocol::error::kForbidden));
    QTest::qWait(100);
    EXPECT_FALSE(a->chat->row(0).deleted);
}

TEST_F(RoomTest, ModeratorActionsReachEveryClient) {
    start();
    auto m = moderatorClient();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    EXPECT_TRUE(m->connection->canModerate());
    EXPECT_TRUE(m->moderator->canModerate());
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("spam")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m->confirmedCount() == 1; }, 5000));

    ASSERT_TRUE(m->moderator->deleteMessage(1));
    for (auto* c : {m.get(), a.get(), b.get()}) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return c->chat->row(0).deleted; }, 5000));
        EXPECT_TRUE(c->chat->data(c->chat->index(0), ChatModel::DeletedRole).toBool());
        EXPECT_TRUE(c->chat->data(c->chat->index(0), ChatModel::TextRole).toString().isEmpty());
    }

    // An announcement: posted, then pinned once acked.
    ASSERT_TRUE(m->moderator->announce(QStringLiteral("Talk starts at 10:00")));
    for (auto* c : {m.get(), a.get(), b.get()})
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return c->chat->pinned() == QLatin1String("Talk starts at 10:00"); }, 5000));
    ASSERT_TRUE(m->moderator->unpin());
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->chat->pinned().isEmpty(); }, 5000));

    // Playback for everyone.
    QSignalSpy playback(a->connection.get(), &RoomConnection::playbackChanged);
    ASSERT_TRUE(m->moderator->setPlayback(QStringLiteral("talk.m3u8"), 61000, 1.0, false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->hasPlayback(); }, 5000));
    const auto& p = a->connection->playback();
    EXPECT_EQ(p.media, QStringLiteral("talk.m3u8"));
    EXPECT_DOUBLE_EQ(p.position, 61.0);
    EXPECT_FALSE(p.paused);
    EXPECT_NEAR(p.expectedPosition(a->connection->serverNowMs()), 61.0, 1.0);

    // A timeout: Ann's next send is refused with a wait.
    QSignalSpy refused(a->connection.get(), &RoomConnection::sendRefused);
    ASSERT_TRUE(m->moderator->timeout(a->connection->userId(), 60));
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->connection->lastSeq() == 7; }, 5000));
    const auto cid = a->connection->sendChat(QStringLiteral("let me talk"));
    ASSERT_TRUE(cid);
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.size() >= 1; }, 5000));
    EXPECT_EQ(refused.at(0).at(0).toString(), *cid);
    EXPECT_EQ(refused.at(0).at(1).toString(), QStringLiteral("timed_out"));
    EXPECT_GT(refused.at(0).at(2).toLongLong(), 50000);
    EXPECT_EQ(a->connection->pendingCount(), 1);  // kept, retried when the wait is over
}

TEST_F(RoomTest, BanFailsTheSendForGood) {
    start();
    auto m = moderatorClient();
    auto a = guest(QStringLiteral("Ann"));
    ASSERT_TRUE(m->moderator->ban(a->connection->userId()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->lastSeq() == 1; }, 5000));
    QSignalSpy failed(a->connection.get(), &RoomConnection::sendFailed);
    const auto cid = a->connection->sendChat(QStringLiteral("hello?"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.size() == 1; }, 5000));
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("banned"));
    EXPECT_EQ(a->connection->pendingCount(), 0);
    ASSERT_EQ(a->chat->rowCount(), 1);
    EXPECT_TRUE(a->chat->row(0).failed);
}

TEST_F(RoomTest, AnAccountThatModeratesOnlyThisRoomGetsItsToolsWhenItJoins) {
    start();
    auto attendee = guest(QStringLiteral("Early"));
    EXPECT_FALSE(attendee->connection->canModerate());
    auto account =
        server->accounts().ensure(QStringLiteral("mo@example.org"), QStringLiteral("Mo"), {}, 0);
    ASSERT_TRUE(account);
    ASSERT_TRUE(server->accounts().setRole(account->id, kRoom, omk::protocol::Role::Moderator));
    omk::server::TokenClaims claims;
    claims.subject = account->id;
    claims.name = QStringLiteral("Mo");
    claims.expiresAt = QDateTime::currentSecsSinceEpoch() + 600;
    auto cfg = fastConfig(port);
    cfg.token = *omk::server::Jwt(kSecret).sign(claims);
    auto m = makeClient(cfg);
    ASSERT_TRUE(m->waitConnected());
    // The welcome names no role in this room; the room's own "role" message does.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m->connection->canModerate(); }, 5000));
    EXPECT_TRUE(m->moderator->canModerate());
    auto a = guest(QStringLiteral("Ann"));
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("spam")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m->confirmedCount() == 1; }, 5000));
    ASSERT_TRUE(m->moderator->deleteMessage(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->chat->row(0).deleted; }, 5000));
}
