#pragma once
// What the server sends besides log events (see Event.h), as wire objects.

#include "protocol/Event.h"
#include "protocol/Role.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace omk::protocol {

struct Welcome {
    QString session;
    Actor user;
    QString roleRoom = QStringLiteral("*");  // where user.role holds; elsewhere an attendee
    QString token;                           // sign in again with this to keep the same identity
    qint64 serverTime = 0;
    QJsonObject limits;
    int heartbeatMs = 0;
};
QJsonObject toJson(const Welcome& m);

struct Joined {
    QString room;
    QString epoch;
    qint64 head = 0;         // the room's last seq
    bool recovered = false;  // true: events are exactly what was missed since `since`
    QJsonArray events;       // missed events (recovered) or recent history (not recovered)
    std::optional<QJsonObject> snapshot;  // the room's state, when not recovered
    int viewers = 0;
};
QJsonObject toJson(const Joined& m);

struct Ack {
    QString room;
    QString cid;
    qint64 seq = 0;
    QString id;
    qint64 ts = 0;
    bool duplicate = false;  // a retry: this is the original ack
};
QJsonObject toJson(const Ack& m);

struct ErrorMessage {
    QString code;
    QString message;
    std::optional<qint64> retryAfterMs;
    QString cid;   // the send this answers, if any
    QString room;  // the room it concerns, if any
};
QJsonObject toJson(const ErrorMessage& m);

QJsonObject presenceMessage(const QString& room, int viewers);
// Protocol 1.1: a page of a room's earlier events (oldest first); more: earlier ones exist.
QJsonObject historyMessage(const QString& room, const QJsonArray& events, bool more);
QJsonObject membersMessage(const QString& room, int total, int offset, const QJsonArray& members);
QJsonObject timePongMessage(double t0, qint64 serverTime);
QJsonObject pongMessage(qint64 serverTime);
QJsonObject leftMessage(const QString& room);

// (1.2) The event's catalog version: right after the welcome (changes empty) where the server
// serves a catalog, and as organizers change it (PUT /admin/catalog) with what differs by id
// ({"channels": {"added", "removed", "changed", "reordered"}, "sessions": …, "event"}); the
// client fetches /catalog.json with If-None-Match.
struct CatalogChanged {
    qint64 version = 0;
    QString etag;
    QJsonObject changes;
};
QJsonObject toJson(const CatalogChanged& m);

// (1.2) What is on air where, as organizers switch it (POST /admin/channels/{id}/on-air):
// right after the welcome the whole board (full: channels not named have nothing on air), then
// each switch (the channels it changed; an empty session: nothing on air there any more).
struct OnAirEntry {
    QString session;   // a session id of the catalog; empty: nothing on air
    qint64 since = 0;  // server time (ms) of the switch
    bool operator==(const OnAirEntry&) const = default;
};
struct OnAirMessage {
    QMap<QString, OnAirEntry> channels;  // channel id → entry
    bool full = false;
};
QJsonObject toJson(const OnAirMessage& m);

// (1.2) The organizers' announcement (POST /admin/announcements), to every signed-in client; a
// client shows it as a banner, to everyone or (channel set) to the viewers of that channel.
struct Announcement {
    QString id;       // a ULID: later ones sort after
    QString text;     // 1-500 characters
    QString channel;  // a channel id; empty: every channel
    qint64 at = 0;    // server time (ms)
    QString by;       // who announced it, for people
    bool operator==(const Announcement&) const = default;
};
QJsonObject toJson(const Announcement& m);

// (1.3) The joiner's role in a room, right after its `joined`, where it differs from what the
// welcome said (an account that moderates this one room): moderator tools and the organizers'
// room rules go by it.
struct RoomRole {
    QString room;
    Role role = Role::Attendee;
    bool operator==(const RoomRole&) const = default;
};
QJsonObject toJson(const RoomRole& m);

// (1.5) A room's guide's view direction (ClientMessage GuideView), relayed to the room with who
// sent it and when (server time, ms: the clock playback runs on); on = false: the guide stopped
// (or left the room), and yaw/pitch/fov are absent. Sent again right after a `joined` while a
// guide is on, so a late joiner follows at once.
struct GuideViewMessage {
    QString room;
    Actor by;
    bool on = true;
    double yaw = 0, pitch = 0, fov = 90;
    qint64 at = 0;
};
QJsonObject toJson(const GuideViewMessage& m);

// (1.5) "Look here" (ClientMessage LookMarker), relayed to the room; clients show it for a few
// seconds.
struct LookMarkerMessage {
    QString room;
    Actor by;
    double yaw = 0, pitch = 0;
    qint64 at = 0;
};
QJsonObject toJson(const LookMarkerMessage& m);

}  // namespace omk::protocol
