#include "server/OnAirApi.h"

#include "server/AdminAccess.h"
#include "server/AdminRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"

#include <optional>

namespace omk::server {

namespace {
using Status = QHttpServerResponder::StatusCode;
}  // namespace

OnAirApi::OnAirApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit,
                   const EventCatalog& catalog, OnAirBoard& board,
                   std::function<void(const QString&)> switched)
    : m_jwt(jwt),
      m_accounts(accounts),
      m_audit(audit),
      m_catalog(catalog),
      m_board(board),
      m_switched(std::move(switched)) {}

void OnAirApi::addRoutes(HttpApi& http) {
    http.addPostPatternRoute(
        QStringLiteral("/admin/channels/{id}/on-air"),
        [this](const PostRequest& r, HttpApi::Reply reply) { reply(switchOnAir(r)); });
}

HttpResponse OnAirApi::switchOnAir(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);

    const auto read = readOnAirSwitch(r.body);
    if (!read) return errorResponse(Status::BadRequest, read.error());
    const QString& session = *read;
    const QString& channel = r.pathId;
    const CatalogIndex& index = *m_catalog.live().index;
    if (!index.channels.contains(channel))
        return errorResponse(
            Status::NotFound, "no_channel",
            QStringLiteral("the catalog has no channel \"%1\"").arg(channel.left(64)));
    if (!session.isEmpty()) {
        const auto where = index.sessionChannel.constFind(session);
        if (where == index.sessionChannel.constEnd())
            return errorResponse(
                Status::UnprocessableEntity, "no_session",
                QStringLiteral("session: the catalog has no session \"%1\"").arg(session.left(64)));
        if (*where != channel)
            return errorResponse(Status::UnprocessableEntity, "session_elsewhere",
                                 QStringLiteral("session: \"%1\" is on channel \"%2\", not \"%3\"")
                                     .arg(session.left(64), where->left(64), channel.left(64)));
    }
    const OnAir before = m_board.all().value(channel);
    const OnAir after{session, session.isEmpty() ? 0 : now};
    QString entryId;
    auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        if (auto stored = m_board.store(channel, after, caller.id); !stored) return stored;
        AuditEntry e;
        e.atMs = now;
        e.actor = caller.id;
        e.actorName = caller.name;
        e.action = QStringLiteral("onair.switch");
        e.target = channel;
        e.detail = QJsonObject{
            {QStringLiteral("session"), session.isEmpty() ? QJsonValue() : QJsonValue(session)},
            {QStringLiteral("previous"),
             before.session.isEmpty() ? QJsonValue() : QJsonValue(before.session)}};
        auto logged = m_audit.append(e);
        if (!logged) return logged.unexpected();
        entryId = *logged;
        return {};
    });
    if (!done) return storageFailed("admin_store", done.error().message);
    m_board.adopt(channel, after);
    if (m_switched) m_switched(channel);
    return jsonResponse(Status::Ok,
                        QJsonObject{{QStringLiteral("channel"), channel},
                                    {QStringLiteral("session"),
                                     session.isEmpty() ? QJsonValue() : QJsonValue(session)},
                                    {QStringLiteral("since"), after.sinceMs},
                                    {QStringLiteral("audit"), entryId}});
}

}  // namespace omk::server
