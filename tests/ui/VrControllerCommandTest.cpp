// What the controllers' buttons do in the window's VR mode: the window's own action for each,
// or a message saying why not (an attendee in a room, no event to switch in).
#include "ui/VrController.h"
#include "xr/ControllerBindings.h"

#include <gtest/gtest.h>

#include <QStringList>

using omk::ui::VrController;
using omk::xr::ControllerCommand;

namespace {

struct Requests {
    QStringList got;
    explicit Requests(VrController& c) {
        QObject::connect(&c, &VrController::togglePlaybackRequested, [this] { got << "play"; });
        QObject::connect(&c, &VrController::nextChannelRequested, [this] { got << "next"; });
        QObject::connect(&c, &VrController::previousChannelRequested, [this] { got << "prev"; });
        QObject::connect(&c, &VrController::chatToggleRequested, [this] { got << "chat"; });
        QObject::connect(&c, &VrController::message, [this](const QString& m) { got << m; });
    }
};

void give(VrController& c, ControllerCommand command) {
    c.actOnControllerCommand(int(command));
}

}  // namespace

TEST(VrControllerCommand, InAnEventTheButtonsDoWhatTheKeysDo) {
    VrController c;
    c.setProperty("hasEvent", true);
    Requests r(c);
    give(c, ControllerCommand::PlayPause);
    give(c, ControllerCommand::NextChannel);
    give(c, ControllerCommand::PreviousChannel);
    give(c, ControllerCommand::ToggleChat);
    give(c, ControllerCommand::Recenter);  // the session's thread recentres; nothing here
    EXPECT_EQ(r.got, (QStringList{"play", "next", "prev", "chat"}));
}

TEST(VrControllerCommand, AnAttendeeInARoomIsToldWhyPlayPauseDoesNothing) {
    VrController c;
    c.setProperty("hasEvent", true);
    c.setProperty("inRoom", true);
    Requests r(c);
    give(c, ControllerCommand::PlayPause);
    EXPECT_EQ(r.got, QStringList{QStringLiteral("Controller play_pause: only moderators may")});
    EXPECT_EQ(c.lastMessage(), r.got.value(0));
    c.setProperty("isModerator", true);
    give(c, ControllerCommand::PlayPause);
    EXPECT_EQ(r.got.value(1), QStringLiteral("play"));
}

TEST(VrControllerCommand, WithoutAnEventChannelsAndChatAreRefusedWithAReason) {
    VrController c;
    Requests r(c);
    give(c, ControllerCommand::NextChannel);
    give(c, ControllerCommand::ToggleChat);
    give(c, ControllerCommand::Select);
    give(c, ControllerCommand::PlayPause);
    EXPECT_EQ(r.got, (QStringList{
                         QStringLiteral("Controller next_channel: not available without an event"),
                         QStringLiteral("Controller toggle_chat: not available without an event"),
                         QStringLiteral("Controller select: not available without a panel"),
                         QStringLiteral("play"),
                     }));
}
