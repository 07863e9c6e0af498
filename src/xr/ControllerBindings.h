#pragma once
// The controller side of the headset mode as data and pure logic: the actions Omnikast defines,
// the bindings it suggests for each interaction profile (khr/simple_controller and the common
// controllers), and how action states become commands (a press is one command, a thumbstick
// pushed sideways is one channel step until it comes back). ControllerActions does the OpenXR
// calls.
// Threading: none.

#include <array>
#include <vector>

namespace omk::xr {

enum class ControllerCommand {
    Select,
    ToggleChat,
    Recenter,
    NextChannel,
    PreviousChannel,
    PlayPause
};

// Action names (OpenXR's lowercase path-segment rules) and what they are.
enum class ControllerAction { Select, ToggleChat, Recenter, PlayPause, SwitchChannel, Aim };
constexpr int kControllerActionCount = 6;
const char* actionName(ControllerAction a);
const char* actionLocalizedName(ControllerAction a);
// Boolean (a button), float (a thumbstick or trackpad axis) or pose (the pointer ray).
enum class ActionKind { Boolean, Float, Pose };
ActionKind actionKind(ControllerAction a);

struct SuggestedBinding {
    ControllerAction action;
    const char* path;  // "/user/hand/right/input/trigger/value"
};
struct ProfileBindings {
    const char* profile;  // "/interaction_profiles/khr/simple_controller"
    std::vector<SuggestedBinding> bindings;
};
const std::vector<ProfileBindings>& suggestedBindings();

// Per hand (0 left, 1 right), what the runtime reported this frame.
struct ControllerState {
    std::array<bool, 2> select{}, toggleChat{}, recenter{}, playPause{};
    std::array<float, 2> switchChannel{};  // -1 left .. 1 right
};

// Rising edges of the buttons and the thumbstick's sideways pushes, as commands.
class ControllerCommandEdges {
public:
    // Past this the stick has been pushed; within the release zone it is back.
    static constexpr float kPush = 0.7f, kRelease = 0.3f;
    std::vector<ControllerCommand> update(const ControllerState& now);

private:
    ControllerState m_last;
    std::array<bool, 2> m_stickPushed{};
};

}  // namespace omk::xr
