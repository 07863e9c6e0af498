#include "server/AnnouncementApi.h"

#include "server/AdminAccess.h"
#include "server/AdminRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"

#include <optional>

namespace omk::server {

namespace {
using Status = QHttpServerResponder::StatusCode;
}  // namespace

AnnouncementApi::AnnouncementApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit,
                                 const EventCatalog& catalog, AnnouncementLog& log,
                                 std::function<void(const protocol::Announcement&)> announced)
    : m_jwt(jwt),
      m_accounts(accounts),
      m_audit(audit),
      m_catalog(catalog),
      m_log(log),
      m_announced(std::move(announced)) {}

void AnnouncementApi::addRoutes(HttpApi& http) {
    http.addPostRoute(QStringLiteral("/admin/announcements"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { reply(announce(r)); });
}

HttpResponse AnnouncementApi::announce(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);
    const auto read = readAnnouncement(r.body);
    if (!read) return errorResponse(Status::BadRequest, read.error());
    if (!read->channel.isEmpty() && !m_catalog.live().index->channels.contains(read->channel))
        return errorResponse(
            Status::NotFound, "no_channel",
            QStringLiteral("the catalog has no channel \"%1\"").arg(read->channel.left(64)));
    std::optional<protocol::Announcement> stored;
    QString entryId;
    auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        auto a = m_log.append(
            protocol::Announcement{{}, read->text, read->channel, now, caller.name}, caller.id);
        if (!a) return a.unexpected();
        AuditEntry e;
        e.atMs = now;
        e.actor = caller.id;
        e.actorName = caller.name;
        e.action = QStringLiteral("announcement.post");
        e.target = read->channel.isEmpty() ? QStringLiteral("*") : read->channel;
        e.detail = QJsonObject{{QStringLiteral("id"), a->id}, {QStringLiteral("text"), a->text}};
        auto logged = m_audit.append(e);
        if (!logged) return logged.unexpected();
        stored = *a;
        entryId = *logged;
        return {};
    });
    if (!done) return storageFailed("admin_store", done.error().message);
    m_log.markSeen(stored->id);
    if (m_announced) m_announced(*stored);
    return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("id"), stored->id},
                                                {QStringLiteral("at"), stored->at},
                                                {QStringLiteral("audit"), entryId}});
}

}  // namespace omk::server
