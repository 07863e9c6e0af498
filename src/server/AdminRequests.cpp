#include "server/AdminRequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>

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

}  // namespace

omk::Expected<RoleChange> readRoleChange(const QByteArray& body, bool grant) {
    QJsonParseError e{};
    const auto doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_json", QStringLiteral("the body must be a JSON object"));
    const QJsonObject o = doc.object();
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
        c.room = *room;
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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_json",
                         QStringLiteral("expected a JSON object {\"session\": ID or null}"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("session"))
            return omk::fail("bad_request", it.key().left(40) + QStringLiteral(": unknown field"));
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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_json",
                         QStringLiteral("expected a JSON object {\"text\", \"channel\"?}"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("text") && it.key() != QLatin1String("channel"))
            return omk::fail("bad_request", it.key().left(40) + QStringLiteral(": unknown field"));
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

}  // namespace omk::server
