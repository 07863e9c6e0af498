#pragma once
// The kinds of event a room's log holds (persisted and numbered).

#include <QString>

#include <optional>

namespace omk::protocol {

enum class EventType {
    ChatMessage,
    ChatDelete,
    ModTimeout,
    ModBan,
    ModSlowMode,
    ModPin,
    PlaybackState,
    ChatEdit,   // protocol 1.1: the author rewrites a message
    ChatReact,  // protocol 1.1: anyone adds or removes an emoji reaction
};

QString eventTypeName(EventType t);
std::optional<EventType> eventTypeFromName(const QString& name);

// Events only a moderator or admin of the room may append.
bool isPrivileged(EventType t);

}  // namespace omk::protocol
