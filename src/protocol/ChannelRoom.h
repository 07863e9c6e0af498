#pragma once
// The chat room of a channel. A channel's id is the catalog's, and a frab or Pretalx export names
// its rooms as people write them ("Saal 1", "Gray Room", "会議室 3"); a room's id on the wire is
// 1-64 printable ASCII characters (isIdentifier). A channel whose id is one is its own room. Any
// other gets a room id made from it, the same in every client and server: its ASCII letters,
// digits, '.', '_' and '-' (each run of anything else one '-'), at most 40 of them ("room" when
// none), then '~' and the first 8 hex digits of the SHA-256 of the id: "Saal 1" → "Saal-1~…".
// A room id is its own room, so a caller may pass either (roles name rooms).
// Threading: a pure function.

#include <QString>

namespace omk::protocol {

QString roomOfChannel(const QString& channelId);

}  // namespace omk::protocol
