#pragma once
// How a server tells the others who is watching its rooms (scale-out only): one snapshot per room
// and process, split into parts small enough for any fan-out (PostgreSQL NOTIFY payloads must
// stay under 8000 bytes). Every snapshot carries a time to live, so the viewers of a process that
// died without a word disappear once it passes. Decoding is strict: these bytes come from the
// network and a malformed message is refused, never trusted.

#include "core/Expected.h"
#include "protocol/Event.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace omk::server {

// One part of one process's presence in one room.
struct PresencePart {
    QString instance;  // random id of the sending process, new on every start
    QString room;
    qint64 generation = 0;  // per sender, grows with every snapshot it sends
    int part = 0;           // 0 … parts - 1
    int parts = 1;
    int viewers = 0;  // connections in the room on the sender (every part carries it)
    int ttlMs = 0;    // the snapshot is void unless a newer one arrives within this
    QList<protocol::Actor> members;  // this part's slice of the distinct users watching
};

namespace presence {
inline constexpr int kMaxPartBytes = 6000;  // under NOTIFY's 8000 with room to spare
inline constexpr int kMaxMembers = 2000;    // listed per room and process; viewers counts all
inline constexpr int kMaxParts = 128;
inline constexpr int kMaxViewers = 10000000;
inline constexpr int kMinTtlMs = 500;
inline constexpr int kMaxTtlMs = 3600000;
}  // namespace presence

// The payload prefix that tells presence apart from "SEQ ROOM" notices on the same channel.
inline constexpr char kPresencePrefix[] = "P ";

// The parts (without kPresencePrefix) of one snapshot; viewers 0 with no members withdraws it.
QList<QByteArray> encodePresence(const QString& instance, const QString& room, qint64 generation,
                                 int viewers, int ttlMs, const QList<protocol::Actor>& members);
omk::Expected<PresencePart> decodePresence(const QByteArray& body);

}  // namespace omk::server
