// What a token costs a `hello` (docs/AUTH.md, docs/PERFORMANCE.md "Sign-in"): the HS256 check
// of the token alone, and with the account's row and roles read from the store (SQLite, the
// default; as ClientSession does for accounts); and what an identity provider's ID token costs
// `/auth/oidc` (RS256 with a 2048-bit key, ES256 on P-256: split, signature, claims). Each
// operation is timed on its own so the counters give its p50 and p99, not only the mean.
#include "server/AccountStore.h"
#include "server/IdToken.h"
#include "server/Jwt.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

using namespace omk::server;

const QByteArray kSecret = QByteArrayLiteral("bench-secret-bench-secret-bench-secret-01");

QString tokenFor(const QString& subject) {
    TokenClaims c;
    c.subject = subject;
    c.name = QStringLiteral("Bench");
    c.issuedAt = QDateTime::currentSecsSinceEpoch();
    c.expiresAt = c.issuedAt + 3600;
    return *Jwt(kSecret).sign(c);
}

template <typename F>
void timed(benchmark::State& state, F&& op) {
    std::vector<double> us;
    us.reserve(200000);
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        op();
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(us.begin(), us.end());
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
}

void BM_VerifyHs256(benchmark::State& state) {
    const Jwt jwt(kSecret);
    const QString token = tokenFor(QStringLiteral("a_0123456789abcdef0123"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    timed(state, [&] { benchmark::DoNotOptimize(jwt.verify(token, now)); });
}
BENCHMARK(BM_VerifyHs256);

void BM_HelloAccount(benchmark::State& state) {
    QTemporaryDir dir;
    auto store = AccountStore::openSqlite(dir.filePath(QStringLiteral("bench.db")), kSecret);
    if (!store) {
        state.SkipWithError(store.error().message.toStdString().c_str());
        return;
    }
    // 10,000 accounts, a role on one room each.
    QList<QString> ids;
    (void)(*store)->inTransaction([&]() -> omk::Expected<void> {
        for (int i = 0; i < 10000; ++i) {
            auto a = (*store)->ensure(QStringLiteral("p%1@example.org").arg(i), {}, {}, 0);
            if (!a) return a.unexpected();
            (void)(*store)->setRole(a->id, QStringLiteral("room%1").arg(i % 50),
                                    omk::protocol::Role::Moderator);
            ids.append(a->id);
        }
        return {};
    });
    const Jwt jwt(kSecret);
    QList<QString> tokens;
    for (int i = 0; i < 100; ++i) tokens.append(tokenFor(ids[i * 97 % ids.size()]));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int i = 0;
    timed(state, [&] {
        const auto check = jwt.verify(tokens[i++ % tokens.size()], now);
        benchmark::DoNotOptimize((*store)->byId(check.claims->subject));
    });
}
BENCHMARK(BM_HelloAccount);

QByteArray b64url(const QByteArray& raw) {
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY* key, const char* name, int width = 0) {
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(width ? width : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}

// A provider's key, its JWKS, and ID tokens it signs (as the test provider would).
struct Provider {
    EVP_PKEY* key = nullptr;
    bool ec = false;
    ~Provider() { EVP_PKEY_free(key); }

    QByteArray jwks() const {
        QJsonObject jwk{{QStringLiteral("kid"), QStringLiteral("k1")},
                        {QStringLiteral("use"), QStringLiteral("sig")}};
        if (ec) {
            jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
            jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
            jwk.insert(QStringLiteral("x"),
                       QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32))));
            jwk.insert(QStringLiteral("y"),
                       QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
        } else {
            jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
            jwk.insert(QStringLiteral("n"),
                       QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_N))));
            jwk.insert(QStringLiteral("e"),
                       QString::fromLatin1(b64url(bnParam(key, OSSL_PKEY_PARAM_RSA_E))));
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson();
    }

    QString sign(const QJsonObject& payload) const {
        const QByteArray header =
            QJsonDocument(QJsonObject{{QStringLiteral("alg"),
                                       ec ? QStringLiteral("ES256") : QStringLiteral("RS256")},
                                      {QStringLiteral("kid"), QStringLiteral("k1")},
                                      {QStringLiteral("typ"), QStringLiteral("JWT")}})
                .toJson(QJsonDocument::Compact);
        const QByteArray input =
            b64url(header) + '.' + b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        size_t len = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
        const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
        EVP_DigestSign(ctx, nullptr, &len, in, size_t(input.size()));
        QByteArray sig(qsizetype(len), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, in,
                       size_t(input.size()));
        EVP_MD_CTX_free(ctx);
        sig.resize(qsizetype(len));
        if (ec) {  // DER to JWS's r || s
            const auto* p = reinterpret_cast<const unsigned char*>(sig.constData());
            ECDSA_SIG* der = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
            QByteArray raw(64, '\0');
            BN_bn2binpad(ECDSA_SIG_get0_r(der), reinterpret_cast<unsigned char*>(raw.data()), 32);
            BN_bn2binpad(ECDSA_SIG_get0_s(der), reinterpret_cast<unsigned char*>(raw.data()) + 32,
                         32);
            ECDSA_SIG_free(der);
            sig = raw;
        }
        return QString::fromLatin1(input + '.' + b64url(sig));
    }
};

// What /auth/oidc does with the token before the account: split, signature, claims.
void idTokenBench(benchmark::State& state, bool ec) {
    Provider p;
    p.ec = ec;
    p.key = ec ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
               : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    auto keys = JwksKeys::parse(p.jwks());
    if (!keys || keys->size() != 1) {
        state.SkipWithError("the JWKS is not readable");
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString token =
        p.sign(QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://id.example.org")},
                           {QStringLiteral("aud"), QStringLiteral("omnikast")},
                           {QStringLiteral("sub"), QStringLiteral("user-1")},
                           {QStringLiteral("email"), QStringLiteral("ada@example.org")},
                           {QStringLiteral("email_verified"), true},
                           {QStringLiteral("nonce"), QStringLiteral("n-1")},
                           {QStringLiteral("iat"), now},
                           {QStringLiteral("exp"), now + 600}});
    const IdClaimRules rules{QStringLiteral("https://id.example.org"), QStringLiteral("omnikast"),
                             QStringLiteral("n-1"), now, 60};
    const auto check = [&] {
        const auto parts = splitIdToken(token);
        return parts && keys->verify(*parts) && readIdClaims(parts->payload, rules);
    };
    if (!check()) {
        state.SkipWithError("the token does not verify");
        return;
    }
    timed(state, [&] { benchmark::DoNotOptimize(check()); });
}

void BM_IdTokenRs256(benchmark::State& state) {
    idTokenBench(state, false);
}
BENCHMARK(BM_IdTokenRs256);

void BM_IdTokenEs256(benchmark::State& state) {
    idTokenBench(state, true);
}
BENCHMARK(BM_IdTokenEs256);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
