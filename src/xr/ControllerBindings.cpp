#include "xr/ControllerBindings.h"

#include <cmath>

namespace omk::xr {

const char* actionName(ControllerAction a) {
    switch (a) {
        case ControllerAction::Select:
            return "select";
        case ControllerAction::ToggleChat:
            return "toggle_chat";
        case ControllerAction::Recenter:
            return "recenter";
        case ControllerAction::PlayPause:
            return "play_pause";
        case ControllerAction::SwitchChannel:
            return "switch_channel";
        case ControllerAction::Aim:
            return "aim";
    }
    return "";
}

const char* actionLocalizedName(ControllerAction a) {
    switch (a) {
        case ControllerAction::Select:
            return "Select";
        case ControllerAction::ToggleChat:
            return "Show or hide chat";
        case ControllerAction::Recenter:
            return "Recenter";
        case ControllerAction::PlayPause:
            return "Play or pause (moderators)";
        case ControllerAction::SwitchChannel:
            return "Switch channel";
        case ControllerAction::Aim:
            return "Pointer";
    }
    return "";
}

ActionKind actionKind(ControllerAction a) {
    switch (a) {
        case ControllerAction::SwitchChannel:
            return ActionKind::Float;
        case ControllerAction::Aim:
            return ActionKind::Pose;
        default:
            return ActionKind::Boolean;
    }
}

const std::vector<ProfileBindings>& suggestedBindings() {
    using A = ControllerAction;
    // Select on both triggers, the pointer on both hands; the rest where the controller has a
    // button to spare: chat and recenter on the left hand, play/pause and channels on the right.
    // A trigger's value bound to a boolean action is thresholded by the runtime.
    static const std::vector<ProfileBindings> table = {
        {"/interaction_profiles/khr/simple_controller",
         {{A::Select, "/user/hand/left/input/select/click"},
          {A::Select, "/user/hand/right/input/select/click"},
          {A::ToggleChat, "/user/hand/left/input/menu/click"},
          {A::ToggleChat, "/user/hand/right/input/menu/click"},
          {A::Aim, "/user/hand/left/input/aim/pose"},
          {A::Aim, "/user/hand/right/input/aim/pose"}}},
        {"/interaction_profiles/oculus/touch_controller",
         {{A::Select, "/user/hand/left/input/trigger/value"},
          {A::Select, "/user/hand/right/input/trigger/value"},
          {A::ToggleChat, "/user/hand/left/input/y/click"},
          {A::Recenter, "/user/hand/left/input/x/click"},
          {A::PlayPause, "/user/hand/right/input/a/click"},
          {A::SwitchChannel, "/user/hand/right/input/thumbstick/x"},
          {A::Aim, "/user/hand/left/input/aim/pose"},
          {A::Aim, "/user/hand/right/input/aim/pose"}}},
        {"/interaction_profiles/valve/index_controller",
         {{A::Select, "/user/hand/left/input/trigger/click"},
          {A::Select, "/user/hand/right/input/trigger/click"},
          {A::ToggleChat, "/user/hand/left/input/b/click"},
          {A::Recenter, "/user/hand/left/input/a/click"},
          {A::PlayPause, "/user/hand/right/input/a/click"},
          {A::SwitchChannel, "/user/hand/right/input/thumbstick/x"},
          {A::Aim, "/user/hand/left/input/aim/pose"},
          {A::Aim, "/user/hand/right/input/aim/pose"}}},
        {"/interaction_profiles/htc/vive_controller",
         {{A::Select, "/user/hand/left/input/trigger/click"},
          {A::Select, "/user/hand/right/input/trigger/click"},
          {A::ToggleChat, "/user/hand/left/input/menu/click"},
          {A::Recenter, "/user/hand/left/input/squeeze/click"},
          {A::PlayPause, "/user/hand/right/input/squeeze/click"},
          {A::SwitchChannel, "/user/hand/right/input/trackpad/x"},
          {A::Aim, "/user/hand/left/input/aim/pose"},
          {A::Aim, "/user/hand/right/input/aim/pose"}}},
        {"/interaction_profiles/microsoft/motion_controller",
         {{A::Select, "/user/hand/left/input/trigger/value"},
          {A::Select, "/user/hand/right/input/trigger/value"},
          {A::ToggleChat, "/user/hand/left/input/menu/click"},
          {A::Recenter, "/user/hand/left/input/squeeze/click"},
          {A::PlayPause, "/user/hand/right/input/squeeze/click"},
          {A::SwitchChannel, "/user/hand/right/input/thumbstick/x"},
          {A::Aim, "/user/hand/left/input/aim/pose"},
          {A::Aim, "/user/hand/right/input/aim/pose"}}},
    };
    return table;
}

std::vector<ControllerCommand> ControllerCommandEdges::update(const ControllerState& now) {
    std::vector<ControllerCommand> out;
    for (size_t hand = 0; hand < 2; ++hand) {
        auto rising = [&](const std::array<bool, 2>& was, const std::array<bool, 2>& is,
                          ControllerCommand c) {
            if (is[hand] && !was[hand]) out.push_back(c);
        };
        rising(m_last.select, now.select, ControllerCommand::Select);
        rising(m_last.toggleChat, now.toggleChat, ControllerCommand::ToggleChat);
        rising(m_last.recenter, now.recenter, ControllerCommand::Recenter);
        rising(m_last.playPause, now.playPause, ControllerCommand::PlayPause);
        const float x = now.switchChannel[hand];
        if (!m_stickPushed[hand] && std::abs(x) >= kPush) {
            m_stickPushed[hand] = true;
            out.push_back(x > 0 ? ControllerCommand::NextChannel
                                : ControllerCommand::PreviousChannel);
        } else if (m_stickPushed[hand] && std::abs(x) <= kRelease) {
            m_stickPushed[hand] = false;
        }
    }
    m_last = now;
    return out;
}

}  // namespace omk::xr
