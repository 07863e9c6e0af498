#pragma once
// The client's side of the protocol: a strict decoder for every frame the server sends
// (docs/PROTOCOL.md). Like the server's decoder it answers any bytes with a message or an error
// naming the field, so a client never acts on a half-understood frame.

#include "core/Expected.h"
#include "protocol/Event.h"
#include "protocol/Protocol.h"
#include "protocol/ServerMessage.h"

#include <QByteArray>
#include <QList>

#include <variant>

namespace omk::protocol {

// joined, with its events decoded (Joined keeps them as wire objects for the server's encoder).
struct JoinedMessage {
    Joined header;  // header.events is left empty
    QList<Event> events;
};

struct Presence {
    QString room;
    int viewers = 0;
};

struct Members {
    QString room;
    int total = 0;
    int offset = 0;
    QList<Actor> members;
};

struct HistoryPage {
    QString room;
    QList<Event> events;  // consecutive seqs, oldest first
    bool more = false;
};

struct TimePong {
    double t0 = 0;
    qint64 serverTime = 0;
};

struct Pong {
    qint64 serverTime = 0;
};

struct Left {
    QString room;
};

// A message type this build does not know (a newer server's): clients skip it.
struct UnknownMessage {
    QString type;
};

using ServerMessage =
    std::variant<Welcome, JoinedMessage, Ack, ErrorMessage, Presence, Members, TimePong, Pong, Left,
                 Event, HistoryPage, CatalogChanged, OnAirMessage, Announcement, RoomRole,
                 GuideViewMessage, LookMarkerMessage, UnknownMessage>;

omk::Expected<ServerMessage> decodeServerMessage(const QByteArray& frame);

}  // namespace omk::protocol
