#pragma once
// What a client may send, and the strict decoder the server runs on every text frame. The
// encoders are for clients (the desktop app, tests) so both sides share one spelling.

#include "core/Expected.h"
#include "protocol/EventType.h"
#include "protocol/Protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace omk::protocol {

// Sign-in: exactly one of token (a signed token: a reconnect, or an invite) or name (a guest).
struct Hello {
    int protocol = kVersion;
    QString token;
    QString name;
    QString client;  // free-form client description, for logs
};

// Subscribe to a room. With since (and the epoch it came from) the server replays what was
// missed or says it cannot.
struct Join {
    QString room;
    std::optional<qint64> since;
    QString epoch;
};

struct Leave {
    QString room;
};

// Append an event to a room's log. data has been validated for type and holds only known
// fields.
struct Send {
    QString room;
    QString cid;
    EventType type = EventType::ChatMessage;
    QJsonObject data;
};

struct MembersList {
    QString room;
    int offset = 0;
    int limit = 50;
};

// Protocol 1.1: earlier events of a joined room, for scrolling back through the chat.
struct History {
    QString room;
    qint64 before = 0;  // events with seq < before; 0: up to the head
    int limit = 50;
};

struct TimePing {
    double t0 = 0;
};

struct Ping {};

using ClientMessage = std::variant<Hello, Join, Leave, Send, MembersList, History, TimePing, Ping>;

// Any bytes in, never a crash: an error names the field at fault.
omk::Expected<ClientMessage> decodeClientMessage(const QByteArray& frame,
                                                 const DecodeLimits& limits = {});
// True for a decode error caused by the frame not being JSON at all (error code bad_json rather
// than bad_message).
bool isNotJson(const omk::Error& e);

// The data of one event type, checked and reduced to known fields (also used on replayed logs).
omk::Expected<QJsonObject> validateEventData(EventType type, const QJsonObject& data,
                                             const DecodeLimits& limits = {});

QByteArray encode(const Hello& m);
QByteArray encode(const Join& m);
QByteArray encode(const Leave& m);
QByteArray encode(const Send& m);
QByteArray encode(const MembersList& m);
QByteArray encode(const History& m);
QByteArray encode(const TimePing& m);
QByteArray encode(const Ping& m);

}  // namespace omk::protocol
