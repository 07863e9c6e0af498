#pragma once
// What an OpenXR application must do as its session moves through the runtime's states, as pure
// logic: it is told each XrSessionState the runtime reports and answers with the calls to make
// (xrBeginSession, xrEndSession, xrRequestExitSession, teardown). No OpenXR function is called
// here, so every transition is testable without a runtime. Follows the OpenXR specification's
// session lifecycle (section 9.3) and the SDK's hello_xr.
//
//   idle -> ready -(begin)-> synchronized <-> visible <-> focused
//   synchronized -> stopping -(end)-> idle -> exiting        any -> loss pending
//
// Threading: none; owned by the thread that runs the frame loop.

#include <openxr/openxr.h>

#include <QString>

#include <vector>

namespace omk::xr {

class SessionStateMachine {
public:
    enum class Action {
        None,
        BeginSession,  // xrBeginSession now (ready)
        EndSession,    // xrEndSession now (stopping)
        Exit,          // destroy the session and leave the loop (exiting, or exit asked before
                       // the session ever ran)
        ExitOnLoss,    // the runtime is going away (loss pending, instance loss): end the
                       // session if it runs, destroy it, leave the loop with an error
        RequestExit,   // xrRequestExitSession now; the runtime then walks to stopping
    };

    // The runtime reported a new state; returns what to do about it.
    Action onStateChanged(XrSessionState next);
    // The runtime said the instance will be lost (XrEventDataInstanceLossPending).
    Action onInstanceLossPending();
    // The program wants to leave: a running session asks the runtime (RequestExit), one that
    // never began is simply torn down (Exit), and a session already on its way out needs nothing.
    Action requestExit();
    // The program made the call an action asked for.
    void sessionBegun() { m_running = true; }
    void sessionEnded() { m_running = false; }

    XrSessionState state() const { return m_state; }
    // Between xrBeginSession and xrEndSession: the frame loop (wait, begin, end) must run.
    bool shouldRunFrameLoop() const { return m_running; }
    // Composition layers are shown only while visible or focused; other frames end with none.
    bool shouldSubmitLayers() const {
        return m_running &&
               (m_state == XR_SESSION_STATE_VISIBLE || m_state == XR_SESSION_STATE_FOCUSED);
    }
    // Exiting or lost: the loop is over.
    bool finished() const { return m_finished; }
    bool lost() const { return m_lost; }
    bool exitRequested() const { return m_exitRequested; }
    // Every state reported, in order, and transitions the specification does not list (a
    // runtime's business, but worth a report).
    const std::vector<XrSessionState>& visited() const { return m_visited; }
    const std::vector<QString>& unexpectedTransitions() const { return m_unexpected; }

    // Whether the specification lists from -> to as a transition a runtime makes.
    static bool isListedTransition(XrSessionState from, XrSessionState to);

private:
    XrSessionState m_state = XR_SESSION_STATE_UNKNOWN;
    bool m_running = false;
    bool m_finished = false;
    bool m_lost = false;
    bool m_exitRequested = false;
    std::vector<XrSessionState> m_visited;
    std::vector<QString> m_unexpected;
};

}  // namespace omk::xr
