#include "protocol/Event.h"

#include "protocol/FieldReader.h"
#include "protocol/Protocol.h"

#include <limits>

namespace omk::protocol {

QJsonObject actorToJson(const Actor& a) {
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("role"), roleName(a.role)}};
}

QJsonObject eventToJson(const Event& e) {
    return QJsonObject{{QStringLiteral("v"), kVersion},
                       {QStringLiteral("type"), eventTypeName(e.type)},
                       {QStringLiteral("room"), e.room},
                       {QStringLiteral("seq"), e.seq},
                       {QStringLiteral("id"), e.id},
                       {QStringLiteral("ts"), e.ts},
                       {QStringLiteral("actor"), actorToJson(e.actor)},
                       {QStringLiteral("cid"), e.cid},
                       {QStringLiteral("data"), e.data}};
}

omk::Expected<Event> eventFromJson(const QJsonObject& o) {
    FieldReader r(o, QString());
    r.allowOnly({"v", "type", "room", "seq", "id", "ts", "actor", "cid", "data"});
    Event e;
    const auto type = r.string("type", true, 64);
    e.room = r.identifier("room", true).value_or(QString());
    e.seq = r.integer("seq", true, 1, std::numeric_limits<qint64>::max()).value_or(0);
    e.id = r.identifier("id", true).value_or(QString());
    e.ts = r.integer("ts", true, 0, std::numeric_limits<qint64>::max()).value_or(0);
    e.cid = r.string("cid", false, 64).value_or(QString());
    e.data = r.object("data", true).value_or(QJsonObject());
    const auto actor = r.object("actor", true).value_or(QJsonObject());
    if (!r.ok()) return omk::fail(r.error());
    const auto t = type ? eventTypeFromName(*type) : std::nullopt;
    if (!t) return omk::fail(QStringLiteral("type: unknown event type"));
    e.type = *t;
    FieldReader a(actor, QStringLiteral("actor."));
    e.actor.id = a.identifier("id", true).value_or(QString());
    e.actor.name = a.string("name", true, 256).value_or(QString());
    const auto role = roleFromName(a.string("role", true, 16).value_or(QString()));
    if (!a.ok()) return omk::fail(a.error());
    if (!role) return omk::fail(QStringLiteral("actor.role: unknown role"));
    e.actor.role = *role;
    return e;
}

}  // namespace omk::protocol
