#pragma once
// Controllers through the OpenXR action system: one action set ("omnikast") with the actions of
// ControllerBindings, the suggested bindings for every profile there (a profile the runtime
// does not know is skipped and named, not an error), attached to the session; each focused
// frame, xrSyncActions and the states as commands plus each hand's pointer pose.
// Threading: the frame loop's thread, as XrProgram.

#include "core/Expected.h"
#include "xr/ControllerBindings.h"
#include "xr/XrPlatform.h"

#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace omk::xr {

class ControllerActions {
public:
    static Expected<std::unique_ptr<ControllerActions>> create(XrInstance instance,
                                                               XrSession session);
    ~ControllerActions();
    ControllerActions(const ControllerActions&) = delete;
    ControllerActions& operator=(const ControllerActions&) = delete;

    // Call once per frame while the session is focused (the runtime gives input only then).
    Expected<std::vector<ControllerCommand>> sync(XrSpace base, XrTime time);
    // Each hand's pointer (aim pose) in the base space, where tracked; for the panel's ray.
    const std::array<std::optional<XrPosef>, 2>& aimPoses() const { return m_aim; }
    // Profiles the runtime rejected with XR_ERROR_PATH_UNSUPPORTED.
    const QStringList& skippedProfiles() const { return m_skipped; }
    int acceptedProfiles() const { return m_accepted; }

private:
    ControllerActions() = default;
    XrAction action(ControllerAction a) const { return m_actions[size_t(a)]; }

    XrInstance m_instance = XR_NULL_HANDLE;
    XrSession m_session = XR_NULL_HANDLE;
    XrActionSet m_set = XR_NULL_HANDLE;
    std::array<XrAction, kControllerActionCount> m_actions{};
    std::array<XrPath, 2> m_hands{};
    std::array<XrSpace, 2> m_aimSpaces{};
    std::array<std::optional<XrPosef>, 2> m_aim;
    ControllerCommandEdges m_edges;
    QStringList m_skipped;
    int m_accepted = 0;
};

}  // namespace omk::xr
