#include "protocol/EventType.h"

#include <array>
#include <utility>

namespace omk::protocol {

namespace {
constexpr std::array<std::pair<EventType, const char*>, 9> kNames{{
    {EventType::ChatMessage, "chat.message"},
    {EventType::ChatDelete, "chat.delete"},
    {EventType::ModTimeout, "mod.timeout"},
    {EventType::ModBan, "mod.ban"},
    {EventType::ModSlowMode, "mod.slow_mode"},
    {EventType::ModPin, "mod.pin"},
    {EventType::PlaybackState, "playback.state"},
    {EventType::ChatEdit, "chat.edit"},
    {EventType::ChatReact, "chat.react"},
}};
}  // namespace

QString eventTypeName(EventType t) {
    for (const auto& [type, name] : kNames)
        if (type == t) return QString::fromLatin1(name);
    return {};
}

std::optional<EventType> eventTypeFromName(const QString& name) {
    for (const auto& [type, n] : kNames)
        if (name == QLatin1String(n)) return type;
    return std::nullopt;
}

bool isPrivileged(EventType t) {
    return t != EventType::ChatMessage && t != EventType::ChatEdit && t != EventType::ChatReact;
}

}  // namespace omk::protocol
