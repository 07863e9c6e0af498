#include "server/AdminAccess.h"

#include "server/HttpJson.h"

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

HttpResponse unauthorized(const char* code, const QString& message) {
    HttpResponse r = errorResponse(Status::Unauthorized, code, message);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                      QByteArrayLiteral("Bearer realm=\"omnikast-admin\"")});
    return r;
}

const QString kNotAdmin = QStringLiteral(
    "this needs the admin role for the whole event (omnikast-server roles grant EMAIL admin)");

// The bearer's verified claims, or the 401 that says why.
std::variant<TokenClaims, HttpResponse> bearerClaims(const QByteArray& authorization,
                                                     const Jwt& jwt, qint64 nowS,
                                                     const QString& missing) {
    const QByteArray scheme = authorization.left(7);
    if (authorization.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        return unauthorized("auth_required", missing);
    const auto check = jwt.verify(QString::fromLatin1(authorization.mid(7).trimmed()), nowS);
    if (!check.claims)
        return unauthorized(check.refusal.code.toLatin1().constData(), check.refusal.reason);
    return *check.claims;
}

}  // namespace

std::variant<AdminCaller, HttpResponse> admitAdmin(const QByteArray& authorization, const Jwt& jwt,
                                                   AccountStore& accounts, qint64 nowS) {
    const auto claims =
        bearerClaims(authorization, jwt, nowS,
                     QStringLiteral("send an admin's access token: Authorization: Bearer TOKEN"));
    if (const auto* refusal = std::get_if<HttpResponse>(&claims)) return *refusal;
    const TokenClaims& c = std::get<TokenClaims>(claims);
    if (!c.subject.startsWith(QLatin1String("a_"))) {
        // An invite (u_…) speaks for itself; guests are never admins.
        if (c.subject.startsWith(QLatin1String("u_")) && c.role == protocol::Role::Admin &&
            c.room == QLatin1String("*"))
            return AdminCaller{c.subject, c.name};
        return errorResponse(Status::Forbidden, "forbidden", kNotAdmin);
    }
    // An account's roles are the store's, as they are now (not as they were when signed in).
    auto account = accounts.byId(c.subject);
    if (!account) return storageFailed("admin_store", account.error().message);
    if (!*account) return unauthorized("auth_invalid", QStringLiteral("unknown account"));
    if ((*account)->disabled)
        return errorResponse(Status::Forbidden, "account_disabled",
                             QStringLiteral("this account is disabled"));
    if ((*account)->roles.value(QStringLiteral("*")) != protocol::Role::Admin)
        return errorResponse(Status::Forbidden, "forbidden", kNotAdmin);
    return AdminCaller{(*account)->id,
                       (*account)->name.isEmpty() ? (*account)->email : (*account)->name};
}

std::variant<Account, HttpResponse> admitAccount(const QByteArray& authorization, const Jwt& jwt,
                                                 AccountStore& accounts, qint64 nowS) {
    const auto claims = bearerClaims(authorization, jwt, nowS,
                                     QStringLiteral("sign in first: Authorization: Bearer TOKEN"));
    if (const auto* refusal = std::get_if<HttpResponse>(&claims)) return *refusal;
    const TokenClaims& c = std::get<TokenClaims>(claims);
    if (!c.subject.startsWith(QLatin1String("a_")))
        return errorResponse(Status::Forbidden, "account_required",
                             QStringLiteral("this is for a signed-in person, not a guest or an "
                                            "invite"));
    auto account = accounts.byId(c.subject);
    if (!account) return storageFailed("accounts", account.error().message);
    if (!*account) return unauthorized("auth_invalid", QStringLiteral("unknown account"));
    if ((*account)->disabled)
        return errorResponse(Status::Forbidden, "account_disabled",
                             QStringLiteral("this account is disabled"));
    return **account;
}

}  // namespace omk::server
