// Sign-in over a real WebSocket: guests, invites, roles, and every kind of bad token.
#include "support/ServerTestSupport.h"

#include "protocol/ErrorCodes.h"
#include "server/Jwt.h"
#include "server/ServerCli.h"

#include <QDateTime>

using namespace omk::server;
using namespace omk::server::test;

namespace {

QByteArray b64(const QByteArray& s) {
    return s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

qint64 nowS() {
    return QDateTime::currentSecsSinceEpoch();
}

TokenClaims moderatorOf(const QString& room) {
    TokenClaims c;
    c.subject = QStringLiteral("u_mod1");
    c.name = QStringLiteral("Mod");
    c.role = omk::protocol::Role::Moderator;
    c.room = room;
    c.issuedAt = nowS();
    c.expiresAt = nowS() + 3600;
    return c;
}

class AuthTest : public ServerTest {
protected:
    void expectRefused(const QString& token, const char* code) {
        WsClient c(port);
        ASSERT_TRUE(c.connected());
        const auto reply = c.helloToken(token);
        EXPECT_EQ(str(reply, "type"), QStringLiteral("error"));
        EXPECT_EQ(str(reply, "code"), QLatin1String(code));
        EXPECT_TRUE(c.waitClosed());
        EXPECT_EQ(c.closeCode(), omk::protocol::close::kAuthFailed);
    }
};

}  // namespace

TEST_F(AuthTest, GuestGetsAttendeeTokenThatSignsInAsTheSameUser) {
    start();
    WsClient a(port);
    const auto w = a.hello(QStringLiteral("Alice"));
    EXPECT_EQ(num(w, "protocol"), 1);
    EXPECT_EQ(num(w, "v"), 1);
    const auto user = w.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(str(user, "role"), QStringLiteral("attendee"));
    EXPECT_EQ(str(user, "name"), QStringLiteral("Alice"));
    EXPECT_TRUE(str(user, "id").startsWith(QStringLiteral("g_")));
    const QString token = str(w, "token");
    ASSERT_FALSE(token.isEmpty());

    WsClient again(port);
    const auto w2 = again.helloToken(token);
    ASSERT_EQ(str(w2, "type"), QStringLiteral("welcome"));
    EXPECT_EQ(str(w2.value(QStringLiteral("user")).toObject(), "id"), str(user, "id"));
}

TEST_F(AuthTest, InviteTokenSignsInAsModeratorOfItsRoomOnly) {
    start();
    ServerArgs args;
    args.command = ServerArgs::Command::Invite;
    args.role = omk::protocol::Role::Moderator;
    args.room = QStringLiteral("main");
    args.name = QStringLiteral("Mia");
    auto token = makeInvite(args, config, nowS());
    ASSERT_TRUE(token) << token.error().message.toStdString();

    WsClient m(port);
    const auto w = m.helloToken(*token);
    ASSERT_EQ(str(w, "type"), QStringLiteral("welcome"));
    EXPECT_EQ(str(w.value(QStringLiteral("user")).toObject(), "role"), QStringLiteral("moderator"));
    EXPECT_EQ(str(w, "role_room"), QStringLiteral("main"));
    m.join(QStringLiteral("main"));
    m.join(QStringLiteral("other"));
    // Moderator in "main", an attendee in "other".
    const auto ok = m.sendEvent(QStringLiteral("main"), QStringLiteral("c1"),
                                omk::protocol::EventType::ModSlowMode,
                                QJsonObject{{QStringLiteral("interval_ms"), 0}});
    EXPECT_EQ(str(ok, "type"), QStringLiteral("ack"));
    const auto refused = m.sendEvent(QStringLiteral("other"), QStringLiteral("c2"),
                                     omk::protocol::EventType::ModSlowMode,
                                     QJsonObject{{QStringLiteral("interval_ms"), 0}});
    EXPECT_EQ(str(refused, "code"), QStringLiteral("forbidden"));
}

TEST_F(AuthTest, ForgedTokenIsRefused) {
    start();
    auto forged = Jwt(QByteArrayLiteral("another-secret-another-secret-another-secret"))
                      .sign(moderatorOf(QStringLiteral("main")));
    ASSERT_TRUE(forged);
    expectRefused(*forged, "auth_invalid");
}

TEST_F(AuthTest, TamperedPayloadIsRefused) {
    start();
    auto real = Jwt(kSecret).sign(moderatorOf(QStringLiteral("main")));
    ASSERT_TRUE(real);
    auto parts = real->toLatin1().split('.');
    QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    payload.replace("moderator", "admin");
    parts[1] = b64(payload);
    expectRefused(QString::fromLatin1(parts.join('.')), "auth_invalid");
}

TEST_F(AuthTest, ExpiredTokenIsRefused) {
    start();
    auto c = moderatorOf(QStringLiteral("main"));
    c.issuedAt = nowS() - 7200;
    c.expiresAt = nowS() - 10;
    auto expired = Jwt(kSecret).sign(c);
    ASSERT_TRUE(expired);
    expectRefused(*expired, "token_expired");
}

TEST_F(AuthTest, AlgNoneTokenIsRefused) {
    start();
    const QByteArray header = b64(R"({"alg":"none","typ":"JWT"})");
    const QByteArray payload =
        b64(QStringLiteral(R"({"iss":"omnikast-server","sub":"u_x","name":"X",)"
                           R"("role":"admin","room":"*","iat":%1,"exp":%2})")
                .arg(nowS())
                .arg(nowS() + 3600)
                .toLatin1());
    expectRefused(QString::fromLatin1(header + '.' + payload + '.'), "token_algorithm");
    // The same with a signature attached and a lower-case variant of the algorithm name.
    const QByteArray header2 = b64(R"({"alg":"hs256","typ":"JWT"})");
    expectRefused(QString::fromLatin1(header2 + '.' + payload + ".abc"), "token_algorithm");
}

TEST_F(AuthTest, GarbageTokenIsRefused) {
    start();
    expectRefused(QStringLiteral("not-a-token"), "auth_invalid");
}

TEST_F(AuthTest, WrongProtocolVersionIsRefused) {
    start();
    WsClient c(port);
    c.sendJson(QJsonObject{{QStringLiteral("v"), 99},
                           {QStringLiteral("type"), QStringLiteral("hello")},
                           {QStringLiteral("name"), QStringLiteral("Z")}});
    const auto e = c.nextOfType(QStringLiteral("error"));
    EXPECT_EQ(str(e, "code"), QStringLiteral("unsupported_protocol"));
    EXPECT_TRUE(c.waitClosed());
    EXPECT_EQ(c.closeCode(), omk::protocol::close::kAuthFailed);
}

TEST_F(AuthTest, MessagesBeforeHelloAreRefusedAndSilentClientsAreDropped) {
    config.helloTimeoutMs = 300;
    start();
    WsClient c(port);
    c.send(omk::protocol::encode(omk::protocol::Join{QStringLiteral("main"), {}, {}}));
    EXPECT_EQ(str(c.nextOfType(QStringLiteral("error")), "code"), QStringLiteral("auth_required"));
    EXPECT_TRUE(c.waitClosed(3000));
    EXPECT_EQ(c.closeCode(), omk::protocol::close::kAuthTimeout);
}

TEST_F(AuthTest, PerUserConnectionCap) {
    config.maxConnectionsPerUser = 2;
    start();
    WsClient a(port);
    const QString token = str(a.hello(QStringLiteral("A")), "token");
    WsClient b(port);
    EXPECT_EQ(str(b.helloToken(token), "type"), QStringLiteral("welcome"));
    WsClient c(port);
    EXPECT_EQ(str(c.helloToken(token), "code"), QStringLiteral("too_many_connections"));
    EXPECT_TRUE(c.waitClosed());
    EXPECT_EQ(c.closeCode(), omk::protocol::close::kTooManyConnections);
}

TEST_F(AuthTest, ServerConnectionCap) {
    config.maxConnections = 1;
    start();
    WsClient a(port);
    a.hello(QStringLiteral("A"));
    WsClient b(port);
    EXPECT_EQ(str(b.nextOfType(QStringLiteral("error")), "code"),
              QStringLiteral("too_many_connections"));
    EXPECT_TRUE(b.waitClosed());
    EXPECT_EQ(b.closeCode(), omk::protocol::close::kTooManyConnections);
}
