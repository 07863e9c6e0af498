// Privileged actions are checked on the server; limits answer with retry_after_ms.
#include "support/ServerTestSupport.h"

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;

namespace {

const QString kRoom = QStringLiteral("main");

class ModerationTest : public ServerTest {
protected:
    std::unique_ptr<WsClient> moderator(omk::protocol::Role role = omk::protocol::Role::Moderator) {
        auto c = std::make_unique<WsClient>(port);
        auto token =
            Jwt(kSecret).sign(TokenClaims{QStringLiteral("u_mod"), QStringLiteral("Mod"), role,
                                          kRoom, 0, QDateTime::currentSecsSinceEpoch() + 600});
        EXPECT_EQ(str(c->helloToken(*token), "type"), QStringLiteral("welcome"));
        c->join(kRoom);
        return c;
    }
    static QString userId(WsClient& c, const QJsonObject& welcome) {
        Q_UNUSED(c);
        return str(welcome.value(QStringLiteral("user")).toObject(), "id");
    }
};

}  // namespace

TEST_F(ModerationTest, AttendeeCannotModerate) {
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    a->chat(kRoom, QStringLiteral("m1"), QStringLiteral("hello"));
    const struct {
        EventType type;
        QJsonObject data;
    } attempts[] = {
        {EventType::ChatDelete, {{QStringLiteral("seq"), 1}}},
        {EventType::ModBan, {{QStringLiteral("user"), QStringLiteral("g_someone")}}},
        {EventType::ModTimeout,
         {{QStringLiteral("user"), QStringLiteral("g_someone")},
          {QStringLiteral("duration_ms"), 1000}}},
        {EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 1000}}},
        {EventType::ModPin, {{QStringLiteral("seq"), 1}}},
        {EventType::PlaybackState,
         {{QStringLiteral("media"), QStringLiteral("m.mp4")},
          {QStringLiteral("position_ms"), 0},
          {QStringLiteral("paused"), false}}},
    };
    int n = 0;
    for (const auto& at : attempts) {
        const auto r = a->sendEvent(kRoom, QStringLiteral("p%1").arg(n++), at.type, at.data);
        EXPECT_EQ(str(r, "type"), QStringLiteral("error"));
        EXPECT_EQ(str(r, "code"), QStringLiteral("forbidden"))
            << omk::protocol::eventTypeName(at.type).toStdString();
    }
    EXPECT_EQ(server->rooms().find(kRoom)->head(), 1);
}

TEST_F(ModerationTest, ModeratorDeletesPinsAndSetsPlayback) {
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    a->chat(kRoom, QStringLiteral("m1"), QStringLiteral("spam"));
    auto m = moderator();
    EXPECT_EQ(str(m->sendEvent(kRoom, QStringLiteral("d1"), EventType::ChatDelete,
                               {{QStringLiteral("seq"), 1}}),
                  "type"),
              QStringLiteral("ack"));
    const auto del = a->next([](const QJsonObject& o) {
        return o.value(QStringLiteral("type")) == QStringLiteral("chat.delete");
    });
    EXPECT_EQ(num(del.value(QStringLiteral("data")).toObject(), "seq"), 1);
    EXPECT_EQ(str(del.value(QStringLiteral("actor")).toObject(), "role"),
              QStringLiteral("moderator"));

    EXPECT_EQ(str(m->sendEvent(kRoom, QStringLiteral("d2"), EventType::ChatDelete,
                               {{QStringLiteral("seq"), 99}}),
                  "code"),
              QStringLiteral("not_found"));
    EXPECT_EQ(str(m->sendEvent(kRoom, QStringLiteral("p1"), EventType::ModPin,
                               {{QStringLiteral("seq"), 1}}),
                  "type"),
              QStringLiteral("ack"));
    const auto play = m->sendEvent(kRoom, QStringLiteral("pb"), EventType::PlaybackState,
                                   {{QStringLiteral("media"), QStringLiteral("talk.m3u8")},
                                    {QStringLiteral("position_ms"), 1234.5},
                                    {QStringLiteral("paused"), false}});
    ASSERT_EQ(str(play, "type"), QStringLiteral("ack"));
    auto late = client(QStringLiteral("Late"));
    const auto snap = late->join(kRoom).value(QStringLiteral("snapshot")).toObject();
    EXPECT_EQ(num(snap, "pinned_seq"), 1);
    const auto pb = snap.value(QStringLiteral("playback")).toObject();
    EXPECT_EQ(str(pb, "media"), QStringLiteral("talk.m3u8"));
    EXPECT_DOUBLE_EQ(pb.value(QStringLiteral("position_ms")).toDouble(), 1234.5);
    EXPECT_EQ(pb.value(QStringLiteral("rate")).toDouble(), 1.0);
    EXPECT_EQ(num(pb, "at_server_ms"), num(play, "ts"));  // stamped with server time
}

TEST_F(ModerationTest, BannedAndTimedOutUsersCannotSend) {
    start();
    WsClient a(port);
    const auto w = a.hello(QStringLiteral("Troll"));
    const QString troll = userId(a, w);
    a.join(kRoom);
    auto m = moderator();
    ASSERT_EQ(
        str(m->sendEvent(kRoom, QStringLiteral("t1"), EventType::ModTimeout,
                         {{QStringLiteral("user"), troll}, {QStringLiteral("duration_ms"), 60000}}),
            "type"),
        QStringLiteral("ack"));
    const auto timedOut = a.chat(kRoom, QStringLiteral("x1"), QStringLiteral("hi"));
    EXPECT_EQ(str(timedOut, "code"), QStringLiteral("timed_out"));
    EXPECT_GT(num(timedOut, "retry_after_ms"), 50000);
    // Lifting the timeout and banning instead.
    m->sendEvent(kRoom, QStringLiteral("t2"), EventType::ModTimeout,
                 {{QStringLiteral("user"), troll}, {QStringLiteral("duration_ms"), 0}});
    EXPECT_EQ(str(a.chat(kRoom, QStringLiteral("x2"), QStringLiteral("hi")), "type"),
              QStringLiteral("ack"));
    ASSERT_EQ(str(m->sendEvent(kRoom, QStringLiteral("b1"), EventType::ModBan,
                               {{QStringLiteral("user"), troll},
                                {QStringLiteral("reason"), QStringLiteral("spam")}}),
                  "type"),
              QStringLiteral("ack"));
    EXPECT_EQ(str(a.chat(kRoom, QStringLiteral("x3"), QStringLiteral("hi")), "code"),
              QStringLiteral("banned"));
    // The ban is in the log, so it survives a restart.
    const QString token = str(w, "token");
    a.socket().abort();
    m.reset();
    restart();
    WsClient back(port);
    back.helloToken(token);
    back.join(kRoom);
    EXPECT_EQ(str(back.chat(kRoom, QStringLiteral("x4"), QStringLiteral("hi")), "code"),
              QStringLiteral("banned"));
}

TEST_F(ModerationTest, SlowModeAnswersWithRetryAfter) {
    start();
    auto m = moderator();
    m->sendEvent(kRoom, QStringLiteral("s1"), EventType::ModSlowMode,
                 {{QStringLiteral("interval_ms"), 400}});
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("a")), "type"),
              QStringLiteral("ack"));
    const auto slow = a->chat(kRoom, QStringLiteral("2"), QStringLiteral("b"));
    EXPECT_EQ(str(slow, "code"), QStringLiteral("slow_mode"));
    const qint64 retry = num(slow, "retry_after_ms");
    EXPECT_GT(retry, 0);
    EXPECT_LE(retry, 400);
    // Moderators are not slowed.
    EXPECT_EQ(str(m->chat(kRoom, QStringLiteral("m1"), QStringLiteral("a")), "type"),
              QStringLiteral("ack"));
    EXPECT_EQ(str(m->chat(kRoom, QStringLiteral("m2"), QStringLiteral("b")), "type"),
              QStringLiteral("ack"));
    QTest::qWait(int(retry) + 20);
    EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("2"), QStringLiteral("b")), "type"),
              QStringLiteral("ack"));
}

TEST_F(ModerationTest, PerUserRateLimitAnswersWithRetryAfter) {
    config.sendBurst = 3;
    config.sendPerSecond = 5;
    start();
    auto a = client(QStringLiteral("A"));
    a->join(kRoom);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("r%1").arg(i), QStringLiteral("a")), "type"),
                  QStringLiteral("ack"));
    const auto limited = a->chat(kRoom, QStringLiteral("r3"), QStringLiteral("a"));
    EXPECT_EQ(str(limited, "code"), QStringLiteral("rate_limited"));
    const qint64 retry = num(limited, "retry_after_ms");
    EXPECT_GT(retry, 0);
    EXPECT_LE(retry, 200);
    QTest::qWait(int(retry) + 20);
    EXPECT_EQ(str(a->chat(kRoom, QStringLiteral("r3"), QStringLiteral("a")), "type"),
              QStringLiteral("ack"));
}

TEST_F(ModerationTest, ClosedRoomsAreCreatedByModeratorsOnly) {
    config.openRooms = false;
    start();
    auto a = client(QStringLiteral("A"));
    a->send(omk::protocol::encode(omk::protocol::Join{kRoom, {}, {}}));
    const auto refused = a->nextOfType(QStringLiteral("error"));
    EXPECT_EQ(str(refused, "code"), QStringLiteral("not_found"));
    EXPECT_EQ(server->rooms().size(), 0);
    auto m = moderator();  // joins kRoom, creating it
    EXPECT_EQ(server->rooms().size(), 1);
    EXPECT_EQ(str(a->join(kRoom), "type"), QStringLiteral("joined"));
}
