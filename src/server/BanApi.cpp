#include "server/BanApi.h"

#include "protocol/EventType.h"
#include "server/AdminAccess.h"
#include "server/AdminRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"
#include "server/Log.h"
#include "server/Ulid.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

QJsonObject toJson(const QString& room, const RoomSanction& s) {
    QJsonObject o{
        {QStringLiteral("room"), room},
        {QStringLiteral("user"), s.user},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("kind"), s.ban ? QStringLiteral("ban") : QStringLiteral("timeout")},
        {QStringLiteral("since_ms"), s.sinceMs},
        {QStringLiteral("by"), s.by},
        {QStringLiteral("by_name"), s.byName},
        {QStringLiteral("reason"), s.reason}};
    if (!s.ban) o.insert(QStringLiteral("until_ms"), s.untilMs);
    return o;
}

}  // namespace

BanApi::BanApi(const Jwt& jwt, AccountStore& accounts, AuditLog& audit, RoomRegistry& rooms)
    : m_jwt(jwt), m_accounts(accounts), m_audit(audit), m_rooms(rooms) {}

void BanApi::addRoutes(HttpApi& http) {
    http.addRoute(QStringLiteral("/admin/bans"), [this](const QHttpServerRequest& request) {
        return noStore(list(request.value(QByteArrayLiteral("authorization")),
                            request.url().query(QUrl::FullyEncoded)));
    });
    http.addPostRoute(QStringLiteral("/admin/bans/lift"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { reply(lift(r)); });
}

HttpResponse BanApi::list(const QByteArray& authorization, const QString& query) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const QString only =
        QUrlQuery(query).queryItemValue(QStringLiteral("room"), QUrl::FullyDecoded);
    QJsonArray out;
    for (Room* room : m_rooms.all()) {
        if (!only.isEmpty() && room->name() != only) continue;
        for (const RoomSanction& s : room->sanctions(now)) out.append(toJson(room->name(), s));
    }
    return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("bans"), out}});
}

HttpResponse BanApi::lift(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);
    const auto read = readBanLift(r.body);
    if (!read) return errorResponse(Status::BadRequest, read.error());
    // With a shared store, the room may be another server's not yet loaded here.
    auto found = m_rooms.findOrLoad(read->room);
    if (!found) return storageFailed("room_store", found.error().message);
    Room* room = *found;
    if (!room)
        return errorResponse(Status::NotFound, "no_room",
                             QStringLiteral("no room \"%1\"").arg(read->room.left(64)));
    // Another server's ban may not be folded in yet.
    if (auto caught = room->catchUp(); !caught)
        return storageFailed("room_store", caught.error().message);
    const auto holds = [&](bool ban) {
        for (const RoomSanction& s : room->sanctions(wallMs()))
            if (s.user == read->user && s.ban == ban) return true;
        return false;
    };
    if (!holds(true) && !holds(false))
        return errorResponse(Status::NotFound, "not_banned",
                             QStringLiteral("%1 is neither banned nor timed out in %2")
                                 .arg(read->user.left(64), read->room.left(64)));
    // As the events a moderator sends: stored, folded and sent to every client of the room.
    // Where another server appends meanwhile (the room catches up), what still holds is decided
    // again: a lift someone else made is not made twice.
    const protocol::Actor actor{caller.id, caller.name, protocol::Role::Admin};
    bool liftedBan = false, liftedTimeout = false;
    omk::Error failed;
    const auto lift = [&](bool ban) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (!holds(ban)) return true;
            const protocol::Send send{
                read->room, QStringLiteral("admin-") + makeUlid(wallMs()),
                ban ? protocol::EventType::ModBan : protocol::EventType::ModTimeout,
                ban ? QJsonObject{{QStringLiteral("user"), read->user},
                                  {QStringLiteral("banned"), false}}
                    : QJsonObject{{QStringLiteral("user"), read->user},
                                  {QStringLiteral("duration_ms"), 0}}};
            auto appended = room->append(actor, send, wallMs(), steadyMs());
            if (!appended) {
                failed = appended.error();
                return false;
            }
            if (*appended) {
                (ban ? liftedBan : liftedTimeout) = true;
                return true;
            }
        }
        failed = omk::Error{QStringLiteral("the room kept changing"), QStringLiteral("storage")};
        return false;
    };
    const bool done = lift(true) && lift(false);
    // Audited for what was stored, even when the second step failed: the log keeps both.
    QString entryId;
    if (liftedBan || liftedTimeout) {
        AuditEntry e;
        e.atMs = now;
        e.actor = caller.id;
        e.actorName = caller.name;
        e.action = QStringLiteral("ban.lift");
        e.target = read->user;
        e.detail = QJsonObject{{QStringLiteral("room"), read->room},
                               {QStringLiteral("ban"), liftedBan},
                               {QStringLiteral("timeout"), liftedTimeout}};
        auto logged = m_audit.append(e);
        // The lift is in the room's log already: a failed audit entry is logged, not undone.
        if (logged)
            entryId = *logged;
        else
            qCWarning(lcServer).noquote() << logLine(
                "audit_failed", {{"action", e.action}, {"reason", logged.error().message}});
    }
    if (!done) return storageFailed("room_store", failed.message);
    return jsonResponse(Status::Ok,
                        QJsonObject{{QStringLiteral("room"), read->room},
                                    {QStringLiteral("user"), read->user},
                                    {QStringLiteral("ban"), liftedBan},
                                    {QStringLiteral("timeout"), liftedTimeout},
                                    {QStringLiteral("audit"),
                                     entryId.isEmpty() ? QJsonValue() : QJsonValue(entryId)}});
}

}  // namespace omk::server
