// Bans over the admin API (docs/ADMIN.md "Bans"): a moderator's ban and timeout show in
// GET /admin/bans with who, the name they chatted under, when, by whom and why; an admin lifts
// them (POST /admin/bans/lift), the banned user can chat again and the room's clients see the
// lift as the moderation events it is; it is audited; bad requests change nothing.
#include "AdminTestSupport.h"

#include "protocol/EventType.h"

#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;
using omk::protocol::Role;

namespace {

const QString kRoom = QStringLiteral("main");

class BanApiTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        start();
        admin = token(QStringLiteral("u_admin"), Role::Admin);
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
    QJsonArray bans(const QString& query = QString()) {
        const auto r = httpBearer(port, "GET", QStringLiteral("/admin/bans") + query, admin);
        EXPECT_EQ(r.status, 200) << r.body.data();
        return json(r).value(QStringLiteral("bans")).toArray();
    }
    HttpResult lift(const QJsonObject& body) {
        return post(QStringLiteral("/admin/bans/lift"), admin, body);
    }
};

}  // namespace

TEST_F(BanApiTest, AnAdminSeesAndLiftsABanAndATimeout) {
    WsClient troll(port);
    const auto welcome = troll.hello(QStringLiteral("Troll"));
    const QString trollId = str(welcome.value(QStringLiteral("user")).toObject(), "id");
    troll.join(kRoom);
    ASSERT_EQ(str(troll.chat(kRoom, QStringLiteral("c1"), QStringLiteral("buy now")), "type"),
              QStringLiteral("ack"));
    WsClient pest(port);
    const QString pestId =
        str(pest.hello(QStringLiteral("Pest")).value(QStringLiteral("user")).toObject(), "id");
    pest.join(kRoom);
    auto mod = moderator();
    ASSERT_EQ(str(mod->sendEvent(kRoom, QStringLiteral("b1"), EventType::ModBan,
                                 {{QStringLiteral("user"), trollId},
                                  {QStringLiteral("reason"), QStringLiteral("spam")}}),
                  "type"),
              QStringLiteral("ack"));
    ASSERT_EQ(str(mod->sendEvent(
                      kRoom, QStringLiteral("t1"), EventType::ModTimeout,
                      {{QStringLiteral("user"), pestId}, {QStringLiteral("duration_ms"), 600000}}),
                  "type"),
              QStringLiteral("ack"));

    const QJsonArray listed = bans();
    ASSERT_EQ(listed.size(), 2);
    QJsonObject ban, timeout;
    for (const auto& v : listed)
        (str(v.toObject(), "kind") == QLatin1String("ban") ? ban : timeout) = v.toObject();
    EXPECT_EQ(str(ban, "room"), kRoom);
    EXPECT_EQ(str(ban, "user"), trollId);
    EXPECT_EQ(str(ban, "name"), QStringLiteral("Troll")) << "the name it chatted under";
    EXPECT_EQ(str(ban, "by"), QStringLiteral("u_mod"));
    EXPECT_EQ(str(ban, "by_name"), QStringLiteral("Mod"));
    EXPECT_EQ(str(ban, "reason"), QStringLiteral("spam"));
    EXPECT_GT(num(ban, "since_ms"), 0);
    EXPECT_EQ(str(timeout, "user"), pestId);
    EXPECT_GT(num(timeout, "until_ms"), num(timeout, "since_ms"));
    EXPECT_EQ(bans(QStringLiteral("?room=elsewhere")).size(), 0);

    // Lifted: the room hears it, the troll chats again, the list is empty, the log says who.
    const auto lifted = lift({{QStringLiteral("room"), kRoom}, {QStringLiteral("user"), trollId}});
    ASSERT_EQ(lifted.status, 200) << lifted.body.data();
    EXPECT_TRUE(json(lifted).value(QStringLiteral("ban")).toBool());
    const auto heard = mod->nextOfType(QStringLiteral("mod.ban"));
    ASSERT_FALSE(heard.isEmpty());
    EXPECT_EQ(str(heard.value(QStringLiteral("actor")).toObject(), "id"),
              QStringLiteral("u_admin"));
    EXPECT_FALSE(heard.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("banned"))
                     .toBool(true));
    EXPECT_EQ(str(troll.chat(kRoom, QStringLiteral("c2"), QStringLiteral("sorry")), "type"),
              QStringLiteral("ack"));
    ASSERT_EQ(lift({{QStringLiteral("room"), kRoom}, {QStringLiteral("user"), pestId}}).status,
              200);
    EXPECT_EQ(bans().size(), 0);
    const auto audit = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin))
                           .value(QStringLiteral("entries"))
                           .toArray();
    ASSERT_GE(audit.size(), 2);
    EXPECT_EQ(str(audit[0].toObject(), "action"), QStringLiteral("ban.lift"));
    EXPECT_EQ(str(audit[0].toObject(), "target"), pestId);
    EXPECT_EQ(str(audit[1].toObject(), "target"), trollId);

    // Lifting again, in a room that does not exist, or with a bad body changes nothing.
    const auto again = lift({{QStringLiteral("room"), kRoom}, {QStringLiteral("user"), trollId}});
    EXPECT_EQ(again.status, 404);
    EXPECT_EQ(str(json(again), "error"), QStringLiteral("not_banned"));
    const auto nowhere = lift(
        {{QStringLiteral("room"), QStringLiteral("nowhere")}, {QStringLiteral("user"), trollId}});
    EXPECT_EQ(str(json(nowhere), "error"), QStringLiteral("no_room"));
    const auto bad = httpBearer(port, "POST", QStringLiteral("/admin/bans/lift"), admin,
                                QByteArrayLiteral(R"({"room":"main","user":"x","why":1})"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(str(json(bad), "error"), QStringLiteral("bad_request"));
}

TEST_F(BanApiTest, BanDetailsSurviveARestartAndACompaction) {
    config.retention = 20;
    restart();
    WsClient troll(port);
    const QString trollId =
        str(troll.hello(QStringLiteral("Troll")).value(QStringLiteral("user")).toObject(), "id");
    troll.join(kRoom);
    troll.chat(kRoom, QStringLiteral("c1"), QStringLiteral("buy now"));
    auto mod = moderator();
    mod->sendEvent(
        kRoom, QStringLiteral("b1"), EventType::ModBan,
        {{QStringLiteral("user"), trollId}, {QStringLiteral("reason"), QStringLiteral("spam")}});
    WsClient brief(port);
    const QString briefId =
        str(brief.hello(QStringLiteral("Brief")).value(QStringLiteral("user")).toObject(), "id");
    mod->sendEvent(kRoom, QStringLiteral("t1"), EventType::ModTimeout,
                   {{QStringLiteral("user"), briefId}, {QStringLiteral("duration_ms"), 1}});
    QTest::qWait(20);  // ended before the compaction below, which leaves it out (listed or not)
    // Enough chat to fold the ban into a snapshot and drop it from the log.
    for (int i = 0; i < 40; ++i)
        mod->chat(kRoom, QStringLiteral("m%1").arg(i), QStringLiteral("message %1").arg(i));
    Room* room = server->rooms().find(kRoom);
    ASSERT_NE(room, nullptr);
    ASSERT_GT(room->oldest(), 3) << "the ban is folded into a snapshot, not in the log";
    troll.socket().abort();
    mod.reset();
    restart();
    admin = token(QStringLiteral("u_admin"), Role::Admin);
    const QJsonArray listed = bans();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(str(listed[0].toObject(), "user"), trollId);
    EXPECT_EQ(str(listed[0].toObject(), "name"), QStringLiteral("Troll"));
    EXPECT_EQ(str(listed[0].toObject(), "reason"), QStringLiteral("spam"));
}
