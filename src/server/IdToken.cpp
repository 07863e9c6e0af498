#include "server/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace omk::server {

namespace {

constexpr qsizetype kMaxTokenChars = 16 * 1024;

QByteArray b64url(const QByteArray& text, bool* ok) {
    auto r = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(r);
    return r.decoded;
}

struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct BldFree {
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct BnFree {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct SigFree {
    void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

PkeyPtr fromParams(const char* type, OSSL_PARAM* params) {
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) <= 0)
        return nullptr;
    return PkeyPtr(key);
}

PkeyPtr rsaKey(const QByteArray& n, const QByteArray& e) {
    std::unique_ptr<BIGNUM, BnFree> bn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr));
    std::unique_ptr<BIGNUM, BnFree> be(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!bn || !be || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return nullptr;
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    return params ? fromParams("RSA", params.get()) : nullptr;
}

PkeyPtr p256Key(const QByteArray& x, const QByteArray& y) {
    if (x.size() != 32 || y.size() != 32) return nullptr;
    QByteArray point = QByteArray(1, '\x04') + x + y;
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                          size_t(point.size())))
        return nullptr;
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    return params ? fromParams("EC", params.get()) : nullptr;
}

// JWS ES256 signatures are r||s (32 bytes each); OpenSSL verifies DER.
QByteArray ecdsaDer(const QByteArray& raw) {
    if (raw.size() != 64) return {};
    std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), 32, nullptr);
    BIGNUM* s =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + 32, 32, nullptr);
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r, s)) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0) return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

omk::Unexpected refuse(const QString& why) {
    return omk::fail(QStringLiteral("ID token: ") + why);
}

}  // namespace

struct JwksKeys::Key {
    QString alg;  // RS256 or ES256
    PkeyPtr pkey;
};

JwksKeys::JwksKeys() = default;
JwksKeys::~JwksKeys() = default;
JwksKeys::JwksKeys(JwksKeys&&) noexcept = default;
JwksKeys& JwksKeys::operator=(JwksKeys&&) noexcept = default;

omk::Expected<IdTokenParts> splitIdToken(const QString& token) {
    if (token.size() > kMaxTokenChars) return refuse(QStringLiteral("longer than 16 KiB"));
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return refuse(QStringLiteral("not a signed JWT (three dot-separated parts)"));
    bool ok1 = false, ok2 = false, ok3 = false;
    const QByteArray header = b64url(parts[0], &ok1);
    const QByteArray payload = b64url(parts[1], &ok2);
    IdTokenParts out;
    out.signature = b64url(parts[2], &ok3);
    if (!ok1 || !ok2 || !ok3) return refuse(QStringLiteral("not base64url"));
    const auto h = QJsonDocument::fromJson(header);
    const auto p = QJsonDocument::fromJson(payload);
    if (!h.isObject()) return refuse(QStringLiteral("the header is not a JSON object"));
    if (!p.isObject()) return refuse(QStringLiteral("the payload is not a JSON object"));
    out.header = h.object();
    out.payload = p.object();
    out.alg = out.header.value(QStringLiteral("alg")).toString();
    out.kid = out.header.value(QStringLiteral("kid")).toString();
    // The algorithm list is ours, not the token's: "none", HS256 (a public key used as an HMAC
    // secret) and everything else is refused here.
    if (out.alg != QLatin1String("RS256") && out.alg != QLatin1String("ES256"))
        return refuse(QStringLiteral("algorithm \"%1\" is not accepted (RS256 or ES256)")
                          .arg(out.alg.left(16)));
    if (out.header.contains(QStringLiteral("crit")))
        return refuse(QStringLiteral("critical header extensions are not supported"));
    out.signingInput = parts[0] + '.' + parts[1];
    return out;
}

omk::Expected<IdClaims> readIdClaims(const QJsonObject& p, const IdClaimRules& rules) {
    const QString iss = p.value(QStringLiteral("iss")).toString();
    if (iss.isEmpty() || iss != rules.issuer)
        return refuse(QStringLiteral("issued by \"%1\", not %2").arg(iss.left(128), rules.issuer));
    const QJsonValue aud = p.value(QStringLiteral("aud"));
    bool forUs = false;
    int audiences = 0;
    if (aud.isString()) {
        forUs = aud.toString() == rules.clientId;
        audiences = 1;
    } else if (aud.isArray()) {
        for (const auto v : aud.toArray()) {
            ++audiences;
            if (v.toString() == rules.clientId) forUs = true;
        }
    }
    if (!forUs) return refuse(QStringLiteral("not meant for this server (aud)"));
    if (audiences > 1 && p.value(QStringLiteral("azp")).toString() != rules.clientId)
        return refuse(QStringLiteral("several audiences and azp is not this server"));
    auto seconds = [&](const char* name, bool required) -> std::optional<qint64> {
        const QJsonValue v = p.value(QLatin1String(name));
        if (v.isUndefined() && !required) return qint64(-1);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e12) return std::nullopt;
        return qint64(v.toDouble());
    };
    const auto exp = seconds("exp", true);
    const auto iat = seconds("iat", true);
    const auto nbf = seconds("nbf", false);
    if (!exp || !iat || !nbf) return refuse(QStringLiteral("exp, iat or nbf is not a time"));
    if (rules.nowS > *exp + rules.leewayS) return refuse(QStringLiteral("expired (exp)"));
    if (*nbf >= 0 && rules.nowS + rules.leewayS < *nbf)
        return refuse(QStringLiteral("not valid yet (nbf)"));
    if (rules.nowS + rules.leewayS < *iat)
        return refuse(QStringLiteral("issued in the future (iat)"));
    if (rules.nonce.isEmpty() || p.value(QStringLiteral("nonce")).toString() != rules.nonce)
        return refuse(QStringLiteral("the nonce does not match this sign-in"));
    IdClaims c;
    c.subject = p.value(QStringLiteral("sub")).toString();
    if (c.subject.isEmpty() || c.subject.size() > 255)
        return refuse(QStringLiteral("no subject (sub)"));
    c.email = p.value(QStringLiteral("email")).toString();
    const QJsonValue verified = p.value(QStringLiteral("email_verified"));
    // Some providers send "true" as a string.
    c.emailVerified = verified.toBool() || verified.toString() == QLatin1String("true");
    c.name = p.value(QStringLiteral("name")).toString().left(64);
    return c;
}

omk::Expected<JwksKeys> JwksKeys::parse(const QByteArray& json) {
    const auto doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray())
        return omk::fail(QStringLiteral("JWKS: not a key set (an object with \"keys\")"));
    JwksKeys set;
    int unnamed = 0;
    for (const auto v : doc.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        const QString use = k.value(QStringLiteral("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig")) continue;
        const QString kty = k.value(QStringLiteral("kty")).toString();
        auto key = std::make_shared<Key>();
        bool ok1 = false, ok2 = false;
        if (kty == QLatin1String("RSA")) {
            const QByteArray n = b64url(k.value(QStringLiteral("n")).toString().toLatin1(), &ok1);
            const QByteArray e = b64url(k.value(QStringLiteral("e")).toString().toLatin1(), &ok2);
            if (!ok1 || !ok2 || n.size() < 256 || n.size() > 1024 || e.isEmpty() || e.size() > 8)
                continue;  // under 2048 bits, or not a key
            key->alg = QStringLiteral("RS256");
            key->pkey = rsaKey(n, e);
        } else if (kty == QLatin1String("EC") &&
                   k.value(QStringLiteral("crv")).toString() == QLatin1String("P-256")) {
            const QByteArray x = b64url(k.value(QStringLiteral("x")).toString().toLatin1(), &ok1);
            const QByteArray y = b64url(k.value(QStringLiteral("y")).toString().toLatin1(), &ok2);
            if (!ok1 || !ok2) continue;
            key->alg = QStringLiteral("ES256");
            key->pkey = p256Key(x, y);
        } else {
            continue;
        }
        if (!key->pkey) continue;
        const QString alg = k.value(QStringLiteral("alg")).toString();
        if (!alg.isEmpty() && alg != key->alg) continue;
        QString kid = k.value(QStringLiteral("kid")).toString();
        if (kid.isEmpty()) kid = QStringLiteral("#%1").arg(unnamed++);
        set.m_keys[kid.left(256)] = key;
    }
    return set;
}

bool JwksKeys::has(const QString& kid) const {
    return m_keys.count(kid) > 0;
}

int JwksKeys::size() const {
    return int(m_keys.size());
}

omk::Expected<void> JwksKeys::verify(const IdTokenParts& parts) const {
    std::shared_ptr<Key> key;
    if (!parts.kid.isEmpty()) {
        const auto it = m_keys.find(parts.kid);
        if (it != m_keys.end()) key = it->second;
    } else if (m_keys.size() == 1) {
        key = m_keys.begin()->second;
    }
    if (!key)
        return refuse(QStringLiteral("signed with a key the issuer does not publish (kid \"%1\")")
                          .arg(parts.kid.left(64)));
    if (key->alg != parts.alg)
        return refuse(
            QStringLiteral("the key is for %1, the token says %2").arg(key->alg, parts.alg));
    const QByteArray sig =
        parts.alg == QLatin1String("ES256") ? ecdsaDer(parts.signature) : parts.signature;
    if (sig.isEmpty()) return refuse(QStringLiteral("malformed signature"));
    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key->pkey.get()) != 1)
        return refuse(QStringLiteral("cannot check the signature"));
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(sig.constData()), size_t(sig.size()),
        reinterpret_cast<const unsigned char*>(parts.signingInput.constData()),
        size_t(parts.signingInput.size()));
    if (rc != 1) return refuse(QStringLiteral("bad signature"));
    return {};
}

}  // namespace omk::server
