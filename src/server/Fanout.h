#pragma once
// How the server processes sharing a PostgreSQL log tell each other "room R has an event at
// seq S": RedisFanout (pub/sub) or PostgresFanout (LISTEN/NOTIFY). A notice only says where to
// look; the events themselves are always read from the store, so a lost or duplicated notice
// costs latency, never an event (the server also compares heads every catchup_interval_ms).
// The same channel carries each process's presence snapshots (PresenceWire, prefixed "P "), so
// viewer counts span processes without a second subscription, and the relayed view messages of
// protocol 1.5 (ViewRelay, prefixed "V ").
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
    void publish(const QString& room, qint64 seq);
    // Fire and forget too: snapshots are repeated until their time to live, so one lost costs
    // nothing lasting. body: one part from encodePresence().
    void publishPresence(const QByteArray& body);
    // Fire and forget: a guide's direction or a marker is worth nothing a moment later.
    void publishView(const QByteArray& frame);
    // For /health: is the fan-out connected?
    virtual omk::Expected<void> check() = 0;
    // Gives queued notices up to timeoutMs to leave before the process exits.
    virtual void flush(int timeoutMs) = 0;

signals:
    void notice(const QString& room, qint64 seq);
    // A presence part from some process (this one's own included), still to be decoded.
    void presence(const QByteArray& body);
    // A relayed view frame (guide.view, look.marker) from some process, this one's own included.
    void view(const QByteArray& frame);
    // A payload that is neither: it came from the network, so it is dropped and reported.
    void malformed(const QString& why);
    // (Re)subscribed: notices may have been missed while not subscribed.
    void subscribed();

protected:
    // Sends one payload on the channel, if connected.
    virtual void send(const QByteArray& payload) = 0;
    // Sorts a received payload into notice(), presence(), view() or malformed().
    void received(const QByteArray& payload);
};

// "SEQ ROOM": the seq first, so a room name may hold any printable character. Names with a
// space, which no room can have, are the event's own notices (EventBroadcasts.cpp).
QByteArray encodeNotice(const QString& room, qint64 seq);
bool decodeNotice(const QByteArray& payload, QString* room, qint64* seq);

}  // namespace omk::server
