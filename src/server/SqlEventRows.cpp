#include "server/SqlEventRows.h"

#include "protocol/Role.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

QByteArray toJsonText(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fromJsonText(const QVariant& v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

omk::Expected<protocol::Event> readEvent(const QSqlQuery& q, const QString& room) {
    protocol::Event e;
    e.room = room;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.ts = q.value(2).toLongLong();
    const auto type = protocol::eventTypeFromName(q.value(3).toString());
    const auto role = protocol::roleFromName(q.value(6).toString());
    if (!type || !role)
        return omk::fail(QStringLiteral("store: event %1/%2 is unreadable").arg(room).arg(e.seq));
    e.type = *type;
    e.actor = {q.value(4).toString(), q.value(5).toString(), *role};
    e.cid = q.value(7).toString();
    e.data = fromJsonText(q.value(8));
    return e;
}

omk::Expected<QList<protocol::Event>> readEvents(QSqlQuery& q, const QString& room) {
    QList<protocol::Event> out;
    while (q.next()) {
        auto e = readEvent(q, room);
        if (!e) return e.unexpected();
        out.push_back(std::move(*e));
    }
    return out;
}

}  // namespace omk::server
