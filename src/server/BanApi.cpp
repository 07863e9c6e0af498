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
                            request.url().query(QUrl::FullyDecoded)));
    });
    http.addPostRoute(QStringLiteral("/admin/bans/lift"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { reply(lift(r)); });
}

HttpResponse BanApi::list(const QByteArray& authorization, const QString& query) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const QString only = QUrlQuery(query).queryItemValue(QStringLiteral("room"));
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
    Room* room = m_rooms.find(read->room);
    if (!room)
        return errorResponse(
            Status::NotFound, "no_room",
            QStringLiteral("no room \"%1\" on this server").arg(read->room.left(64)));
    // Another server's ban may not be folded in yet.
    if (auto caught = room->catchUp(); !caught)
        return storageFailed("room_store", caught.error().message);
    bool banned = false, timedOut = false;
    for (const RoomSanction& s : room->sanctions(now))
        if (s.user == read->user) (s.ban ? banned : timedOut) = true;
    if (!banned && !timedOut)
        return errorResponse(Status::NotFound, "not_banned",
                             QStringLiteral("%1 is neither banned nor timed out in %2")
                                 .arg(read->user.left(64), read->room.left(64)));
    // As the events a moderator sends: stored, folded and sent to every client of the room.
    const protocol::Actor actor{caller.id, caller.name, protocol::Role::Admin};
    const auto append = [&](protocol::EventType type, const QJsonObject& data) {
        // A cid of its own, as a client's send has (the log keys replays by it).
        const protocol::Send send{read->room, QStringLiteral("admin-") + makeUlid(wallMs()), type,
                                  data};
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto appended = room->append(actor, send, wallMs(), steadyMs());
            if (!appended) return omk::Expected<void>(appended.unexpected());
            if (*appended) return omk::Expected<void>();
            // Another server took the seq: the room caught up; try again.
        }
        return omk::Expected<void>(omk::fail("storage", QStringLiteral("the room kept moving")));
    };
    if (banned)
        if (auto done = append(protocol::EventType::ModBan,
                               QJsonObject{{QStringLiteral("user"), read->user},
                                           {QStringLiteral("banned"), false}});
            !done)
            return storageFailed("room_store", done.error().message);
    if (timedOut)
        if (auto done = append(protocol::EventType::ModTimeout,
                               QJsonObject{{QStringLiteral("user"), read->user},
                                           {QStringLiteral("duration_ms"), 0}});
            !done)
            return storageFailed("room_store", done.error().message);
    AuditEntry e;
    e.atMs = now;
    e.actor = caller.id;
    e.actorName = caller.name;
    e.action = QStringLiteral("ban.lift");
    e.target = read->user;
    e.detail = QJsonObject{{QStringLiteral("room"), read->room},
                           {QStringLiteral("ban"), banned},
                           {QStringLiteral("timeout"), timedOut}};
    auto logged = m_audit.append(e);
    // The lift is in the room's log already: a failed audit entry is logged, not undone.
    if (!logged)
        qCWarning(lcServer).noquote()
            << logLine("audit_failed", {{"action", e.action}, {"reason", logged.error().message}});
    return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("room"), read->room},
                                                {QStringLiteral("user"), read->user},
                                                {QStringLiteral("ban"), banned},
                                                {QStringLiteral("timeout"), timedOut},
                                                {QStringLiteral("audit"),
                                                 logged ? QJsonValue(*logged) : QJsonValue()}});
}

}  // namespace omk::server
