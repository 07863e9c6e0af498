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

// Protocol 1.5 (a server that says so in welcome.limits.guide_per_second): where the room's guide
// looks, in degrees as the viewer's view has them (yaw -180..180, pitch -90..90, field of view
// 1..179), relayed to the room and not logged; on = false ends the guiding. From a moderator of
// the room (a watch party's host) only.
struct GuideView {
    QString room;
    bool on = true;
    double yaw = 0, pitch = 0, fov = 90;
};

// Protocol 1.5: "look here", a point on the sphere anyone in the room may show everyone for a few
// seconds; relayed, not logged.
struct LookMarker {
    QString room;
    double yaw = 0, pitch = 0;
};

using ClientMessage = std::variant<Hello, Join, Leave, Send, MembersList, History, TimePing, Ping,
                                   GuideView, LookMarker>;

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
QByteArray encode(const GuideView& m);
QByteArray encode(const LookMarker& m);

}  // namespace omk::protocol
