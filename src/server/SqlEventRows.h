#pragma once
// Event rows as both SQL stores keep them (SqliteRoomStore, PostgresRoomStore): the same
// columns in the same order, data as compact JSON text.

#include "core/Expected.h"
#include "protocol/Event.h"
#include "server/RoomStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;
class QVariant;

namespace omk::server {

// SELECT list matching readEvent's column order.
inline constexpr const char* kEventColumns =
    "seq, id, ts, type, actor_id, actor_name, actor_role, cid, data";

QByteArray toJsonText(const QJsonObject& o);
QJsonObject fromJsonText(const QVariant& v);

// The current row of q (columns as kEventColumns); an unknown type or role is an error.
omk::Expected<protocol::Event> readEvent(const QSqlQuery& q, const QString& room);
// Every remaining row of q.
omk::Expected<QList<protocol::Event>> readEvents(QSqlQuery& q, const QString& room);

// loadRoom() of both stores: their room query narrowed to one name gives at most one row.
inline omk::Expected<std::optional<RoomRecord>> firstRoom(omk::Expected<QList<RoomRecord>> rooms) {
    if (!rooms) return rooms.unexpected();
    if (rooms->isEmpty()) return std::optional<RoomRecord>();
    return std::optional<RoomRecord>(rooms->front());
}

}  // namespace omk::server
