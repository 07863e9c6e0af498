// The client's strict decoder for server frames: every server encoder round-trips, and a
// malformed frame is an error naming the field.
#include "protocol/ServerDecoder.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace omk::protocol;

namespace {

omk::Expected<ServerMessage> decodeObject(const QJsonObject& o) {
    return decodeServerMessage(toFrame(o));
}

std::string errorOf(const char* json) {
    auto m = decodeServerMessage(QByteArray(json));
    return m ? std::string("(decoded)") : m.error().message.toStdString();
}

Event chat(qint64 seq, const QString& text) {
    Event e;
    e.room = QStringLiteral("main");
    e.seq = seq;
    e.id = QStringLiteral("01HF7Y3K5T9Q2W8E4R6T1Y3U5%1").arg(seq);
    e.ts = 1700000000000 + seq;
    e.actor = {QStringLiteral("g_1"), QStringLiteral("Alice"), Role::Attendee};
    e.cid = QStringLiteral("c-%1").arg(seq);
    e.data = QJsonObject{{QStringLiteral("text"), text}};
    return e;
}

}  // namespace

TEST(ServerDecoderTest, EveryServerEncoderRoundTrips) {
    Welcome w;
    w.session = QStringLiteral("s1");
    w.user = {QStringLiteral("u_mod"), QStringLiteral("Mod"), Role::Moderator};
    w.roleRoom = QStringLiteral("main");
    w.token = QStringLiteral("tok");
    w.serverTime = 1700000000123;
    w.heartbeatMs = 3000;
    w.limits = QJsonObject{{QStringLiteral("max_text_chars"), 2000}};
    auto m = decodeObject(toJson(w));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    const auto& dw = std::get<Welcome>(*m);
    EXPECT_EQ(dw.user.role, Role::Moderator);
    EXPECT_EQ(dw.roleRoom, QStringLiteral("main"));
    EXPECT_EQ(dw.heartbeatMs, 3000);

    Joined j;
    j.room = QStringLiteral("main");
    j.epoch = QStringLiteral("ep");
    j.head = 3;
    j.recovered = true;
    j.events = QJsonArray{eventToJson(chat(2, QStringLiteral("a"))),
                          eventToJson(chat(3, QStringLiteral("b")))};
    j.viewers = 4;
    m = decodeObject(toJson(j));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    const auto& dj = std::get<JoinedMessage>(*m);
    ASSERT_EQ(dj.events.size(), 2);
    EXPECT_EQ(dj.events[1].data.value(QStringLiteral("text")).toString(), QStringLiteral("b"));
    EXPECT_EQ(dj.header.viewers, 4);

    Ack a{QStringLiteral("main"), QStringLiteral("c-1"), 7, QStringLiteral("01X"), 5, true};
    m = decodeObject(toJson(a));
    ASSERT_TRUE(m);
    EXPECT_TRUE(std::get<Ack>(*m).duplicate);
    EXPECT_EQ(std::get<Ack>(*m).seq, 7);

    ErrorMessage e{QStringLiteral("slow_mode"), QStringLiteral("wait"), 3120, QStringLiteral("c-2"),
                   QStringLiteral("main")};
    m = decodeObject(toJson(e));
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<ErrorMessage>(*m).retryAfterMs, 3120);
    EXPECT_EQ(std::get<ErrorMessage>(*m).cid, QStringLiteral("c-2"));

    m = decodeObject(presenceMessage(QStringLiteral("main"), 17));
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<Presence>(*m).viewers, 17);
    m = decodeObject(membersMessage(
        QStringLiteral("main"), 1, 0,
        QJsonArray{actorToJson({QStringLiteral("g_1"), QStringLiteral("A"), Role::Admin})}));
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<Members>(*m).members.at(0).role, Role::Admin);
    m = decodeObject(timePongMessage(12.5, 99));
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(std::get<TimePong>(*m).t0, 12.5);
    EXPECT_TRUE(std::holds_alternative<Pong>(*decodeObject(pongMessage(5))));
    EXPECT_TRUE(std::holds_alternative<Left>(*decodeObject(leftMessage(QStringLiteral("main")))));
    m = decodeObject(eventToJson(chat(1, QStringLiteral("hi"))));
    ASSERT_TRUE(m);
    EXPECT_EQ(std::get<Event>(*m).seq, 1);
    const CatalogChanged c{7, QStringLiteral("\"7-x\""),
                           QJsonObject{{QStringLiteral("event"), true}}};
    m = decodeObject(toJson(c));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(std::get<CatalogChanged>(*m).version, 7);
    EXPECT_EQ(std::get<CatalogChanged>(*m).changes, c.changes);
    OnAirMessage board;
    board.full = true;
    board.channels.insert(QStringLiteral("main"), OnAirEntry{QStringLiteral("s1"), 1700000000123});
    board.channels.insert(QStringLiteral("dome"), OnAirEntry{});
    m = decodeObject(toJson(board));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_TRUE(std::get<OnAirMessage>(*m).full);
    EXPECT_EQ(std::get<OnAirMessage>(*m).channels, board.channels);
    const Announcement ann{QStringLiteral("01J0000000000000000000000A"),
                           QStringLiteral("Lunch is served"), QStringLiteral("dome"), 1700000000000,
                           QStringLiteral("Ada")};
    m = decodeObject(toJson(ann));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(std::get<Announcement>(*m), ann);
    const RoomRole role{QStringLiteral("main"), Role::Moderator};
    m = decodeObject(toJson(role));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(std::get<RoomRole>(*m), role);
    EXPECT_EQ(errorOf(R"({"v":1,"type":"role","room":"main","role":"boss"})"),
              "role: unknown role \"boss\"");
}

TEST(ServerDecoderTest, MalformedFramesNameTheField) {
    EXPECT_EQ(errorOf("nope").rfind("not JSON", 0), 0u);
    EXPECT_EQ(errorOf("[]"), "expected a JSON object");
    EXPECT_EQ(errorOf(R"({"type":"ack"})"), "v: missing");
    EXPECT_EQ(errorOf(R"({"v":2,"type":"ack"})"), "v: out of range [1, 1]");
    // A type of a newer minor version is told apart from garbage: the client skips it.
    const auto newer = decodeServerMessage(R"({"v":1,"type":"poll.opened","room":"main"})");
    ASSERT_TRUE(newer) << newer.error().message.toStdString();
    EXPECT_EQ(std::get<UnknownMessage>(*newer).type, QStringLiteral("poll.opened"));
    EXPECT_EQ(errorOf(R"({"v":1,"type":"no such"})"), "type: unknown message type");
    EXPECT_EQ(errorOf(R"({"v":1,"type":7})"), "type: expected a string");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"ack","room":"main","cid":"c","seq":0,"id":"x","ts":1})"),
              "seq: out of range [1, 9223372036854775807]");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"presence","room":"main","viewers":1,"extra":1})"),
              "extra: unknown field");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"error","code":"x","message":"m","retry_after_ms":"3"})"),
              "retry_after_ms: expected an integer");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"members","room":"r","total":1,"offset":0,
                         "members":[{"id":"a","name":"A","role":"king"}]})"),
              "members[0].role: unknown role");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"chat.message","room":"r","seq":1,"id":"i","ts":1,
                   "actor":{"id":"a","name":"A","role":"attendee"},"data":{"text":""}})"),
              "data.text: empty");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"joined","room":"r","epoch":"e","head":1,
                         "recovered":false,"events":[],"viewers":1})"),
              "snapshot: missing (not recovered)");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"joined","room":"r","epoch":"e","head":1,
                         "recovered":true,"events":{},"viewers":1})"),
              "events: expected an array");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"catalog.changed","version":0,"etag":"e"})"),
              "version: out of range [1, 9223372036854775807]");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"catalog.changed","version":2})"), "etag: missing");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"onair","full":false,"channels":{"main":{"session":""}}})"),
              "channels.main.since: missing");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"onair","full":false,"channels":{"main":3}})"),
              "channels.main: expected an object or null");
}

TEST(ServerDecoderTest, JoinedReplayMustBeConsecutiveAndWithinHead) {
    Joined j;
    j.room = QStringLiteral("main");
    j.epoch = QStringLiteral("ep");
    j.head = 5;
    j.recovered = true;
    j.events = QJsonArray{eventToJson(chat(2, QStringLiteral("a"))),
                          eventToJson(chat(4, QStringLiteral("b")))};
    auto m = decodeObject(toJson(j));
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().message, QStringLiteral("events[1].seq: not consecutive"));
    j.events = QJsonArray{eventToJson(chat(6, QStringLiteral("a")))};
    m = decodeObject(toJson(j));
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().message, QStringLiteral("events[0].seq: beyond head"));
}

TEST(ServerDecoderTest, GuideViewsAndMarkersRoundTrip) {
    GuideViewMessage g;
    g.room = QStringLiteral("p-1");
    g.by = {QStringLiteral("a_host"), QStringLiteral("Host"), Role::Moderator};
    g.yaw = 12.5;
    g.pitch = -3;
    g.fov = 70;
    g.at = 1700000000123;
    auto m = decodeObject(toJson(g));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    const auto& dg = std::get<GuideViewMessage>(*m);
    EXPECT_EQ(dg.by.name, QStringLiteral("Host"));
    EXPECT_DOUBLE_EQ(dg.yaw, 12.5);
    EXPECT_EQ(dg.at, 1700000000123);
    g.on = false;
    const QJsonObject off = toJson(g);
    EXPECT_FALSE(off.contains(QStringLiteral("yaw")));
    m = decodeObject(off);
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_FALSE(std::get<GuideViewMessage>(*m).on);

    LookMarkerMessage l;
    l.room = QStringLiteral("main");
    l.by = {QStringLiteral("g_1"), QStringLiteral("Ann"), Role::Attendee};
    l.yaw = -170;
    l.pitch = 45;
    l.at = 5;
    m = decodeObject(toJson(l));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_DOUBLE_EQ(std::get<LookMarkerMessage>(*m).pitch, 45);
    EXPECT_NE(errorOf(R"({"v":1,"type":"look.marker","room":"main","yaw":1,"pitch":2,"at":1})")
                  .find("by"),
              std::string::npos);
}
