#pragma once
// Sign-in tokens: JWT, HS256 only, with the server's secret. A token names a user, their role and
// the room that role holds in ("*": every room).
// Threading: stateless apart from the key; safe from any thread.

#include "core/Expected.h"
#include "protocol/Role.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace omk::server {

struct TokenClaims {
    QString subject;  // the user id ("g_…" guests, "u_…" invited)
    QString name;     // display name
    protocol::Role role = protocol::Role::Attendee;
    QString room = QStringLiteral("*");
    qint64 issuedAt = 0;   // s since the Unix epoch
    qint64 expiresAt = 0;  // s since the Unix epoch
};

// Why a token was refused; code is a protocol error code (auth_invalid, token_expired,
// token_algorithm).
struct TokenRefusal {
    QString code;
    QString reason;
};

struct TokenCheck {
    std::optional<TokenClaims> claims;
    TokenRefusal refusal;
};

class Jwt {
public:
    explicit Jwt(QByteArray secret);

    omk::Expected<QString> sign(const TokenClaims& claims) const;
    TokenCheck verify(const QString& token, qint64 nowS) const;

private:
    QByteArray m_secret;
};

// "24h", "90m", "30s", "2d" or plain seconds.
omk::Expected<qint64> parseDurationSeconds(const QString& text);

}  // namespace omk::server
