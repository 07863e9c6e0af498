// Fuzzes what omnikast-server reads from an identity provider and from clients at /auth/oidc
// (server/IdToken.h): arbitrary bytes as an ID token (split, decoded, claims checked) and as a
// JWKS document (keys parsed, a signature checked): an answer or an error, never a crash, a hang
// or an accepted token — no key set here can verify what the fuzzer makes up.
#include "server/IdToken.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::server;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parts = splitIdToken(QString::fromUtf8(bytes));
    if (parts) {
        if (parts->alg != QLatin1String("RS256") && parts->alg != QLatin1String("ES256"))
            std::abort();
        IdClaimRules rules{QStringLiteral("https://idp.example"), QStringLiteral("omnikast"),
                           QStringLiteral("n"), 1'700'000'000, 60};
        auto claims = readIdClaims(parts->payload, rules);
        if (claims && (claims->subject.isEmpty() || claims->name.size() > 64)) std::abort();
    }
    auto keys = JwksKeys::parse(bytes);
    if (keys && parts && keys->verify(*parts)) {
        std::fprintf(stderr, "a made-up token verified\n");
        std::abort();
    }
    return 0;
}
