#pragma once
// OpenID Connect ID tokens (docs/AUTH.md): the JWS's parts, its signature checked with a key
// from the issuer's JWKS (RS256 or ES256 only; "none" and every other algorithm are refused
// before any key is looked at), and its claims checked: iss, aud (and azp when aud names
// several), exp, nbf, iat, nonce.
// Cryptography is OpenSSL's (EVP); nothing here computes a signature by hand.
// Threading: pure functions and an immutable key set; safe from any thread.

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>

namespace omk::server {

struct IdTokenParts {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput;  // "header.payload", as signed
    QByteArray signature;     // decoded
    QString alg;
    QString kid;
};

// Splits and decodes a compact JWS; refuses anything but RS256 and ES256.
omk::Expected<IdTokenParts> splitIdToken(const QString& token);

struct IdClaims {
    QString subject;
    QString email;
    bool emailVerified = false;
    QString name;
};

struct IdClaimRules {
    QString issuer;
    QString clientId;  // the expected audience
    QString nonce;     // the one the viewer sent with the authorization request
    qint64 nowS = 0;
    qint64 leewayS = 60;  // clock skew allowed on exp, nbf, iat
};

// Checks the payload's claims against the rules; the error names the claim.
omk::Expected<IdClaims> readIdClaims(const QJsonObject& payload, const IdClaimRules& rules);

// One issuer's signing keys (from its JWKS document), by kid.
class JwksKeys {
public:
    JwksKeys();
    ~JwksKeys();
    JwksKeys(JwksKeys&&) noexcept;
    JwksKeys& operator=(JwksKeys&&) noexcept;

    // Reads a JWKS document ({"keys":[…]}); keys that are not RSA or P-256 EC signing keys are
    // skipped. An error only when the document itself is unreadable.
    static omk::Expected<JwksKeys> parse(const QByteArray& json);
    bool has(const QString& kid) const;
    int size() const;
    // Checks the signature with the key kid (or the only key, when the token names none).
    omk::Expected<void> verify(const IdTokenParts& parts) const;

private:
    struct Key;
    std::map<QString, std::shared_ptr<Key>> m_keys;
};

}  // namespace omk::server
