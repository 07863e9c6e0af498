#include "protocol/ServerMessage.h"

#include "protocol/Protocol.h"

namespace omk::protocol {

namespace {
QJsonObject base(const char* type) {
    return QJsonObject{{QStringLiteral("v"), kVersion},
                       {QStringLiteral("type"), QLatin1String(type)}};
}
}  // namespace

QJsonObject toJson(const Welcome& m) {
    auto o = base("welcome");
    o.insert(QStringLiteral("protocol"), kVersion);
    o.insert(QStringLiteral("session"), m.session);
    o.insert(QStringLiteral("user"), actorToJson(m.user));
    o.insert(QStringLiteral("role_room"), m.roleRoom);
    o.insert(QStringLiteral("token"), m.token);
    o.insert(QStringLiteral("server_time"), m.serverTime);
    o.insert(QStringLiteral("limits"), m.limits);
    o.insert(QStringLiteral("heartbeat_ms"), m.heartbeatMs);
    return o;
}

QJsonObject toJson(const Joined& m) {
    auto o = base("joined");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("epoch"), m.epoch);
    o.insert(QStringLiteral("head"), m.head);
    o.insert(QStringLiteral("recovered"), m.recovered);
    o.insert(QStringLiteral("events"), m.events);
    if (m.snapshot) o.insert(QStringLiteral("snapshot"), *m.snapshot);
    o.insert(QStringLiteral("viewers"), m.viewers);
    return o;
}

QJsonObject toJson(const Ack& m) {
    auto o = base("ack");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("cid"), m.cid);
    o.insert(QStringLiteral("seq"), m.seq);
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("ts"), m.ts);
    o.insert(QStringLiteral("duplicate"), m.duplicate);
    return o;
}

QJsonObject toJson(const ErrorMessage& m) {
    auto o = base("error");
    o.insert(QStringLiteral("code"), m.code);
    o.insert(QStringLiteral("message"), m.message);
    if (m.retryAfterMs) o.insert(QStringLiteral("retry_after_ms"), *m.retryAfterMs);
    if (!m.cid.isEmpty()) o.insert(QStringLiteral("cid"), m.cid);
    if (!m.room.isEmpty()) o.insert(QStringLiteral("room"), m.room);
    return o;
}

QJsonObject presenceMessage(const QString& room, int viewers) {
    auto o = base("presence");
    o.insert(QStringLiteral("room"), room);
    o.insert(QStringLiteral("viewers"), viewers);
    return o;
}

QJsonObject historyMessage(const QString& room, const QJsonArray& events, bool more) {
    auto o = base("history");
    o.insert(QStringLiteral("room"), room);
    o.insert(QStringLiteral("events"), events);
    o.insert(QStringLiteral("more"), more);
    return o;
}

QJsonObject membersMessage(const QString& room, int total, int offset, const QJsonArray& members) {
    auto o = base("members");
    o.insert(QStringLiteral("room"), room);
    o.insert(QStringLiteral("total"), total);
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("members"), members);
    return o;
}

QJsonObject timePongMessage(double t0, qint64 serverTime) {
    auto o = base("time.pong");
    o.insert(QStringLiteral("t0"), t0);
    o.insert(QStringLiteral("server_time"), serverTime);
    return o;
}

QJsonObject pongMessage(qint64 serverTime) {
    auto o = base("pong");
    o.insert(QStringLiteral("server_time"), serverTime);
    return o;
}

QJsonObject leftMessage(const QString& room) {
    auto o = base("left");
    o.insert(QStringLiteral("room"), room);
    return o;
}

QJsonObject toJson(const CatalogChanged& m) {
    auto o = base("catalog.changed");
    o.insert(QStringLiteral("version"), m.version);
    o.insert(QStringLiteral("etag"), m.etag);
    o.insert(QStringLiteral("changes"), m.changes);
    return o;
}

QJsonObject toJson(const Announcement& m) {
    auto o = base("announcement");
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("text"), m.text);
    if (!m.channel.isEmpty()) o.insert(QStringLiteral("channel"), m.channel);
    o.insert(QStringLiteral("at"), m.at);
    o.insert(QStringLiteral("by"), m.by);
    return o;
}

QJsonObject toJson(const GuideViewMessage& m) {
    auto o = base("guide.view");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("by"), actorToJson(m.by));
    o.insert(QStringLiteral("on"), m.on);
    if (m.on) {
        o.insert(QStringLiteral("yaw"), m.yaw);
        o.insert(QStringLiteral("pitch"), m.pitch);
        o.insert(QStringLiteral("fov"), m.fov);
    }
    o.insert(QStringLiteral("at"), m.at);
    return o;
}

QJsonObject toJson(const LookMarkerMessage& m) {
    auto o = base("look.marker");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("by"), actorToJson(m.by));
    o.insert(QStringLiteral("yaw"), m.yaw);
    o.insert(QStringLiteral("pitch"), m.pitch);
    o.insert(QStringLiteral("at"), m.at);
    return o;
}

QJsonObject toJson(const RoomRole& m) {
    auto o = base("role");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("role"), roleName(m.role));
    return o;
}

QJsonObject toJson(const OnAirMessage& m) {
    auto o = base("onair");
    QJsonObject channels;
    for (auto it = m.channels.cbegin(); it != m.channels.cend(); ++it)
        channels.insert(it.key(),
                        it->session.isEmpty()
                            ? QJsonValue()
                            : QJsonValue(QJsonObject{{QStringLiteral("session"), it->session},
                                                     {QStringLiteral("since"), it->since}}));
    o.insert(QStringLiteral("channels"), channels);
    o.insert(QStringLiteral("full"), m.full);
    return o;
}

}  // namespace omk::protocol
