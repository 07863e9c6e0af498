// The viewer's browser sign-in (room/OidcLogin) against a real OpenID Connect provider
// (node-oidc-provider, tests/support/OidcProvider.h): a stray request to the loopback listener
// (no state, another state) is answered 400 and leaves the flow running; the real answer gives
// an ID token that carries our nonce; cancel closes the listener; an unreachable issuer is said;
// with an audience (Dreamkast's chat, as at Auth0) the flow ends in an access token for that API,
// on the port asked for, which verifies as Dreamkast checks it (RS256 with the issuer's keys, iss,
// aud) — checked with the server's own JWS code.
#include "room/OidcLogin.h"
#include "server/IdToken.h"
#include "support/OidcProvider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <optional>
#include <vector>

#include <gtest/gtest.h>

namespace {

void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "room_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

// A plain GET to the loopback listener, as a stray local process would send; returns the status.
int getStatus(const QUrl& url) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    if (!s.waitForConnected(2000)) return 0;
    s.write("GET " + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toLatin1() +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += s.readAll();
            return answer.contains("\r\n\r\n") || s.state() != QAbstractSocket::ConnectedState;
        },
        3000);
    return answer.mid(9, 3).toInt();
}

TEST(OidcLogin, StrayRequestsAreRefusedAndTheRealAnswerGivesTheIdToken) {
    ensureApp();
    omk::test::OidcProvider provider;
    ASSERT_TRUE(provider.problem().isEmpty()) << provider.problem().toStdString();
    QString browserError;
    std::vector<int> strays;
    omk::room::OidcLogin login(
        provider.issuer(), QStringLiteral("omnikast"),
        [&](const QUrl& url) {
            const QUrl redirect(
                QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QTimer::singleShot(0, [&, url, redirect] {
                QUrl noState = redirect;
                noState.setQuery(QStringLiteral("code=stolen"));
                strays.push_back(getStatus(noState));
                QUrl otherState = redirect;
                otherState.setQuery(QStringLiteral("code=stolen&state=guess"));
                strays.push_back(getStatus(otherState));
                browserError = provider.authorize(url, QStringLiteral("ada"));
            });
            return true;
        },
        QStringLiteral("done"), QStringLiteral("not done"));
    std::optional<omk::room::OidcOutcome> outcome;
    login.start([&](const omk::room::OidcOutcome& o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        << browserError.toStdString();
    ASSERT_TRUE(outcome->ok) << outcome->message.toStdString() << " / "
                             << browserError.toStdString();
    EXPECT_EQ(strays, (std::vector<int>{400, 400}));
    const auto payload = QJsonDocument::fromJson(QByteArray::fromBase64(
        outcome->idToken.toLatin1().split('.')[1], QByteArray::Base64UrlEncoding));
    EXPECT_EQ(payload.object().value(QStringLiteral("nonce")).toString(), outcome->nonce);
    EXPECT_EQ(payload.object().value(QStringLiteral("email")).toString(),
              QStringLiteral("ada@example.org"));
}

TEST(OidcLogin, CancelClosesTheListenerAndAnUnreachableIssuerIsSaid) {
    ensureApp();
    omk::test::OidcProvider provider;
    ASSERT_TRUE(provider.problem().isEmpty()) << provider.problem().toStdString();
    QUrl opened;
    omk::room::OidcLogin login(
        provider.issuer(), QStringLiteral("omnikast"),
        [&](const QUrl& url) {
            opened = url;
            return true;
        },
        QStringLiteral("done"), QStringLiteral("not done"));
    std::optional<omk::room::OidcOutcome> outcome;
    login.start([&](const omk::room::OidcOutcome& o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.isValid(); }, 10000));
    const QUrl redirect = login.redirectUri();
    login.cancel();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(outcome->errorCode, QStringLiteral("cancelled"));
    EXPECT_EQ(getStatus(redirect), 0);  // nobody listens any more

    provider.stop();
    omk::room::OidcLogin down(
        provider.issuer(), QStringLiteral("omnikast"), [](const QUrl&) { return true; },
        QStringLiteral("done"), QStringLiteral("not done"));
    std::optional<omk::room::OidcOutcome> failed;
    down.start([&](const omk::room::OidcOutcome& o) { failed = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.has_value(); }, 20000));
    EXPECT_EQ(failed->errorCode, QStringLiteral("network"));
}

TEST(OidcLogin, AnAudienceEndsInAnAccessTokenForThatApi) {
    ensureApp();
    omk::test::OidcProvider provider;
    ASSERT_TRUE(provider.problem().isEmpty()) << provider.problem().toStdString();
    const QString audience = QStringLiteral("https://event.example.org/");
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QString browserError;
    QUrl opened;
    omk::room::OidcLogin login(
        provider.issuer(), QStringLiteral("omnikast"),
        [&](const QUrl& url) {
            opened = url;
            QTimer::singleShot(
                0, [&, url] { browserError = provider.authorize(url, QStringLiteral("ada")); });
            return true;
        },
        QStringLiteral("done"), QStringLiteral("not done"));
    login.setAudience(audience);
    login.setRedirectPort(port);
    std::optional<omk::room::OidcOutcome> outcome;
    login.start([&](const omk::room::OidcOutcome& o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        << browserError.toStdString();
    ASSERT_TRUE(outcome->ok) << outcome->message.toStdString() << " / "
                             << browserError.toStdString();
    EXPECT_EQ(QUrlQuery(opened).queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded),
              audience);
    EXPECT_EQ(login.redirectUri().port(), port) << "the redirect is on the port asked for";
    EXPECT_GT(outcome->expiresIn, 0);

    // As Dreamkast's JsonWebToken.verify: RS256 with a key of the issuer's JWKS, iss and aud.
    auto parts = omk::server::splitIdToken(outcome->accessToken);
    ASSERT_TRUE(parts.has_value()) << parts.error().message.toStdString();
    EXPECT_EQ(parts->alg, QStringLiteral("RS256"));
    EXPECT_EQ(parts->payload.value(QStringLiteral("aud")).toString(), audience);
    EXPECT_EQ(parts->payload.value(QStringLiteral("iss")).toString(), provider.issuer());
    EXPECT_EQ(parts->payload.value(QStringLiteral("sub")).toString(), QStringLiteral("ada"));
    QNetworkAccessManager nam;
    QNetworkReply* jwks =
        nam.get(QNetworkRequest(QUrl(provider.issuer() + QStringLiteral("/jwks"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return jwks->isFinished(); }, 5000));
    auto keys = omk::server::JwksKeys::parse(jwks->readAll());
    jwks->deleteLater();
    ASSERT_TRUE(keys.has_value());
    EXPECT_TRUE(keys->verify(*parts).has_value()) << "signed by the provider's key";
    // Another key (the provider after a rotation) does not verify it.
    provider.restart(QStringLiteral("k2"));
    QNetworkReply* rotated =
        nam.get(QNetworkRequest(QUrl(provider.issuer() + QStringLiteral("/jwks"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return rotated->isFinished(); }, 5000));
    auto newKeys = omk::server::JwksKeys::parse(rotated->readAll());
    rotated->deleteLater();
    ASSERT_TRUE(newKeys.has_value());
    EXPECT_FALSE(newKeys->verify(*parts).has_value());
}

}  // namespace
