// The guide's view and "look here" markers (protocol 1.5, docs/PROTOCOL.md "Guide and look-here
// markers") on the real server: a moderator's view reaches every viewer of the room with who sent
// it and when, a late joiner gets the guide's last view right after its joined, the guide leaving
// tells the room the guiding ended; attendees cannot guide; guides' views beyond the rate are
// dropped and markers beyond theirs refused with when to try again; the welcome says the server
// relays them.
#include "AdminTestSupport.h"

#include "server/ViewRelay.h"

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;

namespace {

const QString kRoom = QStringLiteral("main");

class GuideTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        start();
    }
    std::unique_ptr<WsClient> moderator(const QString& id) {
        auto c = std::make_unique<WsClient>(port);
        welcome = c->helloToken(token(id, Role::Moderator));
        EXPECT_EQ(str(welcome, "type"), QStringLiteral("welcome"));
        EXPECT_EQ(str(c->join(kRoom), "type"), QStringLiteral("joined"));
        return c;
    }
    std::unique_ptr<WsClient> guest(const QString& name) {
        auto c = client(name);
        EXPECT_EQ(str(c->join(kRoom), "type"), QStringLiteral("joined"));
        return c;
    }
    static void guide(WsClient& c, double yaw, double pitch = 0, double fov = 90, bool on = true) {
        c.send(omk::protocol::encode(omk::protocol::GuideView{kRoom, on, yaw, pitch, fov}));
    }
    // Every message of `type` that arrives within ms.
    static QList<QJsonObject> collect(WsClient& c, const QString& type, int ms) {
        QList<QJsonObject> out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            const QJsonObject o = c.nextOfType(type, int(std::max<qint64>(1, ms - t.elapsed())));
            if (!o.isEmpty()) out.append(o);
        }
        return out;
    }
    QJsonObject welcome;
};

double number(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toDouble(-1000);
}

}  // namespace

TEST_F(GuideTest, AModeratorsViewReachesTheRoomAndALateJoinerFollowsAtOnce) {
    auto g = moderator(QStringLiteral("u_guide"));
    EXPECT_EQ(welcome.value(QStringLiteral("limits"))
                  .toObject()
                  .value(QStringLiteral("guide_per_second"))
                  .toInt(),
              ViewRelay::kGuidePerSecond);
    auto v = guest(QStringLiteral("Vera"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    guide(*g, 30, -10, 80);
    const QJsonObject seen = v->nextOfType(QStringLiteral("guide.view"));
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(str(seen, "room"), kRoom);
    EXPECT_EQ(seen.value(QStringLiteral("by")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("u_guide"));
    EXPECT_TRUE(seen.value(QStringLiteral("on")).toBool());
    EXPECT_DOUBLE_EQ(number(seen, "yaw"), 30);
    EXPECT_DOUBLE_EQ(number(seen, "pitch"), -10);
    EXPECT_DOUBLE_EQ(number(seen, "fov"), 80);
    EXPECT_GE(num(seen, "at"), before - 1000) << "server time, the clock playback runs on";

    // Joining later: the guide's last view comes right after joined.
    guide(*g, -120, 5, 70);
    ASSERT_FALSE(v->nextOfType(QStringLiteral("guide.view")).isEmpty());
    auto late = client(QStringLiteral("Late"));
    late->send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ASSERT_FALSE(late->nextOfType(QStringLiteral("joined")).isEmpty());
    const QJsonObject caught = late->nextOfType(QStringLiteral("guide.view"));
    ASSERT_FALSE(caught.isEmpty());
    EXPECT_DOUBLE_EQ(number(caught, "yaw"), -120);

    // Not logged: the room's log has no trace of it.
    EXPECT_EQ(num(late->join(kRoom), "head"), 0) << "guide views are not log events";

    // The guide leaves: the room hears the guiding end, and a new joiner gets nothing.
    g->send(omk::protocol::encode(omk::protocol::Leave{kRoom}));
    const QJsonObject ended = v->nextOfType(QStringLiteral("guide.view"));
    ASSERT_FALSE(ended.isEmpty());
    EXPECT_FALSE(ended.value(QStringLiteral("on")).toBool(true));
    EXPECT_FALSE(ended.contains(QStringLiteral("yaw")));
    auto after = guest(QStringLiteral("After"));
    EXPECT_TRUE(collect(*after, QStringLiteral("guide.view"), 300).isEmpty());
}

TEST_F(GuideTest, AGuideClosingItsConnectionEndsTheGuiding) {
    auto v = guest(QStringLiteral("Vera"));
    {
        auto g = moderator(QStringLiteral("u_guide"));
        guide(*g, 10);
        ASSERT_FALSE(v->nextOfType(QStringLiteral("guide.view")).isEmpty());
    }
    const QJsonObject ended = v->nextOfType(QStringLiteral("guide.view"));
    ASSERT_FALSE(ended.isEmpty());
    EXPECT_FALSE(ended.value(QStringLiteral("on")).toBool(true));
}

TEST_F(GuideTest, AttendeesCannotGuideAndTheRatesHold) {
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    guide(*a, 10);
    const QJsonObject refused = a->nextOfType(QStringLiteral("error"));
    EXPECT_EQ(str(refused, "code"), QStringLiteral("forbidden"));
    EXPECT_TRUE(collect(*b, QStringLiteral("guide.view"), 200).isEmpty());
    // A room not joined.
    a->send(omk::protocol::encode(omk::protocol::LookMarker{QStringLiteral("other"), 1, 2}));
    EXPECT_EQ(str(a->nextOfType(QStringLiteral("error")), "code"), QStringLiteral("not_joined"));

    // Markers: anyone's reach everyone; beyond the burst, refused with when to try again.
    for (int i = 0; i < ViewRelay::kMarkerBurst + 1; ++i)
        a->send(omk::protocol::encode(omk::protocol::LookMarker{kRoom, 20.0 + i, -5}));
    const auto markers = collect(*b, QStringLiteral("look.marker"), 500);
    ASSERT_EQ(markers.size(), ViewRelay::kMarkerBurst);
    EXPECT_DOUBLE_EQ(number(markers.first(), "yaw"), 20);
    EXPECT_EQ(markers.first().value(QStringLiteral("by")).toObject().value(QStringLiteral("name")),
              QStringLiteral("Ann"));
    const QJsonObject limited = a->nextOfType(QStringLiteral("error"));
    EXPECT_EQ(str(limited, "code"), QStringLiteral("rate_limited"));
    EXPECT_GT(num(limited, "retry_after_ms"), 0);

    // A guide's views beyond its rate are dropped, not refused: the next one says where it looks.
    auto g = moderator(QStringLiteral("u_guide"));
    for (int i = 0; i < 3 * ViewRelay::kGuidePerSecond; ++i) guide(*g, i);
    const auto views = collect(*b, QStringLiteral("guide.view"), 600);
    EXPECT_GE(views.size(), ViewRelay::kGuidePerSecond);
    EXPECT_LE(views.size(), ViewRelay::kGuidePerSecond + 7) << "a burst, then the rate";
    EXPECT_TRUE(collect(*g, QStringLiteral("error"), 100).isEmpty());
    // Turning it off always goes through.
    guide(*g, 0, 0, 90, false);
    const QJsonObject off = b->nextOfType(QStringLiteral("guide.view"));
    EXPECT_FALSE(off.value(QStringLiteral("on")).toBool(true));
}

TEST_F(GuideTest, TheLatestGuideWinsAndOnlyTheGuideEndsIt) {
    auto v = guest(QStringLiteral("Vera"));
    auto first = moderator(QStringLiteral("u_first"));
    auto second = moderator(QStringLiteral("u_second"));
    guide(*first, 10);
    ASSERT_FALSE(v->nextOfType(QStringLiteral("guide.view")).isEmpty());
    guide(*second, 20);
    const QJsonObject taken = v->nextOfType(QStringLiteral("guide.view"));
    EXPECT_EQ(taken.value(QStringLiteral("by")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("u_second"));
    // An "off" from anyone but the guide is dropped: the replaced guide's, an attendee's.
    guide(*first, 0, 0, 90, false);
    guide(*v, 0, 0, 90, false);
    EXPECT_TRUE(collect(*v, QStringLiteral("guide.view"), 300).isEmpty());
    EXPECT_TRUE(collect(*v, QStringLiteral("error"), 50).isEmpty()) << "not refused: dropped";
    // The replaced guide leaving ends nothing; the late joiner follows the second.
    first->send(omk::protocol::encode(omk::protocol::Leave{kRoom}));
    EXPECT_TRUE(collect(*v, QStringLiteral("guide.view"), 300).isEmpty());
    auto late = client(QStringLiteral("Late"));
    late->send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    const QJsonObject caught = late->nextOfType(QStringLiteral("guide.view"));
    EXPECT_DOUBLE_EQ(number(caught, "yaw"), 20);
}

// Another process's guide is remembered from the fan-out, and forgotten once it has gone quiet
// (its process died, its "off" was lost); this process's own frames coming back are skipped.
TEST(ViewRelayTest, AnotherProcesssGuideExpiresAndOwnFramesAreSkipped) {
    QByteArray published;
    ViewRelay here([&](const QByteArray& payload) { published = payload; });
    ViewRelay there;
    const omk::protocol::Actor by{QStringLiteral("u_g"), QStringLiteral("G"), Role::Moderator};
    ASSERT_TRUE(here.guide(QStringLiteral("s1"), by, {kRoom, true, 5, 6, 70}, 1000, 1000));
    ASSERT_FALSE(published.isEmpty());
    QString room;
    EXPECT_TRUE(here.received(published, &room, 1000).isEmpty()) << "its own, back";
    const QByteArray relayed = there.received(published, &room, 1000);
    EXPECT_EQ(room, kRoom);
    EXPECT_FALSE(relayed.isEmpty());
    EXPECT_EQ(there.current(kRoom, 1000 + ViewRelay::kRemoteGuideTtlMs), relayed);
    EXPECT_TRUE(there.current(kRoom, 1001 + ViewRelay::kRemoteGuideTtlMs).isEmpty());
    // This process's own guide does not expire: its session is here to end it.
    EXPECT_FALSE(here.current(kRoom, 1000000).isEmpty());
    EXPECT_TRUE(there.received("garbage", &room, 1000).isEmpty());
    EXPECT_TRUE(there.received("x {\"type\":\"chat.message\"}", &room, 1000).isEmpty());
}
