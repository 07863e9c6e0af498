#pragma once
// What a controller command does where it arrives: the same command means different things in
// the window (a panel to click, channels, chat) and in the headless `omnikast xr` / `xr-check`
// (a picture and a local player, nothing else), and play/pause belongs to moderators in a room.
// This decides; the caller acts on the answer and reports the refusals.
// Threading: none (pure functions).

#include "xr/ControllerBindings.h"

#include <QString>

namespace omk::xr {

// What is there to act on.
struct CommandContext {
    bool hasPanel = false;     // an in-headset panel the pointer can click
    bool hasEvent = false;     // channels to switch between and a chat to show
    bool inRoom = false;       // playback follows a room
    bool isModerator = false;  // in a room: may play and pause it for everyone
};

enum class CommandEffect {
    ClickPanel,
    ToggleChat,
    Recenter,
    NextChannel,
    PreviousChannel,
    TogglePlayback,
    NotAvailable
};

struct CommandResponse {
    CommandEffect effect = CommandEffect::NotAvailable;
    QString reason;  // with NotAvailable: why, as one phrase ("not available without an event")
};

CommandResponse respondTo(ControllerCommand command, const CommandContext& context);
// "recenter", "play_pause", "next_channel"... for summaries and logs.
QString commandName(ControllerCommand command);

}  // namespace omk::xr
