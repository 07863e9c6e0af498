#include "xr/SessionStateMachine.h"

#include "xr/XrPlatform.h"

namespace omk::xr {

bool SessionStateMachine::isListedTransition(XrSessionState from, XrSessionState to) {
    if (to == XR_SESSION_STATE_LOSS_PENDING) return from != XR_SESSION_STATE_EXITING;
    switch (from) {
        case XR_SESSION_STATE_UNKNOWN:
            return to == XR_SESSION_STATE_IDLE;
        case XR_SESSION_STATE_IDLE:
            return to == XR_SESSION_STATE_READY || to == XR_SESSION_STATE_EXITING;
        case XR_SESSION_STATE_READY:
            return to == XR_SESSION_STATE_SYNCHRONIZED;
        case XR_SESSION_STATE_SYNCHRONIZED:
            return to == XR_SESSION_STATE_VISIBLE || to == XR_SESSION_STATE_STOPPING;
        case XR_SESSION_STATE_VISIBLE:
            return to == XR_SESSION_STATE_SYNCHRONIZED || to == XR_SESSION_STATE_FOCUSED;
        case XR_SESSION_STATE_FOCUSED:
            return to == XR_SESSION_STATE_VISIBLE;
        case XR_SESSION_STATE_STOPPING:
            return to == XR_SESSION_STATE_IDLE;
        default:
            return false;
    }
}

SessionStateMachine::Action SessionStateMachine::onStateChanged(XrSessionState next) {
    if (m_finished) return Action::None;
    if (!isListedTransition(m_state, next))
        m_unexpected.push_back(
            QStringLiteral("%1 -> %2").arg(sessionStateName(m_state), sessionStateName(next)));
    m_state = next;
    m_visited.push_back(next);
    switch (next) {
        case XR_SESSION_STATE_READY:
            return m_running ? Action::None : Action::BeginSession;
        case XR_SESSION_STATE_STOPPING:
            return m_running ? Action::EndSession : Action::None;
        case XR_SESSION_STATE_EXITING:
            m_finished = true;
            return Action::Exit;
        case XR_SESSION_STATE_LOSS_PENDING:
            m_finished = true;
            m_lost = true;
            return Action::ExitOnLoss;
        default:
            return Action::None;
    }
}

SessionStateMachine::Action SessionStateMachine::onInstanceLossPending() {
    if (m_finished) return Action::None;
    m_finished = true;
    m_lost = true;
    return Action::ExitOnLoss;
}

SessionStateMachine::Action SessionStateMachine::requestExit() {
    if (m_finished || m_exitRequested) return Action::None;
    m_exitRequested = true;
    if (m_state == XR_SESSION_STATE_STOPPING) return Action::None;  // already on its way out
    if (m_running) return Action::RequestExit;
    // xrRequestExitSession fails on a session that is not running; nothing runs, so nothing
    // needs the runtime's permission to stop.
    m_finished = true;
    return Action::Exit;
}

}  // namespace omk::xr
