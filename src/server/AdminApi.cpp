#include "server/AdminApi.h"

#include "catalog/OmnikastCatalogFormat.h"

#include "server/AdminAccess.h"
#include "server/AdminRequests.h"
#include "server/CatalogRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"
#include "server/RoleGrants.h"

#include <QHttpServerRequest>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

// A real congress's catalog (150 rooms, thousands of talks) is a few MiB.
constexpr qsizetype kMaxCatalogPutBytes = 16 * 1024 * 1024;

// The status an error code of the store or of a role change answers with.
Status statusOf(const QString& code) {
    if (code == QLatin1String("bad_email")) return Status::BadRequest;
    if (code == QLatin1String("no_account")) return Status::NotFound;
    if (code == QLatin1String("not_held") || code == QLatin1String("last_admin"))
        return Status::Conflict;
    return Status::ServiceUnavailable;  // storage
}

QJsonObject rolesJson(const QMap<QString, protocol::Role>& roles) {
    QJsonObject o;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        o.insert(it.key(), protocol::roleName(it.value()));
    return o;
}

}  // namespace

AdminApi::AdminApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit, CatalogCommit& commit,
                   std::function<void(const QString& account)> rolesChanged)
    : m_jwt(jwt),
      m_accounts(accounts),
      m_audit(audit),
      m_commit(commit),
      m_rolesChanged(std::move(rolesChanged)) {}

void AdminApi::addRoutes(HttpApi& http) {
    http.addRoute(QStringLiteral("/admin/roles"), [this](const QHttpServerRequest& request) {
        return noStore(roles(request.value(QByteArrayLiteral("authorization"))));
    });
    http.addPostRoute(
        QStringLiteral("/admin/roles/grant"),
        [this](const PostRequest& r, HttpApi::Reply reply) { reply(changeRole(true, r)); });
    http.addPostRoute(
        QStringLiteral("/admin/roles/revoke"),
        [this](const PostRequest& r, HttpApi::Reply reply) { reply(changeRole(false, r)); });
    http.addRoute(QStringLiteral("/admin/catalog"), [this](const QHttpServerRequest& request) {
        return noStore(catalog(request.value(QByteArrayLiteral("authorization"))));
    });
    http.addPutRoute(
        QStringLiteral("/admin/catalog"),
        [this](const PostRequest& r, HttpApi::Reply reply) { reply(putCatalog(r)); },
        kMaxCatalogPutBytes);
    http.addRoute(QStringLiteral("/admin/audit"), [this](const QHttpServerRequest& request) {
        return noStore(audit(request.value(QByteArrayLiteral("authorization")),
                             request.url().query(QUrl::FullyEncoded)));
    });
}

HttpResponse AdminApi::roles(const QByteArray& authorization) {
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, wallMs() / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    auto holders = m_accounts.roleHolders();
    if (!holders) return storageFailed("admin_store", holders.error().message);
    QJsonArray out;
    for (const RoleHolder& h : *holders)
        out.append(QJsonObject{{QStringLiteral("account"), h.accountId},
                               {QStringLiteral("email"), h.email},
                               {QStringLiteral("name"), h.name},
                               {QStringLiteral("room"), h.room},
                               {QStringLiteral("role"), protocol::roleName(h.role)}});
    return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("roles"), out}});
}

HttpResponse AdminApi::changeRole(bool grant, const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);

    auto read = readRoleChange(r.body, grant);
    if (!read) return errorResponse(Status::BadRequest, read.error());
    const RoleChange& change = *read;
    // The change and its audit entry are one transaction: both or neither.
    std::optional<Account> changed;
    QString entryId;
    omk::Error refused;
    auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        if (!grant && change.role == protocol::Role::Admin && change.room == QLatin1String("*")) {
            // The event keeps an admin: the last one is revoked on the command line only.
            auto holders = m_accounts.roleHolders();
            if (!holders) return holders.unexpected();
            const auto admins =
                std::count_if(holders->cbegin(), holders->cend(), [](const auto& h) {
                    return h.room == QLatin1String("*") && h.role == protocol::Role::Admin;
                });
            if (admins <= 1) {
                refused = {QStringLiteral("the event's last admin keeps the role (grant another "
                                          "admin first, or use omnikast-server roles revoke)"),
                           QStringLiteral("last_admin")};
                return omk::fail("last_admin", refused.message);
            }
        }
        auto account = omk::server::changeRole(m_accounts, change, now);
        if (!account) {
            if (account.error().code != QLatin1String("storage")) refused = account.error();
            return account.unexpected();
        }
        auto logged = m_audit.append(roleAuditEntry(change, *account, caller.id, caller.name, now));
        if (!logged) return logged.unexpected();
        changed = *account;
        entryId = *logged;
        return {};
    });
    if (!done) {
        if (!refused.code.isEmpty()) return errorResponse(statusOf(refused.code), refused);
        return storageFailed("admin_store", done.error().message);
    }
    if (m_rolesChanged) m_rolesChanged(changed->id);
    return jsonResponse(Status::Ok,
                        QJsonObject{{QStringLiteral("account"), changed->id},
                                    {QStringLiteral("email"), changed->email},
                                    {QStringLiteral("roles"), rolesJson(changed->roles)},
                                    {QStringLiteral("audit"), entryId}});
}

HttpResponse AdminApi::catalog(const QByteArray& authorization) {
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, wallMs() / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const LiveCatalog& live = m_commit.catalog().live();
    if (live.version == 0)
        return errorResponse(Status::NotFound, "no_catalog",
                             QStringLiteral("this server has no catalog yet: PUT one"));
    HttpResponse r;
    r.body = live.body;
    r.etag = live.etag;
    r.headers.append(
        {QByteArrayLiteral("X-Omnikast-Catalog-Version"), QByteArray::number(live.version)});
    return r;
}

HttpResponse AdminApi::putCatalog(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);
    // Without If-Match, two organizers would overwrite each other without knowing.
    if (r.ifMatch.trimmed().isEmpty())
        return errorResponse(Status::PreconditionRequired, "if_match_required",
                             QStringLiteral("send If-Match with the ETag of the catalog you "
                                            "changed (GET /admin/catalog), or * to replace any"));
    auto read = readCatalogPut(r.body);
    if (!read)
        return errorResponse(read.error().code == QLatin1String("bad_json")
                                 ? Status::BadRequest
                                 : Status::UnprocessableEntity,
                             read.error());
    return m_commit.commit(CatalogCommit::Change{catalog::toOmnikastCatalogJson(*read), r.ifMatch,
                                                 caller, QStringLiteral("catalog.replace"),
                                                 QStringLiteral("catalog"), now});
}

HttpResponse AdminApi::audit(const QByteArray& authorization, const QString& query) {
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, wallMs() / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const auto read = readAuditQuery(query);
    if (!read) return errorResponse(Status::BadRequest, read.error());
    const AuditQuery& a = *read;
    auto entries = m_audit.list(a);
    if (!entries) return storageFailed("admin_store", entries.error().message);
    QJsonArray out;
    for (const AuditEntry& e : *entries) out.append(AuditLog::toJson(e));
    QJsonObject o{{QStringLiteral("entries"), out}};
    // A full page may have more behind it: the next page starts before its last entry.
    o.insert(QStringLiteral("next"),
             entries->size() == a.limit ? QJsonValue(entries->last().id) : QJsonValue());
    return jsonResponse(Status::Ok, o);
}

}  // namespace omk::server
