// The organizers' room rules (docs/ADMIN.md "Rooms"), set on a channel through the admin API
// while people are in its room: a closed room lets attendees read but not write, a
// signed-in-only room lets guests read but not write, and a default slow mode holds until a
// moderator sets one. Each applies to the very next send, and outlives a restart.
#include "AdminTestSupport.h"

#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;
using omk::protocol::Role;

namespace {

const QString kRoom = QStringLiteral("main");

class RoomRulesTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        config.catalog = stage360();
        startAsAdmin();
    }
    // PATCH /admin/channels/main {"room": rules}; rules null removes them.
    HttpResult setRules(const QJsonValue& rules) {
        return httpBearer(port, "PATCH", QStringLiteral("/admin/channels/") + kRoom, admin,
                          QJsonDocument(QJsonObject{{QStringLiteral("room"), rules}})
                              .toJson(QJsonDocument::Compact));
    }
    std::unique_ptr<WsClient> signedIn(const QString& email, Role role = Role::Attendee) {
        auto c = std::make_unique<WsClient>(port);
        const QString id = account(email);
        EXPECT_EQ(str(c->helloToken(token(id, role)), "type"), QStringLiteral("welcome"));
        c->join(kRoom);
        return c;
    }
    std::unique_ptr<WsClient> moderator() {
        auto c = std::make_unique<WsClient>(port);
        auto t = Jwt(kSecret).sign(TokenClaims{QStringLiteral("u_mod"), QStringLiteral("Mod"),
                                               Role::Moderator, kRoom, 0,
                                               QDateTime::currentSecsSinceEpoch() + 600});
        EXPECT_EQ(str(c->helloToken(*t), "type"), QStringLiteral("welcome"));
        c->join(kRoom);
        return c;
    }
    std::unique_ptr<WsClient> guest(const QString& name) {
        auto c = client(name);
        c->join(kRoom);
        return c;
    }
};

QString code(const QJsonObject& reply) {
    return reply.value(QStringLiteral("type")).toString() == QLatin1String("ack")
               ? QStringLiteral("ack")
               : reply.value(QStringLiteral("code")).toString();
}

}  // namespace

TEST_F(RoomRulesTest, AClosedRoomLetsAttendeesReadNotWriteAndModeratorsStillWrite) {
    auto a = guest(QStringLiteral("Alice"));
    auto m = moderator();
    ASSERT_EQ(code(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("before"))),
              QStringLiteral("ack"));

    const auto closed = setRules(QJsonObject{{QStringLiteral("closed"), true}});
    ASSERT_EQ(closed.status, 200) << closed.body.data();
    const auto refused = a->chat(kRoom, QStringLiteral("2"), QStringLiteral("now"));
    EXPECT_EQ(code(refused), QStringLiteral("room_closed"));
    EXPECT_TRUE(str(refused, "message").contains(QStringLiteral("read")));
    EXPECT_EQ(code(a->sendEvent(kRoom, QStringLiteral("3"), EventType::ChatReact,
                                {{QStringLiteral("seq"), 1}, {QStringLiteral("emoji"), "👍"}})),
              QStringLiteral("room_closed"));
    EXPECT_EQ(code(m->chat(kRoom, QStringLiteral("m1"), QStringLiteral("closed for now"))),
              QStringLiteral("ack"));
    // Attendees still read: the moderator's message reaches them.
    const auto heard = a->nextEvent();
    EXPECT_EQ(str(heard.value(QStringLiteral("data")).toObject(), "text"),
              QStringLiteral("closed for now"));

    // The rule is in the stored catalog: a restart keeps the room closed.
    a.reset();
    m.reset();
    restart();
    auto back = guest(QStringLiteral("Alice"));
    EXPECT_EQ(code(back->chat(kRoom, QStringLiteral("4"), QStringLiteral("after restart"))),
              QStringLiteral("room_closed"));

    // Opening it again ("room": null takes the rules away).
    ASSERT_EQ(setRules(QJsonValue::Null).status, 200);
    EXPECT_EQ(code(back->chat(kRoom, QStringLiteral("5"), QStringLiteral("open again"))),
              QStringLiteral("ack"));
    // Other rooms were never closed.
    back->join(QStringLiteral("dome"));
    EXPECT_EQ(code(back->chat(QStringLiteral("dome"), QStringLiteral("6"), QStringLiteral("hi"))),
              QStringLiteral("ack"));
}

TEST_F(RoomRulesTest, ASignedInOnlyRoomLetsGuestsReadAndSignedInPeopleWrite) {
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("signed_in_only"), true}}).status, 200);
    auto g = guest(QStringLiteral("Guest"));
    auto s = signedIn(QStringLiteral("sam@example.org"));
    const auto refused = g->chat(kRoom, QStringLiteral("1"), QStringLiteral("hi"));
    EXPECT_EQ(code(refused), QStringLiteral("sign_in_required"));
    EXPECT_EQ(code(s->chat(kRoom, QStringLiteral("2"), QStringLiteral("hello from Sam"))),
              QStringLiteral("ack"));
    EXPECT_EQ(str(g->nextEvent().value(QStringLiteral("data")).toObject(), "text"),
              QStringLiteral("hello from Sam"));
    // Nothing the guest tried was stored.
    EXPECT_EQ(server->rooms().find(kRoom)->head(), 1);
}

TEST_F(RoomRulesTest, ADefaultSlowModeHoldsUntilAModeratorSetsOne) {
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("slow_mode_seconds"), 30}}).status, 200);
    auto a = guest(QStringLiteral("A"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("one"))),
              QStringLiteral("ack"));
    const auto slow = a->chat(kRoom, QStringLiteral("2"), QStringLiteral("two"));
    EXPECT_EQ(code(slow), QStringLiteral("slow_mode"));
    EXPECT_GT(num(slow, "retry_after_ms"), 25000);
    // A newcomer's snapshot tells the slow mode in force.
    auto late = client(QStringLiteral("Late"));
    EXPECT_EQ(num(late->join(kRoom).value(QStringLiteral("snapshot")).toObject(), "slow_mode_ms"),
              30000);

    // The moderator's choice wins over the default, and stays after a restart.
    auto m = moderator();
    ASSERT_EQ(code(m->sendEvent(kRoom, QStringLiteral("s"), EventType::ModSlowMode,
                                {{QStringLiteral("interval_ms"), 0}})),
              QStringLiteral("ack"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("3"), QStringLiteral("three"))),
              QStringLiteral("ack"));
    a.reset();
    late.reset();
    m.reset();
    restart();
    auto back = guest(QStringLiteral("A"));
    EXPECT_EQ(code(back->chat(kRoom, QStringLiteral("4"), QStringLiteral("four"))),
              QStringLiteral("ack"));
    EXPECT_EQ(code(back->chat(kRoom, QStringLiteral("5"), QStringLiteral("five"))),
              QStringLiteral("ack"));
    auto again = client(QStringLiteral("Again"));
    EXPECT_EQ(num(again->join(kRoom).value(QStringLiteral("snapshot")).toObject(), "slow_mode_ms"),
              0);
}

TEST_F(RoomRulesTest, RulesOutOfRangeAreRefusedAndChangeNothing) {
    const auto tooSlow = setRules(QJsonObject{{QStringLiteral("slow_mode_seconds"), 7200}});
    EXPECT_EQ(tooSlow.status, 422) << tooSlow.body.data();
    EXPECT_TRUE(QString::fromUtf8(tooSlow.body).contains(QStringLiteral("slow_mode_seconds")))
        << tooSlow.body.data();
    const auto notAFlag = setRules(QJsonObject{{QStringLiteral("closed"), QStringLiteral("yes")}});
    EXPECT_EQ(notAFlag.status, 422) << notAFlag.body.data();
    const auto notAnObject = setRules(QJsonArray{true});
    EXPECT_EQ(notAnObject.status, 422) << notAnObject.body.data();
    auto a = guest(QStringLiteral("A"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("one"))),
              QStringLiteral("ack"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("2"), QStringLiteral("two"))),
              QStringLiteral("ack"));
    // The served catalog carries no rules.
    const auto served =
        QJsonDocument::fromJson(httpGet(port, QStringLiteral("/catalog.json")).body);
    EXPECT_FALSE(served.object()
                     .value(QStringLiteral("channels"))
                     .toArray()[0]
                     .toObject()
                     .contains(QStringLiteral("room")));
}

TEST_F(RoomRulesTest, AChangeNamesOneRuleAndKeepsTheOthersAndAMisspeltRuleIsRefused) {
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("closed"), true}}).status, 200);
    // Another organizer, who has not seen the room close yet, sets only the slow mode.
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("slow_mode_seconds"), 10}}).status, 200);
    auto a = guest(QStringLiteral("A"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("hi"))),
              QStringLiteral("room_closed"))
        << "the slow mode did not reopen the room";
    // null sets one rule off.
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("closed"), QJsonValue::Null}}).status, 200);
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("2"), QStringLiteral("hi"))),
              QStringLiteral("ack"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("3"), QStringLiteral("again"))),
              QStringLiteral("slow_mode"));
    // "close" is no rule: refused, and nothing changes (it would have merged in as nothing).
    const auto typo = setRules(QJsonObject{{QStringLiteral("close"), true}});
    EXPECT_EQ(typo.status, 400) << typo.body.data();
    EXPECT_TRUE(QString::fromUtf8(typo.body).contains(QStringLiteral("room.close")))
        << typo.body.data();
    const auto served =
        QJsonDocument::fromJson(httpGet(port, QStringLiteral("/catalog.json")).body);
    EXPECT_EQ(served.object()
                  .value(QStringLiteral("channels"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("room"))
                  .toObject(),
              (QJsonObject{{QStringLiteral("slow_mode_seconds"), 10}}));
}

TEST_F(RoomRulesTest, AModeratorsSlowModeOffOutlivesACompactedLog) {
    config.retention = 4;
    restart();
    admin = token(account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}}));
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("slow_mode_seconds"), 30}}).status, 200);
    auto m = moderator();
    ASSERT_EQ(code(m->sendEvent(kRoom, QStringLiteral("s"), EventType::ModSlowMode,
                                {{QStringLiteral("interval_ms"), 0}})),
              QStringLiteral("ack"));
    // Enough messages that the log is folded into a snapshot and the mod.slow_mode dropped.
    for (int i = 0; i < 12; ++i)
        ASSERT_EQ(code(m->chat(kRoom, QStringLiteral("m%1").arg(i), QStringLiteral("fill"))),
                  QStringLiteral("ack"));
    ASSERT_GT(server->rooms().find(kRoom)->oldest(), 1) << "the log was compacted";
    m.reset();
    restart();
    auto a = guest(QStringLiteral("A"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("1"), QStringLiteral("one"))),
              QStringLiteral("ack"));
    EXPECT_EQ(code(a->chat(kRoom, QStringLiteral("2"), QStringLiteral("two"))),
              QStringLiteral("ack"))
        << "the moderator's 'off' came back from the snapshot, not the organizers' 30 s";
}

TEST_F(RoomRulesTest, AnAccountThatModeratesThisRoomIsToldSoAndWritesInAClosedRoom) {
    ASSERT_EQ(setRules(QJsonObject{{QStringLiteral("closed"), true}}).status, 200);
    const QString id = account(QStringLiteral("mo@example.org"), {{kRoom, Role::Moderator}});
    WsClient c(port);
    const auto welcome = c.helloToken(token(id));
    ASSERT_EQ(str(welcome, "type"), QStringLiteral("welcome"));
    // The welcome speaks for the whole event, where this account is an attendee…
    EXPECT_EQ(str(welcome.value(QStringLiteral("user")).toObject(), "role"),
              QStringLiteral("attendee"));
    c.join(kRoom);
    // …the room tells its own role right after joined.
    const auto role = c.nextOfType(QStringLiteral("role"));
    EXPECT_EQ(str(role, "room"), kRoom);
    EXPECT_EQ(str(role, "role"), QStringLiteral("moderator"));
    EXPECT_EQ(code(c.chat(kRoom, QStringLiteral("1"), QStringLiteral("closed, but I moderate"))),
              QStringLiteral("ack"));
    // In another room it is an attendee, and nothing more is said.
    c.join(QStringLiteral("dome"));
    EXPECT_TRUE(c.nextOfType(QStringLiteral("role"), 300).isEmpty());
}

// An organizer grants a moderator while that person is in the room: the role holds from their
// next message, and their viewer hears it (role, 1.3) without signing in again; taking it back
// works the same way.
TEST_F(RoomRulesTest, ARoleGrantedOrRevokedHoldsAtOnceOnALiveConnection) {
    auto bea = signedIn(QStringLiteral("bea@example.org"));
    const auto slow = [&](const char* cid) {
        return code(bea->sendEvent(kRoom, QLatin1String(cid), EventType::ModSlowMode,
                                   {{QStringLiteral("interval_ms"), 0}}));
    };
    ASSERT_EQ(slow("s1"), QStringLiteral("forbidden"));

    const QJsonObject grant{{QStringLiteral("email"), QStringLiteral("bea@example.org")},
                            {QStringLiteral("role"), QStringLiteral("moderator")},
                            {QStringLiteral("room"), kRoom}};
    ASSERT_EQ(post(QStringLiteral("/admin/roles/grant"), admin, grant).status, 200);
    const QJsonObject told = bea->nextOfType(QStringLiteral("role"));
    EXPECT_EQ(str(told, "room"), kRoom);
    EXPECT_EQ(str(told, "role"), QStringLiteral("moderator"));
    EXPECT_EQ(slow("s2"), QStringLiteral("ack"));

    ASSERT_EQ(post(QStringLiteral("/admin/roles/revoke"), admin, grant).status, 200);
    EXPECT_EQ(str(bea->nextOfType(QStringLiteral("role")), "role"), QStringLiteral("attendee"));
    EXPECT_EQ(slow("s3"), QStringLiteral("forbidden"));
}
