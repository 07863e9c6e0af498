// Settings: file < environment < flags; bad values name the key.
#include "protocol/ChannelRoom.h"
#include "server/Fanout.h"
#include "server/ServerCli.h"
#include "server/ServerConfig.h"
#include "server/ServiceUrls.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace omk::server;

namespace {
QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content) {
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}
}  // namespace

TEST(ServerConfigTest, FileThenEnvironmentThenFlags) {
    QTemporaryDir dir;
    const QString secret = writeFile(dir, "secret", "0123456789abcdef0123456789abcdef\n");
    const QString file = writeFile(
        dir, "c.json",
        QStringLiteral(
            R"({"port": 9000, "db": "a.db", "max_frame_bytes": 4096, "jwt_secret_file": "%1"})")
            .arg(secret)
            .toUtf8());
    QProcessEnvironment env;
    env.insert(QStringLiteral("OMNIKAST_SERVER_PORT"), QStringLiteral("9001"));
    env.insert(QStringLiteral("OMNIKAST_SERVER_DB"), QStringLiteral("b.db"));
    auto c = loadServerConfig(file, env, {{QStringLiteral("port"), QStringLiteral("9002")}});
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->port, 9002);
    EXPECT_EQ(c->db, QStringLiteral("b.db"));
    EXPECT_EQ(c->maxFrameBytes, 4096);
    EXPECT_EQ(c->jwtSecret, QByteArray("0123456789abcdef0123456789abcdef"));
    EXPECT_TRUE(requireSecret(*c));
}

TEST(ServerConfigTest, BadValuesAndUnknownKeysAreNamed) {
    QTemporaryDir dir;
    auto c = loadServerConfig(writeFile(dir, "c.json", R"({"prot": 1})"), {}, {});
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("prot")))
        << c.error().message.toStdString();
    QProcessEnvironment env;
    env.insert(QStringLiteral("OMNIKAST_SERVER_PORT"), QStringLiteral("http"));
    c = loadServerConfig({}, env, {});
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("OMNIKAST_SERVER_PORT")));
    c = loadServerConfig(writeFile(dir, "bad.json", "{"), {}, {});
    EXPECT_FALSE(c);
    c = loadServerConfig({}, {}, {});
    ASSERT_TRUE(c);
    EXPECT_FALSE(requireSecret(*c));
    ServerConfig shortSecret;
    shortSecret.jwtSecret = "short";
    EXPECT_FALSE(requireSecret(shortSecret));
}

TEST(ServerConfigTest, DeliveryThreadsComeFromTheEnvironmentAndAreBounded) {
    auto c = loadServerConfig({}, {}, {});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->deliveryThreads, 0) << "off unless asked for";
    QProcessEnvironment env;
    env.insert(QStringLiteral("OMNIKAST_SERVER_DELIVERY_THREADS"), QStringLiteral("4"));
    c = loadServerConfig({}, env, {});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->deliveryThreads, 4);
    env.insert(QStringLiteral("OMNIKAST_SERVER_DELIVERY_THREADS"), QStringLiteral("0"));
    c = loadServerConfig({}, env, {});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->deliveryThreads, 0);
    env.insert(QStringLiteral("OMNIKAST_SERVER_DELIVERY_THREADS"), QStringLiteral("65"));
    c = loadServerConfig({}, env, {});
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("DELIVERY_THREADS")))
        << c.error().message.toStdString();
}

TEST(ServerCliTest, ParsesCommandsAndRefusesBadFlags) {
    auto a = parseServerArgs({QStringLiteral("--port"), QStringLiteral("80")});
    ASSERT_TRUE(a);
    EXPECT_EQ(a->command, ServerArgs::Command::Serve);
    EXPECT_EQ(a->overrides.value(QStringLiteral("port")), QStringLiteral("80"));
    a = parseServerArgs({QStringLiteral("invite"), QStringLiteral("--role"),
                         QStringLiteral("moderator"), QStringLiteral("--room"), QStringLiteral("R"),
                         QStringLiteral("--ttl"), QStringLiteral("2h")});
    ASSERT_TRUE(a);
    EXPECT_EQ(a->command, ServerArgs::Command::Invite);
    EXPECT_EQ(a->room, QStringLiteral("R"));
    // A channel named as frab names rooms stands for its room (protocol/ChannelRoom).
    a = parseServerArgs({QStringLiteral("invite"), QStringLiteral("--role"),
                         QStringLiteral("moderator"), QStringLiteral("--room"),
                         QStringLiteral("Saal 1")});
    ASSERT_TRUE(a);
    EXPECT_EQ(a->room, omk::protocol::roomOfChannel(QStringLiteral("Saal 1")));
    EXPECT_FALSE(parseServerArgs({QStringLiteral("invite"), QStringLiteral("--role"),
                                  QStringLiteral("moderator"), QStringLiteral("--room"),
                                  QStringLiteral(" ")}));
    EXPECT_FALSE(parseServerArgs({QStringLiteral("invite"), QStringLiteral("--role"),
                                  QStringLiteral("moderator")}));  // no room
    EXPECT_FALSE(
        parseServerArgs({QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("king"),
                         QStringLiteral("--room"), QStringLiteral("R")}));
    EXPECT_FALSE(parseServerArgs({QStringLiteral("--bogus"), QStringLiteral("1")}));
    EXPECT_FALSE(parseServerArgs({QStringLiteral("--port")}));
    EXPECT_FALSE(parseServerArgs({QStringLiteral("explode")}));
    EXPECT_EQ(parseServerArgs({QStringLiteral("--help")})->command, ServerArgs::Command::Help);
}

TEST(ServerConfigTest, ScaleOutKeysComeFromFileEnvironmentAndFlags) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("OMNIKAST_SERVER_STORE"), QStringLiteral("postgres"));
    env.insert(QStringLiteral("OMNIKAST_SERVER_POSTGRES"),
               QStringLiteral("postgresql://omk:pw@db.internal:5433/omnikast?sslmode=require"));
    auto c = loadServerConfig({}, env,
                              {{QStringLiteral("fanout"), QStringLiteral("redis")},
                               {QStringLiteral("redis"), QStringLiteral("redis://cache:6380")},
                               {QStringLiteral("catchup_interval_ms"), QStringLiteral("250")}});
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->store, ServerConfig::Store::Postgres);
    EXPECT_EQ(c->fanout, ServerConfig::Fanout::Redis);
    EXPECT_EQ(c->catchupIntervalMs, 250);
    EXPECT_EQ(c->fanoutChannel, QStringLiteral("omnikast_events"));

    auto flags = parseServerArgs({QStringLiteral("--store"), QStringLiteral("postgres"),
                                  QStringLiteral("--postgres"), QStringLiteral("postgres:///x"),
                                  QStringLiteral("--fanout"), QStringLiteral("postgres")});
    ASSERT_TRUE(flags);
    EXPECT_EQ(flags->overrides.value(QStringLiteral("fanout")), QStringLiteral("postgres"));
}

TEST(ServerConfigTest, ScaleOutSettingsThatCannotWorkAreRefused) {
    QProcessEnvironment env;
    auto c = loadServerConfig({}, env, {{QStringLiteral("store"), QStringLiteral("postgres")}});
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("postgres")));
    c = loadServerConfig({}, env,
                         {{QStringLiteral("fanout"), QStringLiteral("redis")},
                          {QStringLiteral("redis"), QStringLiteral("redis://h")}});
    ASSERT_FALSE(c);  // a fan-out over a per-process SQLite file shares nothing
    c = loadServerConfig({}, env, {{QStringLiteral("store"), QStringLiteral("mysql")}});
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("store")));
    c = loadServerConfig({}, env, {{QStringLiteral("redis"), QStringLiteral("http://h")}});
    ASSERT_FALSE(c);
    c = loadServerConfig({}, env, {{QStringLiteral("postgres"), QStringLiteral("postgresql://h")}});
    ASSERT_FALSE(c);  // no database named
    c = loadServerConfig({}, env, {{QStringLiteral("fanout_channel"), QStringLiteral("a;drop")}});
    ASSERT_FALSE(c);
}

TEST(ServiceUrlsTest, PostgresUrlsMapToLibpqParameters) {
    auto p = parsePostgresUrl(QStringLiteral(
        "postgresql://omk:p%40ss@db.internal:5433/omnikast?sslmode=require&connect_timeout=3"));
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p->host, QStringLiteral("db.internal"));
    EXPECT_EQ(p->port, 5433);
    EXPECT_EQ(p->user, QStringLiteral("omk"));
    EXPECT_EQ(p->password, QStringLiteral("p@ss"));
    EXPECT_EQ(p->database, QStringLiteral("omnikast"));
    EXPECT_EQ(p->options, QStringLiteral("sslmode='require' connect_timeout='3'"));

    p = parsePostgresUrl(QStringLiteral("postgres:///omnikast?host=/run/postgresql"));
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p->host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(p->port, -1);
    EXPECT_TRUE(p->options.isEmpty());

    EXPECT_FALSE(parsePostgresUrl(QStringLiteral("mysql://h/db")));
    EXPECT_FALSE(parsePostgresUrl(QStringLiteral("postgresql://h/db?bad%20key=1")));
}

TEST(ServiceUrlsTest, RedisUrlsGiveHostPortAndPassword) {
    auto r = parseRedisUrl(QStringLiteral("redis://:secret@cache.internal:6380/0"));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->host, QStringLiteral("cache.internal"));
    EXPECT_EQ(r->port, 6380);
    EXPECT_EQ(r->password, QStringLiteral("secret"));
    r = parseRedisUrl(QStringLiteral("redis://127.0.0.1"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->port, 6379);
    EXPECT_FALSE(parseRedisUrl(QStringLiteral("redis://")));
}

TEST(FanoutNoticeTest, NoticesCarryRoomAndSeq) {
    QString room;
    qint64 seq = 0;
    ASSERT_TRUE(decodeNotice(encodeNotice(QStringLiteral("main hall"), 42), &room, &seq));
    EXPECT_EQ(room, QStringLiteral("main hall"));
    EXPECT_EQ(seq, 42);
    EXPECT_FALSE(decodeNotice("x main", &room, &seq));
    EXPECT_FALSE(decodeNotice("42", &room, &seq));
    EXPECT_FALSE(decodeNotice("0 main", &room, &seq));
}

TEST(ServerConfigTest, TheSchedulesUrlIsHttpOrHttpsAndItsPollPeriodBounded) {
    auto c = loadServerConfig({}, {},
                              {{QStringLiteral("schedule_url"),
                                QStringLiteral("https://pretalx.example/con/schedule.xml")},
                               {QStringLiteral("schedule_poll_minutes"), QStringLiteral("0")}});
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->scheduleUrl, QStringLiteral("https://pretalx.example/con/schedule.xml"));
    EXPECT_EQ(c->schedulePollMinutes, 0);
    EXPECT_EQ(loadServerConfig({}, {}, {})->schedulePollMinutes, 5);
    for (const char* bad : {"ftp://example.org/s.xml", "schedule.xml", "https://"}) {
        auto refused =
            loadServerConfig({}, {}, {{QStringLiteral("schedule_url"), QLatin1String(bad)}});
        ASSERT_FALSE(refused) << bad;
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("schedule_url")))
            << refused.error().message.toStdString();
    }
    EXPECT_FALSE(loadServerConfig(
        {}, {}, {{QStringLiteral("schedule_poll_minutes"), QStringLiteral("-1")}}));
}
