#include "server/HelloAdmission.h"

#include "protocol/ErrorCodes.h"
#include "server/PartyStore.h"
#include "server/Ulid.h"

namespace omk::server {

namespace err = protocol::error;

std::variant<Admitted, HelloRefusal> admitHello(const protocol::Hello& m,
                                                const ServerConfig& config, const Jwt& jwt,
                                                AccountStore* accounts, qint64 nowS) {
    const bool registeredOnly = config.registration == ServerConfig::Registration::Registered;
    const HelloRefusal notRegistered{
        QLatin1String(err::kRegistrationRequired),
        QStringLiteral("this event is for registered attendees: sign in with the address you "
                       "registered")};
    Admitted a;
    a.token = m.token;
    if (!m.token.isEmpty()) {
        const auto check = jwt.verify(m.token, nowS);
        if (!check.claims) return HelloRefusal{check.refusal.code, check.refusal.reason};
        a.claims = *check.claims;
    } else {
        if (registeredOnly) return notRegistered;
        // A guest: the server makes up an identity and signs it, so a reconnect with this token
        // is the same user (same rate limits, same client message ids, same bans).
        a.claims.subject = QStringLiteral("g_") + randomId(8);
        a.claims.name = m.name;
        a.claims.role = protocol::Role::Attendee;
        a.claims.room = QStringLiteral("*");
        a.claims.issuedAt = nowS;
        a.claims.expiresAt = nowS + config.guestTokenTtlS;
        auto signedToken = jwt.sign(a.claims);
        if (!signedToken)
            return HelloRefusal{QLatin1String(err::kStorage), signedToken.error().message};
        a.token = *signedToken;
    }
    if (registeredOnly && a.claims.subject.startsWith(QLatin1String("g_"))) return notRegistered;
    if (!a.claims.subject.startsWith(QLatin1String("a_")) || !accounts) return a;

    auto account = accounts->byId(a.claims.subject);
    if (!account) return HelloRefusal{QLatin1String(err::kStorage), account.error().message};
    if (!*account)
        return HelloRefusal{QLatin1String(err::kAuthInvalid),
                            QStringLiteral("unknown account; sign in again")};
    if ((*account)->disabled)
        return HelloRefusal{QLatin1String(err::kAccountDisabled),
                            QStringLiteral("this account is disabled; ask the organizers")};
    if (registeredOnly && !(*account)->registered && !PartyStore::hasEventRole((*account)->roles))
        return HelloRefusal{QLatin1String(err::kRegistrationRequired),
                            QStringLiteral("this address is not registered for the event")};
    a.roomRoles = (*account)->roles;
    a.claims.role = a.roomRoles.value(QStringLiteral("*"), protocol::Role::Attendee);
    a.claims.room = QStringLiteral("*");
    return a;
}

}  // namespace omk::server
