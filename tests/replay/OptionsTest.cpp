// The record/replay argument parsers: the server URL forms, required options, value checks.
#include "replay/Options.h"

#include <gtest/gtest.h>

using namespace omk::replay;

TEST(ReplayOptions, ServerUrlFromWsOrHttpBase) {
    EXPECT_EQ(webSocketUrl(QStringLiteral("ws://h:1/ws"))->toString(),
              QStringLiteral("ws://h:1/ws"));
    EXPECT_EQ(webSocketUrl(QStringLiteral("http://h:8080"))->toString(),
              QStringLiteral("ws://h:8080/ws"));
    EXPECT_EQ(webSocketUrl(QStringLiteral("https://example.org/omnikast/"))->toString(),
              QStringLiteral("wss://example.org/omnikast/ws"));
    EXPECT_FALSE(webSocketUrl(QStringLiteral("ftp://h")));
    EXPECT_FALSE(webSocketUrl(QStringLiteral("not a url")));
}

TEST(ReplayOptions, RecordNeedsServerRoomAndOutput) {
    auto ok = parseRecordArgs({"--server", "http://h:1", "--room", "main", "-o", "f.okrec",
                               "--duration", "2.5", "--token", "T", "--json"});
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_DOUBLE_EQ(ok->duration, 2.5);
    EXPECT_EQ(ok->token, QStringLiteral("T"));
    EXPECT_TRUE(ok->json);
    EXPECT_FALSE(parseRecordArgs({"--room", "main", "-o", "f"}));
    EXPECT_FALSE(parseRecordArgs({"--server", "ws://h/ws", "-o", "f"}));
    EXPECT_FALSE(parseRecordArgs({"--server", "ws://h/ws", "--room", "main"}));
    EXPECT_FALSE(
        parseRecordArgs({"--server", "ws://h/ws", "--room", "main", "-o", "f", "--duration", "0"}));
    EXPECT_FALSE(parseRecordArgs({"--server"}));
}

TEST(ReplayOptions, ReplayChecksItsOptions) {
    auto ok =
        parseReplayArgs({"rec", "--headless", "--report", "r.json", "--speed", "1", "--snapshots",
                         "d", "--every", "0.5", "--fps", "25", "--size", "320x160"});
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_TRUE(ok->paced);
    EXPECT_DOUBLE_EQ(ok->every, 0.5);
    EXPECT_DOUBLE_EQ(ok->fps, 25);
    EXPECT_EQ(ok->size, QSize(320, 160));
    EXPECT_FALSE(parseReplayArgs({"rec", "--report", "r.json"}));              // not headless
    EXPECT_FALSE(parseReplayArgs({"--headless", "--report", "r.json"}));       // no file
    EXPECT_FALSE(parseReplayArgs({"a", "b", "--headless", "--report", "r"}));  // two files
    EXPECT_FALSE(parseReplayArgs({"rec", "--headless"}));                      // no report
    EXPECT_FALSE(parseReplayArgs({"rec", "--headless", "--report", "r", "--fps", "1000"}));
    EXPECT_FALSE(parseReplayArgs({"rec", "--headless", "--report", "r", "--snapshots", "d"}));
    EXPECT_FALSE(parseReplayArgs({"rec", "--headless", "--report", "r", "--size", "0x0"}));
}
