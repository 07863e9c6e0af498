#include "preflight/Options.h"

#include <gtest/gtest.h>

namespace omk::preflight {
namespace {

QStringList split(const char* s) {
    return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

TEST(PreflightOptions, Durations) {
    EXPECT_DOUBLE_EQ(*parseSeconds(QStringLiteral("30")), 30.0);
    EXPECT_DOUBLE_EQ(*parseSeconds(QStringLiteral("2m")), 120.0);
    EXPECT_DOUBLE_EQ(*parseSeconds(QStringLiteral("500ms")), 0.5);
    EXPECT_FALSE(parseSeconds(QStringLiteral("soon")));
}

TEST(PreflightOptions, LoadTest) {
    auto o = parseLoadTestArgs(
        split("--server http://127.0.0.1:8480 --room main --clients 20 --duration 5s "
              "--chat-rate 100 --json --max-p99-ms 50"));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->run.server, QUrl(QStringLiteral("ws://127.0.0.1:8480/ws")));
    EXPECT_EQ(o->run.clients, 20);
    EXPECT_DOUBLE_EQ(o->run.durationS, 5.0);
    EXPECT_DOUBLE_EQ(o->run.chatRate, 100.0);
    EXPECT_TRUE(o->json);
    ASSERT_TRUE(o->run.maxP99Ms);
    EXPECT_DOUBLE_EQ(*o->run.maxP99Ms, 50.0);

    EXPECT_FALSE(parseLoadTestArgs(split("--room main --clients 2")));
    EXPECT_FALSE(parseLoadTestArgs(split("--server ftp://x --room main --clients 2")));
    EXPECT_FALSE(parseLoadTestArgs(split("--server ws://x/ws --room main --clients 0")));
    EXPECT_FALSE(parseLoadTestArgs(split("--server ws://x/ws --room main --clients 2 --bogus 1")));
    auto missing = parseLoadTestArgs(split("--server ws://x/ws --room"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("--room")));
}

TEST(PreflightOptions, Check) {
    auto o = parseCheckArgs(split("event.json --report r.json --timeout 5 --jobs 2 --json"));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->input, QStringLiteral("event.json"));
    EXPECT_EQ(o->report, QStringLiteral("r.json"));
    EXPECT_DOUBLE_EQ(o->timeoutS, 5.0);
    EXPECT_EQ(o->jobs, 2);
    EXPECT_TRUE(o->json);
    EXPECT_FALSE(parseCheckArgs(split("--json")));
    EXPECT_FALSE(parseCheckArgs(split("a.json b.json")));
    EXPECT_FALSE(parseCheckArgs(split("a.json --timeout 0")));
}

}  // namespace
}  // namespace omk::preflight
