// Strict decoding of client frames and the wire forms of events.
#include "protocol/ChannelRoom.h"
#include "protocol/ClientMessage.h"
#include "protocol/Event.h"
#include "protocol/FieldReader.h"
#include "protocol/ServerMessage.h"

#include <gtest/gtest.h>

using namespace omk::protocol;

namespace {

omk::Expected<ClientMessage> decode(const char* json) {
    return decodeClientMessage(QByteArray(json));
}

std::string errorOf(const char* json) {
    auto m = decode(json);
    return m ? std::string("(decoded)") : m.error().message.toStdString();
}

}  // namespace

TEST(ProtocolDecodeTest, HelloNeedsAVersionAndOneWayToSignIn) {
    auto m = decode(R"({"v":1,"type":"hello","name":"  Alice "})");
    ASSERT_TRUE(m);
    const auto& h = std::get<Hello>(*m);
    EXPECT_EQ(h.name, QStringLiteral("Alice"));
    EXPECT_EQ(h.protocol, 1);
    EXPECT_EQ(std::get<Hello>(*decode(R"({"v":7,"type":"hello","token":"t"})")).protocol, 7);
    EXPECT_EQ(errorOf(R"({"type":"hello","name":"A"})"), "v: missing");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"hello"})"), "token: give exactly one of token or name");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"hello","name":"A","token":"t"})"),
              "token: give exactly one of token or name");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"hello","name":"   "})"), "name: empty");
    EXPECT_EQ(errorOf(R"({"v":1,"type":"hello","name":"a\u0007b"})"),
              "name: control characters are not allowed");
}

TEST(ProtocolDecodeTest, JoinWithResumePosition) {
    auto m = decode(R"({"type":"join","room":"main","since":41,"epoch":"abc"})");
    ASSERT_TRUE(m);
    const auto& j = std::get<Join>(*m);
    EXPECT_EQ(j.room, QStringLiteral("main"));
    EXPECT_EQ(j.since, 41);
    EXPECT_EQ(j.epoch, QStringLiteral("abc"));
    EXPECT_EQ(errorOf(R"({"type":"join","room":"main","since":1.5})"),
              "since: expected an integer");
    EXPECT_EQ(errorOf(R"({"type":"join","room":"main","since":-1})"),
              "since: out of range [0, 9223372036854775807]");
    EXPECT_EQ(errorOf(R"({"type":"join","room":""})"),
              "room: expected 1-64 printable ASCII characters");
    EXPECT_EQ(errorOf(R"({"type":"join"})"), "room: missing");
    EXPECT_EQ(errorOf(R"({"type":"join","room":"r","extra":1})"), "extra: unknown field");
    EXPECT_EQ(errorOf(R"({"v":2,"type":"join","room":"r"})"), "v: out of range [1, 1]");
}

TEST(ProtocolDecodeTest, SendsAreValidatedPerEventType) {
    auto m = decode(
        R"({"type":"chat.message","room":"r","cid":"c1","data":{"text":"hi","reply_to":3}})");
    ASSERT_TRUE(m);
    const auto& s = std::get<Send>(*m);
    EXPECT_EQ(s.type, EventType::ChatMessage);
    EXPECT_EQ(s.data.value(QStringLiteral("reply_to")).toInteger(), 3);
    EXPECT_EQ(errorOf(R"({"type":"chat.message","room":"r","cid":"c1","data":{"text":7}})"),
              "data.text: expected a string");
    EXPECT_EQ(errorOf(R"({"type":"chat.message","room":"r","data":{"text":"x"}})"), "cid: missing");
    EXPECT_EQ(errorOf(R"({"type":"chat.message","room":"r","cid":"c","data":[]})"),
              "data: expected an object");
    EXPECT_EQ(
        errorOf(R"({"type":"chat.message","room":"r","cid":"c","data":{"text":"x","html":"<b>"}})"),
        "data.html: unknown field");
    EXPECT_EQ(errorOf(R"({"type":"mod.timeout","room":"r","cid":"c","data":{"user":"u"}})"),
              "data.duration_ms: missing");
    EXPECT_EQ(
        errorOf(
            R"({"type":"playback.state","room":"r","cid":"c","data":{"media":"m","position_ms":1,"paused":"no"}})"),
        "data.paused: expected true or false");
    auto ban = decode(R"({"type":"mod.ban","room":"r","cid":"c","data":{"user":"u"}})");
    ASSERT_TRUE(ban);
    EXPECT_TRUE(std::get<Send>(*ban).data.value(QStringLiteral("banned")).toBool());
    auto pb = decode(
        R"({"type":"playback.state","room":"r","cid":"c","data":{"media":"m","position_ms":1,"paused":true}})");
    ASSERT_TRUE(pb);
    EXPECT_EQ(std::get<Send>(*pb).data.value(QStringLiteral("rate")).toDouble(), 1.0);
}

TEST(ProtocolDecodeTest, LimitsComeFromTheCaller) {
    DecodeLimits limits;
    limits.maxTextChars = 4;
    EXPECT_TRUE(decodeClientMessage(
        R"({"type":"chat.message","room":"r","cid":"c","data":{"text":"abcd"}})", limits));
    auto m = decodeClientMessage(
        R"({"type":"chat.message","room":"r","cid":"c","data":{"text":"abcde"}})", limits);
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().message, QStringLiteral("data.text: longer than 4 characters"));
}

TEST(ProtocolDecodeTest, GarbageIsAnErrorNotACrash) {
    auto m = decode("{nope");
    ASSERT_FALSE(m);
    EXPECT_TRUE(isNotJson(m.error()));
    m = decode("[42]");
    ASSERT_FALSE(m);
    EXPECT_FALSE(isNotJson(m.error()));
    EXPECT_EQ(errorOf(R"({"type":5})"), "type: expected a string");
    EXPECT_EQ(errorOf(R"({"type":"teleport"})"), "type: unknown message type");
    EXPECT_FALSE(decodeClientMessage(QByteArray("\xff\xfe\x00\x01", 4)));
    EXPECT_EQ(errorOf("[42]"), "expected a JSON object");
    EXPECT_EQ(errorOf(R"({"type":"time.ping","t0":1e400})").rfind("not JSON", 0), 0u);
}

TEST(ProtocolDecodeTest, EncodersRoundTrip) {
    const Send s{QStringLiteral("room"), QStringLiteral("cid-1"), EventType::ModSlowMode,
                 QJsonObject{{QStringLiteral("interval_ms"), 500}}};
    auto m = decodeClientMessage(encode(s));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(std::get<Send>(*m).data, s.data);
    Hello h;
    h.token = QStringLiteral("abc");
    EXPECT_EQ(std::get<Hello>(*decodeClientMessage(encode(h))).token, QStringLiteral("abc"));
    EXPECT_TRUE(std::holds_alternative<TimePing>(*decodeClientMessage(encode(TimePing{5}))));
    EXPECT_TRUE(std::holds_alternative<MembersList>(
        *decodeClientMessage(encode(MembersList{QStringLiteral("r"), 0, 10}))));
    EXPECT_TRUE(
        std::holds_alternative<Leave>(*decodeClientMessage(encode(Leave{QStringLiteral("r")}))));
}

TEST(ProtocolEventTest, WireFormRoundTrips) {
    Event e;
    e.room = QStringLiteral("main");
    e.seq = 7;
    e.id = QStringLiteral("01HZX");
    e.ts = 1700000000000;
    e.type = EventType::ChatMessage;
    e.actor = Actor{QStringLiteral("g_1"), QStringLiteral("Ann"), Role::Moderator};
    e.cid = QStringLiteral("c");
    e.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}};
    const auto o = eventToJson(e);
    EXPECT_EQ(o.value(QStringLiteral("v")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("type")).toString(), QStringLiteral("chat.message"));
    auto back = eventFromJson(o);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->seq, 7);
    EXPECT_EQ(back->actor.role, Role::Moderator);
    EXPECT_EQ(back->data, e.data);
    auto bad = o;
    bad.insert(QStringLiteral("seq"), QStringLiteral("7"));
    EXPECT_EQ(eventFromJson(bad).error().message, QStringLiteral("seq: expected an integer"));
}

TEST(ProtocolServerMessageTest, ErrorsCarryRetryAfterOnlyWhenSet) {
    auto o = toJson(ErrorMessage{QStringLiteral("rate_limited"), QStringLiteral("slow down"), 250,
                                 QStringLiteral("c1"), QStringLiteral("r")});
    EXPECT_EQ(o.value(QStringLiteral("retry_after_ms")).toInteger(), 250);
    o = toJson(ErrorMessage{QStringLiteral("forbidden"), QStringLiteral("no"), {}, {}, {}});
    EXPECT_FALSE(o.contains(QStringLiteral("retry_after_ms")));
    EXPECT_FALSE(o.contains(QStringLiteral("cid")));
}

// A channel named as people write it ("Saal 1", "会議室 3") has a chat room of its own, the same
// everywhere; a channel whose id is a room id is its own room.
TEST(ChannelRoom, AChannelsRoomIsAnIdentifierTheSameEverywhere) {
    using omk::protocol::roomOfChannel;
    EXPECT_EQ(roomOfChannel(QStringLiteral("main")), QStringLiteral("main"));
    EXPECT_EQ(roomOfChannel(QStringLiteral("Saal-1")), QStringLiteral("Saal-1"));
    const QString saal = roomOfChannel(QStringLiteral("Saal 1"));
    EXPECT_TRUE(saal.startsWith(QStringLiteral("Saal-1~"))) << saal.toStdString();
    EXPECT_EQ(saal, roomOfChannel(QStringLiteral("Saal 1")));
    EXPECT_NE(saal, roomOfChannel(QStringLiteral("Saal  1")));
    const QString japanese = roomOfChannel(QStringLiteral("会議室 3 国際交流センター"));
    EXPECT_TRUE(japanese.startsWith(QStringLiteral("3~"))) << japanese.toStdString();
    EXPECT_TRUE(roomOfChannel(QStringLiteral("会議室")).startsWith(QStringLiteral("room~")));
    // A room id is its own room: callers may pass either.
    EXPECT_EQ(roomOfChannel(saal), saal);
    for (const QString& id : {QStringLiteral("Saal 1"), QStringLiteral("会議室"),
                              QString(300, u'x'), QStringLiteral(" ")})
        EXPECT_TRUE(omk::protocol::isIdentifier(roomOfChannel(id))) << id.toStdString();
}

// Protocol 1.5: the guide's view and look-here markers, with their ranges.
TEST(ProtocolDecodeTest, GuideViewsAndMarkers) {
    const GuideView g{QStringLiteral("p-1"), true, -42.5, 10, 75};
    auto m = decodeClientMessage(encode(g));
    ASSERT_TRUE(m) << m.error().message.toStdString();
    const auto& dg = std::get<GuideView>(*m);
    EXPECT_TRUE(dg.on);
    EXPECT_DOUBLE_EQ(dg.yaw, -42.5);
    EXPECT_DOUBLE_EQ(dg.pitch, 10);
    EXPECT_DOUBLE_EQ(dg.fov, 75);
    // Off needs no direction.
    auto off = decode(R"({"v":1,"type":"guide.view","room":"r","on":false})");
    ASSERT_TRUE(off) << off.error().message.toStdString();
    EXPECT_FALSE(std::get<GuideView>(*off).on);
    EXPECT_NE(errorOf(R"({"v":1,"type":"guide.view","room":"r"})").find("yaw"), std::string::npos);
    EXPECT_NE(errorOf(R"({"v":1,"type":"guide.view","room":"r","yaw":181,"pitch":0,"fov":90})")
                  .find("yaw"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"v":1,"type":"guide.view","room":"r","yaw":0,"pitch":-91,"fov":90})")
                  .find("pitch"),
              std::string::npos);
    EXPECT_NE(
        errorOf(R"({"v":1,"type":"guide.view","room":"r","yaw":0,"pitch":0,"fov":0})").find("fov"),
        std::string::npos);
    EXPECT_NE(errorOf(R"({"v":1,"type":"guide.view","room":"r","yaw":0,"pitch":0,"fov":90,"x":1})")
                  .find("x: unknown field"),
              std::string::npos);

    auto mk = decodeClientMessage(encode(LookMarker{QStringLiteral("r"), 170, -80}));
    ASSERT_TRUE(mk) << mk.error().message.toStdString();
    EXPECT_DOUBLE_EQ(std::get<LookMarker>(*mk).yaw, 170);
    EXPECT_NE(errorOf(R"({"v":1,"type":"look.marker","room":"r","yaw":0})").find("pitch"),
              std::string::npos);
}
