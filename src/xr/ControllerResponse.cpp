#include "xr/ControllerResponse.h"

namespace omk::xr {

CommandResponse respondTo(ControllerCommand command, const CommandContext& context) {
    const auto refuse = [](const char* why) {
        return CommandResponse{CommandEffect::NotAvailable, QLatin1String(why)};
    };
    switch (command) {
        case ControllerCommand::Select:
            if (!context.hasPanel) return refuse("not available without a panel");
            return {CommandEffect::ClickPanel, {}};
        case ControllerCommand::ToggleChat:
            if (!context.hasEvent) return refuse("not available without an event");
            return {CommandEffect::ToggleChat, {}};
        case ControllerCommand::NextChannel:
            if (!context.hasEvent) return refuse("not available without an event");
            return {CommandEffect::NextChannel, {}};
        case ControllerCommand::PreviousChannel:
            if (!context.hasEvent) return refuse("not available without an event");
            return {CommandEffect::PreviousChannel, {}};
        case ControllerCommand::Recenter:
            return {CommandEffect::Recenter, {}};
        case ControllerCommand::PlayPause:
            // A room's playback is the moderators'; alone, the player is the viewer's own.
            if (context.inRoom && !context.isModerator) return refuse("only moderators may");
            return {CommandEffect::TogglePlayback, {}};
    }
    return refuse("unknown command");
}

QString commandName(ControllerCommand command) {
    switch (command) {
        case ControllerCommand::Select:
            return QStringLiteral("select");
        case ControllerCommand::ToggleChat:
            return QStringLiteral("toggle_chat");
        case ControllerCommand::Recenter:
            return QStringLiteral("recenter");
        case ControllerCommand::NextChannel:
            return QStringLiteral("next_channel");
        case ControllerCommand::PreviousChannel:
            return QStringLiteral("previous_channel");
        case ControllerCommand::PlayPause:
            return QStringLiteral("play_pause");
    }
    return QStringLiteral("unknown");
}

}  // namespace omk::xr
