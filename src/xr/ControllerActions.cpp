#include "xr/ControllerActions.h"

#include "xr/Log.h"

#include <cstring>

namespace omk::xr {
namespace {

Unexpected failed(const char* what, XrResult r) {
    return fail(QStringLiteral("%1 failed (%2)").arg(QLatin1String(what), resultName(r)));
}

}  // namespace

Expected<std::unique_ptr<ControllerActions>> ControllerActions::create(XrInstance instance,
                                                                       XrSession session) {
    std::unique_ptr<ControllerActions> c(new ControllerActions);
    c->m_instance = instance;
    c->m_session = session;
    auto setInfo = xrStruct<XrActionSetCreateInfo>(XR_TYPE_ACTION_SET_CREATE_INFO);
    std::strncpy(setInfo.actionSetName, "omnikast", XR_MAX_ACTION_SET_NAME_SIZE - 1);
    std::strncpy(setInfo.localizedActionSetName, "Omnikast",
                 XR_MAX_LOCALIZED_ACTION_SET_NAME_SIZE - 1);
    if (XrResult r = xrCreateActionSet(instance, &setInfo, &c->m_set); XR_FAILED(r))
        return failed("xrCreateActionSet", r);

    const char* handPaths[2] = {"/user/hand/left", "/user/hand/right"};
    for (size_t i = 0; i < 2; ++i)
        if (XrResult r = xrStringToPath(instance, handPaths[i], &c->m_hands[i]); XR_FAILED(r))
            return failed("xrStringToPath", r);

    for (int i = 0; i < kControllerActionCount; ++i) {
        const auto a = ControllerAction(i);
        auto info = xrStruct<XrActionCreateInfo>(XR_TYPE_ACTION_CREATE_INFO);
        std::strncpy(info.actionName, actionName(a), XR_MAX_ACTION_NAME_SIZE - 1);
        std::strncpy(info.localizedActionName, actionLocalizedName(a),
                     XR_MAX_LOCALIZED_ACTION_NAME_SIZE - 1);
        switch (actionKind(a)) {
            case ActionKind::Boolean:
                info.actionType = XR_ACTION_TYPE_BOOLEAN_INPUT;
                break;
            case ActionKind::Float:
                info.actionType = XR_ACTION_TYPE_FLOAT_INPUT;
                break;
            case ActionKind::Pose:
                info.actionType = XR_ACTION_TYPE_POSE_INPUT;
                break;
        }
        info.countSubactionPaths = 2;
        info.subactionPaths = c->m_hands.data();
        if (XrResult r = xrCreateAction(c->m_set, &info, &c->m_actions[size_t(i)]); XR_FAILED(r))
            return failed("xrCreateAction", r);
    }

    for (const ProfileBindings& p : suggestedBindings()) {
        XrPath profile = XR_NULL_PATH;
        if (XrResult r = xrStringToPath(instance, p.profile, &profile); XR_FAILED(r))
            return failed("xrStringToPath", r);
        std::vector<XrActionSuggestedBinding> bindings;
        for (const SuggestedBinding& b : p.bindings) {
            XrPath path = XR_NULL_PATH;
            if (XrResult r = xrStringToPath(instance, b.path, &path); XR_FAILED(r))
                return failed("xrStringToPath", r);
            bindings.push_back({c->action(b.action), path});
        }
        auto suggested = xrStruct<XrInteractionProfileSuggestedBinding>(
            XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING);
        suggested.interactionProfile = profile;
        suggested.countSuggestedBindings = uint32_t(bindings.size());
        suggested.suggestedBindings = bindings.data();
        const XrResult r = xrSuggestInteractionProfileBindings(instance, &suggested);
        if (r == XR_ERROR_PATH_UNSUPPORTED) {
            // A runtime may not know every profile; the others still work.
            c->m_skipped << QString::fromLatin1(p.profile);
            continue;
        }
        if (XR_FAILED(r)) return failed("xrSuggestInteractionProfileBindings", r);
        ++c->m_accepted;
    }

    for (size_t i = 0; i < 2; ++i) {
        auto space = xrStruct<XrActionSpaceCreateInfo>(XR_TYPE_ACTION_SPACE_CREATE_INFO);
        space.action = c->action(ControllerAction::Aim);
        space.subactionPath = c->m_hands[i];
        space.poseInActionSpace.orientation.w = 1;
        if (XrResult r = xrCreateActionSpace(session, &space, &c->m_aimSpaces[i]); XR_FAILED(r))
            return failed("xrCreateActionSpace", r);
    }

    auto attach = xrStruct<XrSessionActionSetsAttachInfo>(XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO);
    attach.countActionSets = 1;
    attach.actionSets = &c->m_set;
    if (XrResult r = xrAttachSessionActionSets(session, &attach); XR_FAILED(r))
        return failed("xrAttachSessionActionSets", r);
    qCDebug(lcXr) << "controller profiles:" << c->m_accepted << "accepted, skipped" << c->m_skipped;
    return c;
}

ControllerActions::~ControllerActions() {
    for (XrSpace s : m_aimSpaces)
        if (s != XR_NULL_HANDLE) xrDestroySpace(s);
    // Destroying the set destroys its actions.
    if (m_set != XR_NULL_HANDLE) xrDestroyActionSet(m_set);
}

Expected<std::vector<ControllerCommand>> ControllerActions::sync(XrSpace base, XrTime time) {
    const XrActiveActionSet active{m_set, XR_NULL_PATH};
    auto info = xrStruct<XrActionsSyncInfo>(XR_TYPE_ACTIONS_SYNC_INFO);
    info.countActiveActionSets = 1;
    info.activeActionSets = &active;
    const XrResult synced = xrSyncActions(m_session, &info);
    // Not focused (a success code): no input this frame, nothing pressed.
    if (synced == XR_SESSION_NOT_FOCUSED) return std::vector<ControllerCommand>{};
    if (XR_FAILED(synced)) return failed("xrSyncActions", synced);

    ControllerState state;
    for (size_t hand = 0; hand < 2; ++hand) {
        auto get = xrStruct<XrActionStateGetInfo>(XR_TYPE_ACTION_STATE_GET_INFO);
        get.subactionPath = m_hands[hand];
        auto boolean = [&](ControllerAction a) -> Expected<bool> {
            get.action = action(a);
            auto s = xrStruct<XrActionStateBoolean>(XR_TYPE_ACTION_STATE_BOOLEAN);
            if (XrResult r = xrGetActionStateBoolean(m_session, &get, &s); XR_FAILED(r))
                return failed("xrGetActionStateBoolean", r);
            return s.isActive && s.currentState;
        };
        for (auto [a, target] : {std::pair{ControllerAction::Select, &state.select},
                                 std::pair{ControllerAction::ToggleChat, &state.toggleChat},
                                 std::pair{ControllerAction::Recenter, &state.recenter},
                                 std::pair{ControllerAction::PlayPause, &state.playPause}}) {
            auto v = boolean(a);
            if (!v) return v.unexpected();
            (*target)[hand] = *v;
        }
        get.action = action(ControllerAction::SwitchChannel);
        auto axis = xrStruct<XrActionStateFloat>(XR_TYPE_ACTION_STATE_FLOAT);
        if (XrResult r = xrGetActionStateFloat(m_session, &get, &axis); XR_FAILED(r))
            return failed("xrGetActionStateFloat", r);
        state.switchChannel[hand] = axis.isActive ? axis.currentState : 0.0f;

        auto location = xrStruct<XrSpaceLocation>(XR_TYPE_SPACE_LOCATION);
        m_aim[hand].reset();
        if (XrResult r = xrLocateSpace(m_aimSpaces[hand], base, time, &location); XR_FAILED(r))
            return failed("xrLocateSpace", r);
        constexpr XrSpaceLocationFlags tracked =
            XR_SPACE_LOCATION_ORIENTATION_VALID_BIT | XR_SPACE_LOCATION_POSITION_VALID_BIT;
        if ((location.locationFlags & tracked) == tracked) m_aim[hand] = location.pose;
    }
    return m_edges.update(state);
}

}  // namespace omk::xr
