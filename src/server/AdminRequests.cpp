#include "server/AdminRequests.h"

#include "protocol/ChannelRoom.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <initializer_list>

namespace omk::server {

namespace {

// A non-empty string of at most maxChars.
omk::Expected<QString> text(const QJsonObject& o, const char* name, int maxChars) {
    const auto v = o.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxChars)
        return omk::fail("bad_request", QStringLiteral("\"%1\" must be a string of 1 to %2 "
                                                       "characters")
                                            .arg(QLatin1String(name))
                                            .arg(maxChars));
    return v.toString();
}

// The body as a JSON object holding no other fields than `fields`; shape says what is expected
// ("{\"session\": ID or null}") when it is not one.
omk::Expected<QJsonObject> objectWithOnly(const QByteArray& body,
                                          std::initializer_list<QLatin1String> fields,
                                          const QString& shape) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_json", QStringLiteral("expected a JSON object ") + shape);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (std::find(fields.begin(), fields.end(), it.key()) == fields.end())
            return omk::fail("bad_request", it.key().left(40) + QStringLiteral(": unknown field"));
    return o;
}

}  // namespace

omk::Expected<RoleChange> readRoleChange(const QByteArray& body, bool grant) {
    const auto read =
        objectWithOnly(body, {QLatin1String("email"), QLatin1String("role"), QLatin1String("room")},
                       QStringLiteral("{\"email\", \"role\", \"room\"?}"));
    if (!read) return read.unexpected();
    const QJsonObject& o = *read;
    RoleChange c;
    c.grant = grant;
    auto email = text(o, "email", 320);
    if (!email) return email.unexpected();
    c.email = *email;
    auto roleName = text(o, "role", 32);
    if (!roleName) return roleName.unexpected();
    const auto role = protocol::roleFromName(*roleName);
    if (!role || *role == protocol::Role::Attendee)
        return omk::fail("bad_role", QStringLiteral("\"role\" must be moderator or admin"));
    c.role = *role;
    if (o.contains(QStringLiteral("room"))) {
        auto room = text(o, "room", 128);
        if (!room) return room.unexpected();
        // A channel's id names its room ("Saal 1"), as the room's own id does.
        c.room = *room == QLatin1String("*") ? *room : protocol::roomOfChannel(*room);
    }
    return c;
}

omk::Expected<AuditQuery> readAuditQuery(const QString& query) {
    const QUrlQuery q(query);
    AuditQuery a;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        a.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || a.limit < 1 || a.limit > 1000)
            return omk::fail("bad_request", QStringLiteral("\"limit\" must be 1 to 1000"));
    }
    a.before = q.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded);
    a.action = q.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    a.actor = q.queryItemValue(QStringLiteral("actor"), QUrl::FullyDecoded);
    for (const QString* v : {&a.before, &a.action, &a.actor})
        if (v->size() > 256)
            return omk::fail("bad_request", QStringLiteral("a filter longer than 256 characters"));
    return a;
}

omk::Expected<QString> readOnAirSwitch(const QByteArray& body) {
    const auto read = objectWithOnly(body, {QLatin1String("session")},
                                     QStringLiteral("{\"session\": ID or null}"));
    if (!read) return read.unexpected();
    const QJsonObject& o = *read;
    if (!o.contains(QLatin1String("session")))
        return omk::fail("bad_request",
                         QStringLiteral("session: missing (a session id, or null for nothing on "
                                        "air)"));
    const QJsonValue v = o.value(QLatin1String("session"));
    if (v.isNull()) return QString();
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 256)
        return omk::fail("bad_request",
                         QStringLiteral("session: expected a session id of 1-256 characters, or "
                                        "null for nothing on air"));
    return v.toString();
}

omk::Expected<AnnouncementRequest> readAnnouncement(const QByteArray& body) {
    const auto read = objectWithOnly(body, {QLatin1String("text"), QLatin1String("channel")},
                                     QStringLiteral("{\"text\", \"channel\"?}"));
    if (!read) return read.unexpected();
    const QJsonObject& o = *read;
    AnnouncementRequest r;
    const QJsonValue text = o.value(QLatin1String("text"));
    r.text = text.toString().trimmed();
    if (!text.isString() || r.text.isEmpty() || r.text.size() > 500)
        return omk::fail("bad_request", QStringLiteral("text: expected 1-500 characters of text"));
    const QJsonValue channel = o.value(QLatin1String("channel"));
    if (!channel.isUndefined() && !channel.isNull()) {
        if (!channel.isString() || channel.toString().isEmpty() || channel.toString().size() > 256)
            return omk::fail("bad_request",
                             QStringLiteral("channel: expected a channel id, or none for every "
                                            "channel"));
        r.channel = channel.toString();
    }
    return r;
}

omk::Expected<BanLift> readBanLift(const QByteArray& body) {
    const auto read = objectWithOnly(body, {QLatin1String("room"), QLatin1String("user")},
                                     QStringLiteral("{\"room\", \"user\"}"));
    if (!read) return read.unexpected();
    auto room = text(*read, "room", 256);
    if (!room) return room.unexpected();
    auto user = text(*read, "user", 256);
    if (!user) return user.unexpected();
    return BanLift{*room, *user};
}

omk::Expected<ImportRequest> readImportRequest(const QByteArray& body, bool apply) {
    const auto read = objectWithOnly(
        body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body,
        {QLatin1String("url"), QLatin1String("source_hash")},
        apply ? QStringLiteral("{\"url\"?, \"source_hash\"}") : QStringLiteral("{\"url\"?}"));
    if (!read) return read.unexpected();
    const QJsonObject& o = *read;
    ImportRequest r;
    if (o.contains(QLatin1String("url"))) {
        auto url = text(o, "url", 2048);
        if (!url) return url.unexpected();
        const QUrl u(url->trimmed(), QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            return omk::fail("bad_request",
                             QStringLiteral("\"url\" must be an http or https URL of a schedule "
                                            "export"));
        r.url = u.toString(QUrl::FullyEncoded);
    }
    if (o.contains(QLatin1String("source_hash")) || apply) {
        if (!apply)
            return omk::fail("bad_request",
                             QStringLiteral("source_hash: unknown field (a preview takes none)"));
        auto hash = text(o, "source_hash", 64);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hash || !hex.match(*hash).hasMatch())
            return omk::fail("bad_request",
                             QStringLiteral("\"source_hash\" must be the 64 hex digits the "
                                            "preview answered"));
        r.sourceHash = *hash;
    }
    return r;
}

}  // namespace omk::server
