// Sign-in with the event's OpenID Connect provider (docs/AUTH.md): a real provider
// (node-oidc-provider, tests/support/OidcProvider.h) signs a user in through its login form, the
// server verifies the ID token against the provider's published keys, picks up a key rotation
// without a restart, and refuses forged tokens (another key, alg none, HS256 with the public
// key, wrong audience, wrong nonce). The claim rules are also checked on their own.
#include "support/OidcProvider.h"
#include "support/ServerTestSupport.h"

#include "server/IdToken.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace omk::server;
using namespace omk::server::test;

namespace {

QByteArray b64(const QByteArray& b) {
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The token's header and payload, signed again with a fresh RSA key of our own.
QString resignWithAnotherKey(const QString& token) {
    const auto parts = token.toLatin1().split('.');
    EVP_PKEY* key = EVP_RSA_gen(2048);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const QByteArray input = parts[0] + '.' + parts[1];
    size_t len = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(input.constData()),
                   size_t(input.size()));
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                   reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return QString::fromLatin1(input + '.' + b64(sig.left(qsizetype(len))));
}

QString withHeader(const QString& token, const QByteArray& headerJson, const QByteArray& sig = {}) {
    const auto parts = token.toLatin1().split('.');
    return QString::fromLatin1(b64(headerJson) + '.' + parts[1] + '.' + b64(sig));
}

class OidcTest : public ServerTest {
protected:
    void SetUp() override {
        ServerTest::SetUp();  // makes the application the provider's process needs
        m_provider = std::make_unique<omk::test::OidcProvider>();
        ASSERT_TRUE(provider().problem().isEmpty()) << provider().problem().toStdString();
        config.oidcIssuer = provider().issuer();
        config.oidcClientId = QStringLiteral("omnikast");
        config.oidcName = QStringLiteral("Test IdP");
        config.oidcRefetchGapMs = 0;
        config.authBurst = 1000;
    }
    HttpResult post(const QString& idToken, const QString& nonce) {
        return httpPostJson(
            port, QStringLiteral("/auth/oidc"),
            {{QStringLiteral("id_token"), idToken}, {QStringLiteral("nonce"), nonce}});
    }
    static QString errorOf(const HttpResult& r) {
        return str(QJsonDocument::fromJson(r.body).object(), "error");
    }
    static QString messageOf(const HttpResult& r) {
        return str(QJsonDocument::fromJson(r.body).object(), "message");
    }

    omk::test::OidcProvider& provider() { return *m_provider; }
    std::unique_ptr<omk::test::OidcProvider> m_provider;
};

TEST_F(OidcTest, TheProvidersIdTokenSignsInAndTheAccessTokenJoins) {
    start();
    const auto cfg =
        QJsonDocument::fromJson(httpGet(port, QStringLiteral("/auth/config")).body).object();
    const auto oidc = cfg.value(QStringLiteral("oidc")).toObject();
    EXPECT_EQ(str(oidc, "issuer"), provider().issuer());
    EXPECT_EQ(str(oidc, "client_id"), QStringLiteral("omnikast"));
    EXPECT_EQ(str(oidc, "name"), QStringLiteral("Test IdP"));

    const auto login = provider().login(QStringLiteral("ada"));
    ASSERT_TRUE(login.error.isEmpty()) << login.error.toStdString();
    const auto r = post(login.idToken, login.nonce);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const auto o = QJsonDocument::fromJson(r.body).object();
    const auto account = o.value(QStringLiteral("account")).toObject();
    EXPECT_EQ(str(account, "email"), QStringLiteral("ada@example.org"));
    EXPECT_EQ(str(account, "name"), QStringLiteral("Ada"));
    WsClient ws(port);
    const auto welcome = ws.helloToken(str(o, "access_token"));
    ASSERT_EQ(str(welcome, "type"), QStringLiteral("welcome"));
    EXPECT_EQ(str(welcome.value(QStringLiteral("user")).toObject(), "id"), str(account, "id"));
    // The same token again (a replay): its nonce was this sign-in's, but the token is still
    // valid, so it signs in the same account; what stops a stolen token is its short life and
    // the nonce a viewer checks against its own request.
    EXPECT_EQ(post(login.idToken, QStringLiteral("another-nonce")).status, 401);
}

TEST_F(OidcTest, Es256TokensOfTheSecondClientVerifyToo) {
    config.oidcClientId = QStringLiteral("omnikast-es");
    start();
    const auto login = provider().login(QStringLiteral("grace"), QStringLiteral("omnikast-es"));
    ASSERT_TRUE(login.error.isEmpty()) << login.error.toStdString();
    const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(
        login.idToken.toLatin1().split('.')[0], QByteArray::Base64UrlEncoding));
    EXPECT_EQ(str(header.object(), "alg"), QStringLiteral("ES256"));
    const auto r = post(login.idToken, login.nonce);
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
}

TEST_F(OidcTest, ForgedTokensAreRefused) {
    start();
    const auto login = provider().login(QStringLiteral("ada"));
    ASSERT_TRUE(login.error.isEmpty()) << login.error.toStdString();
    const QByteArray kid =
        QJsonDocument::fromJson(QByteArray::fromBase64(login.idToken.toLatin1().split('.')[0],
                                                       QByteArray::Base64UrlEncoding))
            .object()
            .value(QStringLiteral("kid"))
            .toString()
            .toLatin1();
    struct Case {
        const char* what;
        QString token;
        const char* says;
    };
    const Case cases[] = {
        {"another key", resignWithAnotherKey(login.idToken), "bad signature"},
        {"alg none", withHeader(login.idToken, "{\"alg\":\"none\"}"), "algorithm \"none\""},
        {"HS256 with the public key",
         withHeader(login.idToken, "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}", "x"),
         "algorithm \"HS256\""},
        {"an unknown key id",
         withHeader(login.idToken, "{\"alg\":\"RS256\",\"kid\":\"nope\"}", "x"),
         "does not publish"},
        {"garbage", QStringLiteral("not.a.jwt"), "not a JSON object"},
        {"not base64url", QStringLiteral("a!b.c.d"), "not base64url"},
    };
    for (const Case& c : cases) {
        const auto r = post(c.token, login.nonce);
        EXPECT_EQ(r.status, 401) << c.what;
        EXPECT_EQ(errorOf(r), QStringLiteral("id_token_invalid")) << c.what;
        EXPECT_TRUE(messageOf(r).contains(QLatin1String(c.says)))
            << c.what << ": " << messageOf(r).toStdString();
    }
    // The ES256 client's token is real and well signed, but not meant for this server.
    const auto other = provider().login(QStringLiteral("ada"), QStringLiteral("omnikast-es"));
    ASSERT_TRUE(other.error.isEmpty()) << other.error.toStdString();
    const auto wrongAud = post(other.idToken, other.nonce);
    EXPECT_EQ(wrongAud.status, 401);
    EXPECT_TRUE(messageOf(wrongAud).contains(QLatin1String("aud")))
        << messageOf(wrongAud).toStdString();
    // The right token with another sign-in's nonce.
    EXPECT_TRUE(
        messageOf(post(login.idToken, QStringLiteral("x"))).contains(QLatin1String("nonce")));
}

TEST_F(OidcTest, AKeyRotationAtTheProviderIsPickedUpWithoutARestart) {
    start();
    const auto first = provider().login(QStringLiteral("ada"));
    ASSERT_TRUE(first.error.isEmpty()) << first.error.toStdString();
    ASSERT_EQ(post(first.idToken, first.nonce).status, 200);
    provider().restart(QStringLiteral("k2"));
    ASSERT_TRUE(provider().problem().isEmpty()) << provider().problem().toStdString();
    const auto second = provider().login(QStringLiteral("ada"));
    ASSERT_TRUE(second.error.isEmpty()) << second.error.toStdString();
    const auto r = post(second.idToken, second.nonce);
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    // The retired key is gone from the provider's set: its tokens no longer verify.
    const auto old = post(first.idToken, first.nonce);
    EXPECT_EQ(old.status, 401);
    EXPECT_TRUE(messageOf(old).contains(QLatin1String("does not publish")))
        << messageOf(old).toStdString();
}

TEST_F(OidcTest, AnUnreachableIssuerIsA503AndRegisteredOnlyEventsStillHoldTheList) {
    config.registration = ServerConfig::Registration::Registered;
    start();
    const auto login = provider().login(QStringLiteral("stranger"));
    ASSERT_TRUE(login.error.isEmpty()) << login.error.toStdString();
    const auto unregistered = post(login.idToken, login.nonce);
    EXPECT_EQ(unregistered.status, 403);
    EXPECT_EQ(errorOf(unregistered), QStringLiteral("registration_required"));
    const auto unverified = provider().login(QStringLiteral("unverified-bob"));
    ASSERT_TRUE(unverified.error.isEmpty()) << unverified.error.toStdString();
    const auto u = post(unverified.idToken, unverified.nonce);
    EXPECT_EQ(u.status, 403);
    EXPECT_EQ(errorOf(u), QStringLiteral("email_unverified"));

    // A fresh server whose issuer is down: the same token gets 503, not a refusal.
    server.reset();
    start();
    provider().stop();
    const auto down = post(login.idToken, login.nonce);
    EXPECT_EQ(down.status, 503);
    EXPECT_EQ(errorOf(down), QStringLiteral("oidc_unavailable"));
}

TEST(IdClaims, EachRuleNamesTheClaim) {
    IdClaimRules rules{QStringLiteral("https://idp.example"), QStringLiteral("omnikast"),
                       QStringLiteral("n1"), 1'000'000, 60};
    const QJsonObject good{{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                           {QStringLiteral("aud"), QStringLiteral("omnikast")},
                           {QStringLiteral("sub"), QStringLiteral("u1")},
                           {QStringLiteral("exp"), 1'000'100},
                           {QStringLiteral("iat"), 999'900},
                           {QStringLiteral("nonce"), QStringLiteral("n1")},
                           {QStringLiteral("email"), QStringLiteral("a@example.org")},
                           {QStringLiteral("email_verified"), true}};
    ASSERT_TRUE(readIdClaims(good, rules));
    auto with = [&](const char* key, const QJsonValue& v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        auto r = readIdClaims(o, rules);
        return r ? QString() : r.error().message;
    };
    EXPECT_TRUE(
        with("iss", QStringLiteral("https://evil.example")).contains(QLatin1String("issued by")));
    EXPECT_TRUE(with("aud", QStringLiteral("other")).contains(QLatin1String("aud")));
    EXPECT_TRUE(with("aud", QJsonArray{QStringLiteral("omnikast"), QStringLiteral("other")})
                    .contains(QLatin1String("azp")));
    EXPECT_TRUE(with("exp", 999'000).contains(QLatin1String("expired")));
    EXPECT_TRUE(with("exp", QStringLiteral("soon")).contains(QLatin1String("not a time")));
    EXPECT_TRUE(with("nbf", 1'000'500).contains(QLatin1String("nbf")));
    EXPECT_TRUE(with("iat", 1'000'500).contains(QLatin1String("iat")));
    EXPECT_TRUE(with("nonce", QStringLiteral("n2")).contains(QLatin1String("nonce")));
    EXPECT_TRUE(with("nonce", QJsonValue::Undefined).contains(QLatin1String("nonce")));
    EXPECT_TRUE(with("sub", QJsonValue::Undefined).contains(QLatin1String("sub")));
    // Within the allowed skew: still fine.
    EXPECT_TRUE(with("exp", 999'950).isEmpty());
}

TEST(IdToken, OnlyRs256AndEs256AreAccepted) {
    for (const char* alg : {"none", "HS256", "RS512", "PS256", "ES384", ""}) {
        const QByteArray header = QByteArray("{\"alg\":\"") + alg + "\"}";
        const QString token = QString::fromLatin1(b64(header) + '.' + b64("{}") + '.' + b64("s"));
        auto r = splitIdToken(token);
        EXPECT_FALSE(r) << alg;
    }
    EXPECT_FALSE(splitIdToken(QString(20000, u'a')));
    EXPECT_FALSE(JwksKeys::parse("[]"));
    auto empty = JwksKeys::parse("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}");
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->size(), 0);  // symmetric keys are never taken
}

}  // namespace
