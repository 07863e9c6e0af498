#pragma once
// One entry of a room's append-only log, as stored and as sent.

#include "core/Expected.h"
#include "protocol/EventType.h"
#include "protocol/Role.h"

#include <QJsonObject>
#include <QString>

namespace omk::protocol {

struct Actor {
    QString id;
    QString name;
    Role role = Role::Attendee;
};

struct Event {
    QString room;
    qint64 seq = 0;  // per room: 1, 2, 3… with no gaps
    QString id;      // unique across rooms (a ULID)
    qint64 ts = 0;   // server time, ms since the Unix epoch, when it was appended
    EventType type = EventType::ChatMessage;
    Actor actor;
    QString cid;  // the sender's client message id
    QJsonObject data;
};

QJsonObject actorToJson(const Actor& a);
// The wire form: {"v":1,"type":"chat.message","room":…,"seq":…,"id":…,"ts":…,"actor":{…},
// "cid":…,"data":{…}}.
QJsonObject eventToJson(const Event& e);
// For clients and storage: reads the wire form back, strictly.
omk::Expected<Event> eventFromJson(const QJsonObject& o);

}  // namespace omk::protocol
