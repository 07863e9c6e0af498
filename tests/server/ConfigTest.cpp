// Settings: file < environment < flags; bad values name the key.
#include "server/ServerCli.h"
#include "server/ServerConfig.h"

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
