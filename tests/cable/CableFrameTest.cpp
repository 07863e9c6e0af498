// The ActionCable frame parser: every frame kind Rails sends, and garbage.
#include "cable/CableFrame.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QJsonArray>

using namespace omk::cable;
using ::testing::HasSubstr;

namespace {
const QString kId = QStringLiteral(R"({"channel":"OnAirChannel","eventAbbr":"cndt2026"})");
}

TEST(CableFrame, Welcome) {
    auto f = parseCableFrame(R"({"type":"welcome"})");
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(f->type, FrameType::Welcome);
}

TEST(CableFrame, PingCarriesTheServerClock) {
    auto f = parseCableFrame(R"({"type":"ping","message":1773100000})");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->type, FrameType::Ping);
    EXPECT_EQ(f->message.toInteger(), 1773100000);
}

TEST(CableFrame, ConfirmAndRejectNameTheirSubscription) {
    auto c = parseCableFrame(
        R"({"identifier":"{\"channel\":\"OnAirChannel\",\"eventAbbr\":\"cndt2026\"}","type":"confirm_subscription"})");
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->type, FrameType::Confirm);
    EXPECT_EQ(c->identifier, kId);
    auto r =
        parseCableFrame(R"({"identifier":"{\"channel\":\"X\"}","type":"reject_subscription"})");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, FrameType::Reject);
    EXPECT_EQ(r->identifier, QStringLiteral(R"({"channel":"X"})"));
}

TEST(CableFrame, DisconnectWithAndWithoutReconnect) {
    auto a = parseCableFrame(R"({"type":"disconnect","reason":"server_restart","reconnect":true})");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->type, FrameType::Disconnect);
    EXPECT_EQ(a->reason, QStringLiteral("server_restart"));
    EXPECT_TRUE(a->reconnect);
    auto b = parseCableFrame(R"({"type":"disconnect","reason":"unauthorized"})");
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->reconnect);  // as Rails' client reads a missing flag
}

TEST(CableFrame, MessageCarriesAnyJson) {
    auto f = parseCableFrame(R"({"identifier":"{\"channel\":\"X\"}","message":{"1":{"id":2}}})");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->type, FrameType::Message);
    EXPECT_EQ(f->message.toObject().value("1").toObject().value("id").toInt(), 2);
    auto n = parseCableFrame(R"({"identifier":"{\"channel\":\"X\"}","message":null})");
    ASSERT_TRUE(n);
    EXPECT_TRUE(n->message.isNull());
}

TEST(CableFrame, GarbageIsAnErrorNamingTheProblem) {
    const std::pair<QByteArray, const char*> cases[] = {
        {"", "not JSON"},
        {"{\"type\":\"welc", "not JSON"},
        {"[1,2]", "not a JSON object"},
        {"\"welcome\"", "not JSON"},
        {R"({"type":7})", "type is not a string"},
        {R"({"type":"pong"})", "unknown frame type \"pong\""},
        {R"({"type":"confirm_subscription"})", "without an identifier"},
        {R"({"type":"reject_subscription","identifier":3})", "identifier is not a string"},
        {R"({"type":"confirm_subscription","identifier":""})", "empty identifier"},
        {R"({"type":"disconnect","reconnect":"yes"})", "reconnect is not a boolean"},
        {R"({"type":"disconnect","reason":[]})", "reason is not a string"},
        {R"({"identifier":"{}"})", "neither a type nor a message"},
        {R"({"message":{}})", "without an identifier"},
        {"\xff\xfe{}", "not JSON"},
    };
    for (const auto& [text, expected] : cases) {
        auto f = parseCableFrame(text);
        ASSERT_FALSE(f) << text.toStdString();
        EXPECT_THAT(f.error().message.toStdString(), HasSubstr(expected)) << text.toStdString();
    }
    auto huge = parseCableFrame(QByteArray(kMaxFrameBytes + 1, ' '));
    ASSERT_FALSE(huge);
    EXPECT_THAT(huge.error().message.toStdString(), HasSubstr("larger than"));
}

TEST(CableFrame, IdentifiersAsTheJsClientWritesThem) {
    EXPECT_EQ(
        channelIdentifier(QStringLiteral("OnAirChannel"),
                          QJsonObject{{QStringLiteral("eventAbbr"), QStringLiteral("cndt2026")}}),
        kId);
    // "channel" first even where sorting would put it later.
    EXPECT_EQ(
        channelIdentifier(QStringLiteral("ChatChannel"),
                          QJsonObject{{QStringLiteral("roomId"), 3}, {QStringLiteral("aa"), true}}),
        QStringLiteral(R"({"channel":"ChatChannel","aa":true,"roomId":3})"));
    EXPECT_EQ(channelIdentifier(QStringLiteral("TrackChannel")),
              QStringLiteral(R"({"channel":"TrackChannel"})"));
    EXPECT_TRUE(sameIdentifier(
        kId, QStringLiteral(R"({ "eventAbbr": "cndt2026", "channel": "OnAirChannel" })")));
    EXPECT_FALSE(
        sameIdentifier(kId, QStringLiteral(R"({"channel":"OnAirChannel","eventAbbr":"x"})")));
    EXPECT_FALSE(sameIdentifier(QStringLiteral("not json"), QStringLiteral("not json ")));
    EXPECT_EQ(
        commandFrame(QStringLiteral("subscribe"), kId),
        QByteArray(
            R"({"command":"subscribe","identifier":"{\"channel\":\"OnAirChannel\",\"eventAbbr\":\"cndt2026\"}"})"));
}
