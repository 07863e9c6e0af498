#include "server/Jwt.h"

#include "protocol/FieldReader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <jwt.h>

#include <cerrno>
#include <cstdlib>
#include <memory>

namespace omk::server {

namespace {

constexpr const char* kIssuer = "omnikast-server";

struct JwtFree {
    void operator()(jwt_t* j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

TokenCheck refuse(const char* code, QString reason) {
    return TokenCheck{std::nullopt, TokenRefusal{QString::fromLatin1(code), std::move(reason)}};
}

QString grant(jwt_t* j, const char* name) {
    const char* v = jwt_get_grant(j, name);
    return v ? QString::fromUtf8(v) : QString();
}

}  // namespace

Jwt::Jwt(QByteArray secret) : m_secret(std::move(secret)) {}

omk::Expected<QString> Jwt::sign(const TokenClaims& c) const {
    if (m_secret.isEmpty()) return omk::fail(QStringLiteral("no JWT secret"));
    jwt_t* raw = nullptr;
    if (jwt_new(&raw) != 0) return omk::fail(QStringLiteral("jwt_new failed"));
    JwtPtr j(raw);
    int rc = jwt_set_alg(j.get(), JWT_ALG_HS256,
                         reinterpret_cast<const unsigned char*>(m_secret.constData()),
                         int(m_secret.size()));
    rc |= jwt_add_grant(j.get(), "iss", kIssuer);
    rc |= jwt_add_grant(j.get(), "sub", c.subject.toUtf8().constData());
    rc |= jwt_add_grant(j.get(), "name", c.name.toUtf8().constData());
    rc |= jwt_add_grant(j.get(), "role", protocol::roleName(c.role).toUtf8().constData());
    rc |= jwt_add_grant(j.get(), "room", c.room.toUtf8().constData());
    rc |= jwt_add_grant_int(j.get(), "iat", long(c.issuedAt));
    rc |= jwt_add_grant_int(j.get(), "exp", long(c.expiresAt));
    if (rc != 0) return omk::fail(QStringLiteral("could not build the token"));
    char* out = jwt_encode_str(j.get());
    if (!out) return omk::fail(QStringLiteral("could not sign the token"));
    QString token = QString::fromLatin1(out);
    std::free(out);
    return token;
}

TokenCheck Jwt::verify(const QString& token, qint64 nowS) const {
    const QByteArray raw = token.toLatin1();
    const auto parts = raw.split('.');
    if (token.size() > 8192 || parts.size() != 3)
        return refuse("auth_invalid", QStringLiteral("not a JWT"));
    // The header's alg decides nothing: anything but HS256 ("none" included) is refused before
    // the library sees the token, so no algorithm confusion is possible.
    const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(
        parts[0], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (!header.isObject()) return refuse("auth_invalid", QStringLiteral("unreadable header"));
    if (header.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return refuse("token_algorithm", QStringLiteral("only HS256 tokens are accepted"));
    if (m_secret.isEmpty()) return refuse("auth_invalid", QStringLiteral("no key configured"));

    jwt_t* decoded = nullptr;
    const int rc = jwt_decode(&decoded, raw.constData(),
                              reinterpret_cast<const unsigned char*>(m_secret.constData()),
                              int(m_secret.size()));
    JwtPtr j(decoded);
    if (rc != 0 || !j) return refuse("auth_invalid", QStringLiteral("bad signature or encoding"));
    if (jwt_get_alg(j.get()) != JWT_ALG_HS256)
        return refuse("token_algorithm", QStringLiteral("only HS256 tokens are accepted"));
    if (grant(j.get(), "iss") != QLatin1String(kIssuer))
        return refuse("auth_invalid", QStringLiteral("wrong issuer"));

    TokenClaims c;
    errno = 0;
    c.expiresAt = jwt_get_grant_int(j.get(), "exp");
    if (errno != 0) return refuse("auth_invalid", QStringLiteral("no exp claim"));
    if (nowS >= c.expiresAt) return refuse("token_expired", QStringLiteral("token expired"));
    errno = 0;
    c.issuedAt = jwt_get_grant_int(j.get(), "iat");
    if (errno != 0) c.issuedAt = 0;
    c.subject = grant(j.get(), "sub");
    c.name = grant(j.get(), "name");
    c.room = grant(j.get(), "room");
    const auto role = protocol::roleFromName(grant(j.get(), "role"));
    if (!protocol::isIdentifier(c.subject) || c.name.isEmpty() || c.name.size() > 64 || !role ||
        (c.room != QLatin1String("*") && !protocol::isIdentifier(c.room)))
        return refuse("auth_invalid", QStringLiteral("missing or malformed claims"));
    c.role = *role;
    return TokenCheck{c, {}};
}

omk::Expected<qint64> parseDurationSeconds(const QString& text) {
    QString t = text.trimmed();
    qint64 unit = 1;
    if (t.endsWith(u'd'))
        unit = 86400;
    else if (t.endsWith(u'h'))
        unit = 3600;
    else if (t.endsWith(u'm'))
        unit = 60;
    else if (t.endsWith(u's'))
        unit = 1;
    if (!t.isEmpty() && !t.back().isDigit()) t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0 || n > 3650LL * 86400 / unit)
        return omk::fail(QStringLiteral("not a duration: \"%1\" (try 24h, 90m, 7d)").arg(text));
    return n * unit;
}

}  // namespace omk::server
