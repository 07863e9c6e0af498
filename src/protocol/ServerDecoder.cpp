#include "protocol/ServerDecoder.h"

#include "protocol/ClientMessage.h"
#include "protocol/FieldReader.h"

#include <QJsonArray>

#include <limits>

namespace omk::protocol {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

template <class T>
omk::Expected<ServerMessage> result(const FieldReader& r, T m) {
    if (!r.ok()) return omk::fail(r.error());
    return ServerMessage(std::move(m));
}

omk::Expected<Actor> decodeActor(const QJsonObject& o, const QString& prefix) {
    FieldReader r(o, prefix);
    r.allowOnly({"id", "name", "role"});
    Actor a;
    a.id = r.identifier("id", true).value_or(QString());
    a.name = r.string("name", true, 256).value_or(QString());
    const auto role = r.string("role", true, 16);
    if (!r.ok()) return omk::fail(r.error());
    const auto known = roleFromName(*role);
    if (!known) return omk::fail(prefix + QStringLiteral("role: unknown role"));
    a.role = *known;
    return a;
}

omk::Expected<ServerMessage> decodeOnAir(FieldReader& r) {
    r.allowOnly({"v", "type", "channels", "full"});
    OnAirMessage m;
    m.full = r.boolean("full", true).value_or(false);
    const QJsonObject channels = r.object("channels", true).value_or(QJsonObject());
    if (!r.ok()) return omk::fail(r.error());
    if (channels.size() > 10000) return omk::fail(QStringLiteral("channels: more than 10000"));
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QString where = QStringLiteral("channels.") + it.key().left(64);
        if (it.key().isEmpty() || it.key().size() > 256)
            return omk::fail(where + QStringLiteral(": expected an id of 1-256 characters"));
        if (it.value().isNull()) {
            m.channels.insert(it.key(), OnAirEntry{});
            continue;
        }
        if (!it.value().isObject())
            return omk::fail(where + QStringLiteral(": expected an object or null"));
        const QJsonObject entry = it.value().toObject();
        FieldReader e(entry, where + u'.');
        e.allowOnly({"session", "since"});
        OnAirEntry o;
        o.session = e.string("session", true, 256).value_or(QString());
        o.since = e.integer("since", true, 0, kMax).value_or(0);
        if (!e.ok()) return omk::fail(e.error());
        if (o.session.isEmpty()) return omk::fail(where + QStringLiteral(".session: empty"));
        m.channels.insert(it.key(), o);
    }
    return ServerMessage(std::move(m));
}

omk::Expected<ServerMessage> decodeWelcome(FieldReader& r) {
    r.allowOnly({"v", "type", "protocol", "session", "server_time", "user", "role_room", "token",
                 "heartbeat_ms", "limits"});
    Welcome w;
    r.integer("protocol", true, kVersion, kVersion);
    w.session = r.string("session", true, 128).value_or(QString());
    w.serverTime = r.integer("server_time", true, 0, kMax).value_or(0);
    const auto user = r.object("user", true);
    w.roleRoom = r.identifier("role_room", true).value_or(QString());
    w.token = r.string("token", true, 4096).value_or(QString());
    w.heartbeatMs = int(r.integer("heartbeat_ms", true, 1, 3600 * 1000).value_or(0));
    w.limits = r.object("limits", true).value_or(QJsonObject());
    if (!r.ok()) return omk::fail(r.error());
    auto actor = decodeActor(*user, QStringLiteral("user."));
    if (!actor) return actor.unexpected();
    w.user = *actor;
    // Limits only ever grow a field at a time; each one present must be a positive integer.
    FieldReader l(w.limits, QStringLiteral("limits."));
    for (auto it = w.limits.begin(); it != w.limits.end(); ++it)
        l.integer(it.key().toLatin1().constData(), true, 0, kMax);
    if (!l.ok()) return omk::fail(l.error());
    return ServerMessage(std::move(w));
}

// o["events"]: log events with consecutive seqs, none beyond head. The log is gap-free and
// ordered; a run that is not comes from a broken server.
omk::Expected<QList<Event>> decodeEventRun(const QJsonObject& o, qint64 head) {
    const auto events = o.value(QStringLiteral("events"));
    if (!events.isArray()) return omk::fail(QStringLiteral("events: expected an array"));
    QList<Event> out;
    qint64 previous = 0;
    const auto array = events.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("events[%1]").arg(i);
        if (!array.at(i).isObject())
            return omk::fail(prefix + QStringLiteral(": expected an object"));
        auto e = eventFromJson(array.at(i).toObject());
        if (!e) return omk::fail(prefix + QStringLiteral(".") + e.error().message);
        if (auto data = validateEventData(e->type, e->data); !data)
            return omk::fail(prefix + QStringLiteral(".") + data.error().message);
        if (previous && e->seq != previous + 1)
            return omk::fail(prefix + QStringLiteral(".seq: not consecutive"));
        if (e->seq > head) return omk::fail(prefix + QStringLiteral(".seq: beyond head"));
        previous = e->seq;
        out.append(std::move(*e));
    }
    return out;
}

omk::Expected<ServerMessage> decodeJoined(FieldReader& r, const QJsonObject& o) {
    r.allowOnly(
        {"v", "type", "room", "epoch", "head", "recovered", "events", "snapshot", "viewers"});
    JoinedMessage j;
    j.header.room = r.identifier("room", true).value_or(QString());
    j.header.epoch = r.identifier("epoch", true).value_or(QString());
    j.header.head = r.integer("head", true, 0, kMax).value_or(0);
    j.header.recovered = r.boolean("recovered", true).value_or(false);
    j.header.snapshot = r.object("snapshot", false);
    j.header.viewers = int(r.integer("viewers", true, 0, 1 << 30).value_or(0));
    if (!r.ok()) return omk::fail(r.error());
    if (!j.header.recovered && !j.header.snapshot)
        return omk::fail(QStringLiteral("snapshot: missing (not recovered)"));
    auto events = decodeEventRun(o, j.header.head);
    if (!events) return events.unexpected();
    j.events = std::move(*events);
    return ServerMessage(std::move(j));
}

omk::Expected<ServerMessage> decodeMembers(FieldReader& r, const QJsonObject& o) {
    r.allowOnly({"v", "type", "room", "total", "offset", "members"});
    Members m;
    m.room = r.identifier("room", true).value_or(QString());
    m.total = int(r.integer("total", true, 0, 1 << 30).value_or(0));
    m.offset = int(r.integer("offset", true, 0, 1 << 30).value_or(0));
    if (!r.ok()) return omk::fail(r.error());
    const auto members = o.value(QStringLiteral("members"));
    if (!members.isArray()) return omk::fail(QStringLiteral("members: expected an array"));
    const auto array = members.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("members[%1].").arg(i);
        if (!array.at(i).isObject())
            return omk::fail(prefix + QStringLiteral(": expected an object"));
        auto a = decodeActor(array.at(i).toObject(), prefix);
        if (!a) return a.unexpected();
        m.members.append(*a);
    }
    return ServerMessage(std::move(m));
}

omk::Expected<ServerMessage> decodeHistory(FieldReader& r, const QJsonObject& o) {
    r.allowOnly({"v", "type", "room", "events", "more"});
    HistoryPage h;
    h.room = r.identifier("room", true).value_or(QString());
    h.more = r.boolean("more", true).value_or(false);
    if (!r.ok()) return omk::fail(r.error());
    auto events = decodeEventRun(o, kMax);
    if (!events) return events.unexpected();
    h.events = std::move(*events);
    return ServerMessage(std::move(h));
}

}  // namespace

omk::Expected<ServerMessage> decodeServerMessage(const QByteArray& frame) {
    const auto parsed = parseFrameObject(frame);
    if (!parsed) return parsed.unexpected();
    const QJsonObject& o = *parsed;
    FieldReader r(o, QString());
    const auto type = r.string("type", true, 64);
    r.integer("v", true, kVersion, kVersion);
    if (!r.ok()) return omk::fail(r.error());
    const QString& t = *type;
    if (t == QLatin1String("welcome")) return decodeWelcome(r);
    if (t == QLatin1String("joined")) return decodeJoined(r, o);
    if (t == QLatin1String("ack")) {
        r.allowOnly({"v", "type", "room", "cid", "seq", "id", "ts", "duplicate"});
        Ack a;
        a.room = r.identifier("room", true).value_or(QString());
        a.cid = r.identifier("cid", true).value_or(QString());
        a.seq = r.integer("seq", true, 1, kMax).value_or(0);
        a.id = r.identifier("id", true).value_or(QString());
        a.ts = r.integer("ts", true, 0, kMax).value_or(0);
        a.duplicate = r.boolean("duplicate", false).value_or(false);
        return result(r, a);
    }
    if (t == QLatin1String("error")) {
        r.allowOnly({"v", "type", "code", "message", "retry_after_ms", "cid", "room"});
        ErrorMessage e;
        e.code = r.identifier("code", true).value_or(QString());
        e.message = r.string("message", true, 4096).value_or(QString());
        e.retryAfterMs = r.integer("retry_after_ms", false, 0, kMax);
        e.cid = r.identifier("cid", false).value_or(QString());
        e.room = r.identifier("room", false).value_or(QString());
        return result(r, e);
    }
    if (t == QLatin1String("presence")) {
        r.allowOnly({"v", "type", "room", "viewers"});
        Presence p;
        p.room = r.identifier("room", true).value_or(QString());
        p.viewers = int(r.integer("viewers", true, 0, 1 << 30).value_or(0));
        return result(r, p);
    }
    if (t == QLatin1String("members")) return decodeMembers(r, o);
    if (t == QLatin1String("history")) return decodeHistory(r, o);
    if (t == QLatin1String("time.pong")) {
        r.allowOnly({"v", "type", "t0", "server_time"});
        TimePong p;
        p.t0 = r.number("t0", true, -1e18, 1e18).value_or(0);
        p.serverTime = r.integer("server_time", true, 0, kMax).value_or(0);
        return result(r, p);
    }
    if (t == QLatin1String("pong")) {
        r.allowOnly({"v", "type", "server_time"});
        return result(r, Pong{r.integer("server_time", true, 0, kMax).value_or(0)});
    }
    if (t == QLatin1String("left")) {
        r.allowOnly({"v", "type", "room"});
        return result(r, Left{r.identifier("room", true).value_or(QString())});
    }
    if (t == QLatin1String("onair")) return decodeOnAir(r);
    if (t == QLatin1String("announcement")) {
        r.allowOnly({"v", "type", "id", "text", "channel", "at", "by"});
        Announcement a;
        a.id = r.identifier("id", true).value_or(QString());
        a.text = r.text("text", true, 500).value_or(QString());
        a.channel = r.string("channel", false, 256).value_or(QString());
        a.at = r.integer("at", true, 0, kMax).value_or(0);
        a.by = r.string("by", true, 256).value_or(QString());
        return result(r, a);
    }
    if (t == QLatin1String("role")) {
        r.allowOnly({"v", "type", "room", "role"});
        RoomRole m;
        m.room = r.identifier("room", true).value_or(QString());
        const QString name = r.string("role", true, 32).value_or(QString());
        if (!r.ok()) return omk::fail(r.error());
        const auto role = roleFromName(name);
        if (!role) return omk::fail(QStringLiteral("role: unknown role \"%1\"").arg(name.left(32)));
        m.role = *role;
        return ServerMessage(m);
    }
    if (t == QLatin1String("guide.view")) {
        r.allowOnly({"v", "type", "room", "by", "on", "yaw", "pitch", "fov", "at"});
        GuideViewMessage g;
        g.room = r.identifier("room", true).value_or(QString());
        const auto by = r.object("by", true);
        g.on = r.boolean("on", true).value_or(false);
        g.yaw = r.number("yaw", g.on, -180, 180).value_or(0);
        g.pitch = r.number("pitch", g.on, -90, 90).value_or(0);
        g.fov = r.number("fov", g.on, 1, 179).value_or(90);
        g.at = r.integer("at", true, 0, kMax).value_or(0);
        if (!r.ok()) return omk::fail(r.error());
        auto actor = decodeActor(*by, QStringLiteral("by."));
        if (!actor) return actor.unexpected();
        g.by = *actor;
        return ServerMessage(std::move(g));
    }
    if (t == QLatin1String("look.marker")) {
        r.allowOnly({"v", "type", "room", "by", "yaw", "pitch", "at"});
        LookMarkerMessage m;
        m.room = r.identifier("room", true).value_or(QString());
        const auto by = r.object("by", true);
        m.yaw = r.number("yaw", true, -180, 180).value_or(0);
        m.pitch = r.number("pitch", true, -90, 90).value_or(0);
        m.at = r.integer("at", true, 0, kMax).value_or(0);
        if (!r.ok()) return omk::fail(r.error());
        auto actor = decodeActor(*by, QStringLiteral("by."));
        if (!actor) return actor.unexpected();
        m.by = *actor;
        return ServerMessage(std::move(m));
    }
    if (t == QLatin1String("catalog.changed")) {
        r.allowOnly({"v", "type", "version", "etag", "changes"});
        CatalogChanged c;
        c.version = r.integer("version", true, 1, kMax).value_or(0);
        c.etag = r.string("etag", true, 200).value_or(QString());
        c.changes = r.object("changes", false).value_or(QJsonObject());
        return result(r, c);
    }
    if (eventTypeFromName(t)) {
        auto e = eventFromJson(o);
        if (!e) return e.unexpected();
        auto data = validateEventData(e->type, e->data);
        if (!data) return data.unexpected();
        return ServerMessage(std::move(*e));
    }
    // A message type of a newer minor version: well-formed, so told apart from garbage, and
    // left to the caller to skip (docs/PROTOCOL.md "Versioning").
    if (!isIdentifier(t)) return omk::fail(QStringLiteral("type: unknown message type"));
    return ServerMessage(UnknownMessage{t});
}

}  // namespace omk::protocol
