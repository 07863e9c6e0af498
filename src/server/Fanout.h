#pragma once
// How the server processes sharing a PostgreSQL log tell each other "room R has an event at
// seq S": RedisFanout (pub/sub) or PostgresFanout (LISTEN/NOTIFY). A notice only says where to
// look; the events themselves are always read from the store, so a lost or duplicated notice
// costs latency, never an event (the server also compares heads every catchup_interval_ms).
// Threading: the server's event-loop thread only.

#include "core/Expected.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace omk::server {

class Fanout : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Fanout() override;

    virtual QString kind() const = 0;
    // Fire and forget: the event is already durable, so a lost notice only delays others.
    virtual void publish(const QString& room, qint64 seq) = 0;
    // For /health: is the fan-out connected?
    virtual omk::Expected<void> check() = 0;
    // Gives queued notices up to timeoutMs to leave before the process exits.
    virtual void flush(int timeoutMs) = 0;

signals:
    void notice(const QString& room, qint64 seq);
    // (Re)subscribed: notices may have been missed while not subscribed.
    void subscribed();
};

// "SEQ ROOM": the seq first, so a room name may hold any printable character.
QByteArray encodeNotice(const QString& room, qint64 seq);
bool decodeNotice(const QByteArray& payload, QString* room, qint64* seq);

}  // namespace omk::server
