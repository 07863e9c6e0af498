#include "protocol/ClientMessage.h"

#include "protocol/FieldReader.h"

#include <QRegularExpression>

#include <limits>

namespace omk::protocol {

namespace {

constexpr qint64 kMaxSeq = std::numeric_limits<qint64>::max();
constexpr qint64 kMaxDurationMs = 30LL * 24 * 3600 * 1000;  // a 30-day timeout at most
constexpr qint64 kMaxSlowModeMs = 3600LL * 1000;

omk::Expected<ClientMessage> result(const FieldReader& r, ClientMessage m) {
    if (!r.ok()) return omk::fail(r.error());
    return m;
}

omk::Expected<ClientMessage> decodeHello(FieldReader& r, const DecodeLimits& limits) {
    r.allowOnly({"v", "type", "token", "name", "client"});
    Hello h;
    h.protocol = static_cast<int>(r.integer("v", true, 0, 1000000).value_or(0));
    h.token = r.string("token", false, limits.maxTokenChars).value_or(QString());
    h.name = r.text("name", false, limits.maxNameChars).value_or(QString()).trimmed();
    h.client = r.string("client", false, 128).value_or(QString());
    if (r.ok() && h.token.isEmpty() == h.name.isEmpty())
        r.fail(QStringLiteral("token"), QStringLiteral("give exactly one of token or name"));
    return result(r, h);
}

omk::Expected<ClientMessage> decodeJoin(FieldReader& r) {
    r.allowOnly({"v", "type", "room", "since", "epoch"});
    Join j;
    j.room = r.identifier("room", true).value_or(QString());
    j.since = r.integer("since", false, 0, kMaxSeq);
    j.epoch = r.identifier("epoch", false).value_or(QString());
    return result(r, j);
}

omk::Expected<ClientMessage> decodeSend(FieldReader& r, EventType type,
                                        const DecodeLimits& limits) {
    r.allowOnly({"v", "type", "room", "cid", "data"});
    Send s;
    s.type = type;
    s.room = r.identifier("room", true).value_or(QString());
    s.cid = r.identifier("cid", true).value_or(QString());
    const auto data = r.object("data", true);
    if (!r.ok()) return omk::fail(r.error());
    auto valid = validateEventData(type, *data, limits);
    if (!valid) return valid.unexpected();
    s.data = std::move(*valid);
    return ClientMessage(std::move(s));
}

}  // namespace

omk::Expected<QJsonObject> validateEventData(EventType type, const QJsonObject& data,
                                             const DecodeLimits& limits) {
    FieldReader r(data, QStringLiteral("data."));
    QJsonObject out;
    auto put = [&out](const char* key, auto value) {
        if (value) out.insert(QLatin1String(key), *value);
    };
    switch (type) {
        case EventType::ChatMessage:
            r.allowOnly({"text", "reply_to"});
            put("text", r.text("text", true, limits.maxTextChars));
            put("reply_to", r.integer("reply_to", false, 1, kMaxSeq));
            break;
        case EventType::ChatDelete:
            r.allowOnly({"seq"});
            put("seq", r.integer("seq", true, 1, kMaxSeq));
            break;
        case EventType::ModTimeout:
            r.allowOnly({"user", "duration_ms", "reason"});
            put("user", r.identifier("user", true));
            put("duration_ms", r.integer("duration_ms", true, 0, kMaxDurationMs));
            put("reason", r.text("reason", false, limits.maxReasonChars));
            break;
        case EventType::ModBan:
            r.allowOnly({"user", "banned", "reason"});
            put("user", r.identifier("user", true));
            out.insert(QStringLiteral("banned"), r.boolean("banned", false).value_or(true));
            put("reason", r.text("reason", false, limits.maxReasonChars));
            break;
        case EventType::ModSlowMode:
            r.allowOnly({"interval_ms"});
            put("interval_ms", r.integer("interval_ms", true, 0, kMaxSlowModeMs));
            break;
        case EventType::ModPin:
            r.allowOnly({"seq"});
            put("seq", r.integer("seq", true, 0, kMaxSeq));
            break;
        case EventType::ChatEdit:
            r.allowOnly({"seq", "text"});
            put("seq", r.integer("seq", true, 1, kMaxSeq));
            put("text", r.text("text", true, limits.maxTextChars));
            break;
        case EventType::ChatReact: {
            r.allowOnly({"seq", "emoji", "on"});
            put("seq", r.integer("seq", true, 1, kMaxSeq));
            const auto emoji = r.string("emoji", true, limits.maxEmojiChars);
            if (emoji && (emoji->isEmpty() ||
                          emoji->contains(QRegularExpression(QStringLiteral("[\\s\\p{Cc}]")))))
                return omk::fail(QStringLiteral("data.emoji: expected one emoji"));
            put("emoji", emoji);
            out.insert(QStringLiteral("on"), r.boolean("on", false).value_or(true));
            break;
        }
        case EventType::PlaybackState:
            r.allowOnly({"media", "position_ms", "rate", "paused", "at_server_ms"});
            put("media", r.string("media", true, limits.maxMediaChars));
            put("position_ms", r.number("position_ms", true, 0, 1e12));
            out.insert(QStringLiteral("rate"), r.number("rate", false, 0.0625, 16).value_or(1.0));
            put("paused", r.boolean("paused", true));
            put("at_server_ms", r.integer("at_server_ms", false, 0, kMaxSeq));
            break;
    }
    if (!r.ok()) return omk::fail(r.error());
    return out;
}

bool isNotJson(const omk::Error& e) {
    return e.message.startsWith(QLatin1String("not JSON"));
}

omk::Expected<ClientMessage> decodeClientMessage(const QByteArray& frame,
                                                 const DecodeLimits& limits) {
    const auto parsed = parseFrameObject(frame);
    if (!parsed) return parsed.unexpected();
    const QJsonObject& o = *parsed;
    FieldReader r(o, QString());
    const auto type = r.string("type", true, 64);
    if (!r.ok()) return omk::fail(r.error());
    // hello carries any version so the server can answer unsupported_protocol; elsewhere v is
    // optional and, where given, must be ours.
    if (*type == QLatin1String("hello")) return decodeHello(r, limits);
    r.integer("v", false, kVersion, kVersion);
    if (*type == QLatin1String("join")) return decodeJoin(r);
    if (*type == QLatin1String("leave")) {
        r.allowOnly({"v", "type", "room"});
        return result(r, Leave{r.identifier("room", true).value_or(QString())});
    }
    if (*type == QLatin1String("members.list")) {
        r.allowOnly({"v", "type", "room", "offset", "limit"});
        MembersList m;
        m.room = r.identifier("room", true).value_or(QString());
        m.offset = static_cast<int>(r.integer("offset", false, 0, 1 << 30).value_or(0));
        m.limit =
            static_cast<int>(r.integer("limit", false, 1, limits.maxMembersPage).value_or(50));
        return result(r, m);
    }
    if (*type == QLatin1String("history")) {
        r.allowOnly({"v", "type", "room", "before", "limit"});
        History h;
        h.room = r.identifier("room", true).value_or(QString());
        h.before = r.integer("before", false, 0, kMaxSeq).value_or(0);
        h.limit = int(r.integer("limit", false, 1, limits.maxHistoryPage).value_or(50));
        return result(r, h);
    }
    if (*type == QLatin1String("time.ping")) {
        r.allowOnly({"v", "type", "t0"});
        return result(r, TimePing{r.number("t0", true, -1e18, 1e18).value_or(0)});
    }
    if (*type == QLatin1String("ping")) {
        r.allowOnly({"v", "type"});
        return result(r, Ping{});
    }
    if (*type == QLatin1String("guide.view")) {
        r.allowOnly({"v", "type", "room", "on", "yaw", "pitch", "fov"});
        GuideView g;
        g.room = r.identifier("room", true).value_or(QString());
        g.on = r.boolean("on", false).value_or(true);
        // Guiding on says where; guiding off need not.
        g.yaw = r.number("yaw", g.on, -180, 180).value_or(0);
        g.pitch = r.number("pitch", g.on, -90, 90).value_or(0);
        g.fov = r.number("fov", g.on, 1, 179).value_or(90);
        return result(r, g);
    }
    if (*type == QLatin1String("look.marker")) {
        r.allowOnly({"v", "type", "room", "yaw", "pitch"});
        LookMarker m;
        m.room = r.identifier("room", true).value_or(QString());
        m.yaw = r.number("yaw", true, -180, 180).value_or(0);
        m.pitch = r.number("pitch", true, -90, 90).value_or(0);
        return result(r, m);
    }
    if (const auto et = eventTypeFromName(*type)) return decodeSend(r, *et, limits);
    return omk::fail(QStringLiteral("type: unknown message type"));
}

namespace {
QJsonObject base(const char* type) {
    return QJsonObject{{QStringLiteral("v"), kVersion},
                       {QStringLiteral("type"), QLatin1String(type)}};
}
}  // namespace

QByteArray encode(const Hello& m) {
    auto o = base("hello");
    o.insert(QStringLiteral("v"), m.protocol);
    if (!m.token.isEmpty()) o.insert(QStringLiteral("token"), m.token);
    if (!m.name.isEmpty()) o.insert(QStringLiteral("name"), m.name);
    if (!m.client.isEmpty()) o.insert(QStringLiteral("client"), m.client);
    return toFrame(o);
}

QByteArray encode(const Join& m) {
    auto o = base("join");
    o.insert(QStringLiteral("room"), m.room);
    if (m.since) o.insert(QStringLiteral("since"), *m.since);
    if (!m.epoch.isEmpty()) o.insert(QStringLiteral("epoch"), m.epoch);
    return toFrame(o);
}

QByteArray encode(const Leave& m) {
    auto o = base("leave");
    o.insert(QStringLiteral("room"), m.room);
    return toFrame(o);
}

QByteArray encode(const Send& m) {
    QJsonObject o{{QStringLiteral("v"), kVersion},
                  {QStringLiteral("type"), eventTypeName(m.type)},
                  {QStringLiteral("room"), m.room},
                  {QStringLiteral("cid"), m.cid},
                  {QStringLiteral("data"), m.data}};
    return toFrame(o);
}

QByteArray encode(const History& m) {
    auto o = base("history");
    o.insert(QStringLiteral("room"), m.room);
    if (m.before > 0) o.insert(QStringLiteral("before"), m.before);
    o.insert(QStringLiteral("limit"), m.limit);
    return toFrame(o);
}

QByteArray encode(const MembersList& m) {
    auto o = base("members.list");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("offset"), m.offset);
    o.insert(QStringLiteral("limit"), m.limit);
    return toFrame(o);
}

QByteArray encode(const TimePing& m) {
    auto o = base("time.ping");
    o.insert(QStringLiteral("t0"), m.t0);
    return toFrame(o);
}

QByteArray encode(const Ping&) {
    return toFrame(base("ping"));
}

QByteArray encode(const GuideView& m) {
    auto o = base("guide.view");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("on"), m.on);
    if (m.on) {
        o.insert(QStringLiteral("yaw"), m.yaw);
        o.insert(QStringLiteral("pitch"), m.pitch);
        o.insert(QStringLiteral("fov"), m.fov);
    }
    return toFrame(o);
}

QByteArray encode(const LookMarker& m) {
    auto o = base("look.marker");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("yaw"), m.yaw);
    o.insert(QStringLiteral("pitch"), m.pitch);
    return toFrame(o);
}

}  // namespace omk::protocol
