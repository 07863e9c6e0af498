// The session lifecycle as pure logic: what the program must do for every state the runtime can
// report, loss, exit requests in every phase.
#include "xr/SessionStateMachine.h"

#include <gtest/gtest.h>

namespace omk::xr {
namespace {

using Action = SessionStateMachine::Action;

// Walks the machine through states as the runtime reports them, making the calls it asks for.
Action feed(SessionStateMachine& m, XrSessionState s) {
    const Action a = m.onStateChanged(s);
    if (a == Action::BeginSession) m.sessionBegun();
    if (a == Action::EndSession) m.sessionEnded();
    return a;
}

void runToFocused(SessionStateMachine& m) {
    for (XrSessionState s :
         {XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY, XR_SESSION_STATE_SYNCHRONIZED,
          XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_FOCUSED})
        feed(m, s);
}

TEST(XrSessionStateMachine, FullLifecycleAsksForEachCallOnce) {
    SessionStateMachine m;
    EXPECT_FALSE(m.shouldRunFrameLoop());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_IDLE), Action::None);
    EXPECT_FALSE(m.shouldRunFrameLoop());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_READY), Action::BeginSession);
    EXPECT_FALSE(m.shouldRunFrameLoop()) << "not running until xrBeginSession succeeded";
    m.sessionBegun();
    EXPECT_TRUE(m.shouldRunFrameLoop());
    EXPECT_FALSE(m.shouldSubmitLayers()) << "ready: frames, but nothing shown";
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_SYNCHRONIZED), Action::None);
    EXPECT_TRUE(m.shouldRunFrameLoop());
    EXPECT_FALSE(m.shouldSubmitLayers());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_VISIBLE), Action::None);
    EXPECT_TRUE(m.shouldSubmitLayers());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_FOCUSED), Action::None);
    EXPECT_TRUE(m.shouldSubmitLayers());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_VISIBLE), Action::None);
    EXPECT_TRUE(m.shouldSubmitLayers()) << "visible without focus still shows the picture";
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_SYNCHRONIZED), Action::None);
    EXPECT_FALSE(m.shouldSubmitLayers());
    EXPECT_TRUE(m.shouldRunFrameLoop());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_STOPPING), Action::EndSession);
    EXPECT_TRUE(m.shouldRunFrameLoop()) << "running until xrEndSession succeeded";
    m.sessionEnded();
    EXPECT_FALSE(m.shouldRunFrameLoop());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_IDLE), Action::None);
    EXPECT_FALSE(m.finished());
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_EXITING), Action::Exit);
    EXPECT_TRUE(m.finished());
    EXPECT_FALSE(m.lost());
    EXPECT_TRUE(m.unexpectedTransitions().empty());
    EXPECT_EQ(m.visited().size(), 10u);
    EXPECT_EQ(m.visited().front(), XR_SESSION_STATE_IDLE);
    EXPECT_EQ(m.visited().back(), XR_SESSION_STATE_EXITING);
}

TEST(XrSessionStateMachine, SessionCanRunAgainAfterStopping) {
    // The runtime may take the session back to ready (headset put on again) without exiting.
    SessionStateMachine m;
    runToFocused(m);
    for (XrSessionState s : {XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED,
                             XR_SESSION_STATE_STOPPING, XR_SESSION_STATE_IDLE})
        feed(m, s);
    EXPECT_FALSE(m.shouldRunFrameLoop());
    EXPECT_EQ(feed(m, XR_SESSION_STATE_READY), Action::BeginSession);
    EXPECT_TRUE(m.shouldRunFrameLoop());
}

TEST(XrSessionStateMachine, ListedTransitions) {
    const XrSessionState all[] = {
        XR_SESSION_STATE_UNKNOWN,      XR_SESSION_STATE_IDLE,         XR_SESSION_STATE_READY,
        XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE,      XR_SESSION_STATE_FOCUSED,
        XR_SESSION_STATE_STOPPING,     XR_SESSION_STATE_LOSS_PENDING, XR_SESSION_STATE_EXITING};
    int listed = 0;
    for (XrSessionState from : all)
        for (XrSessionState to : all) listed += SessionStateMachine::isListedTransition(from, to);
    // unknown->idle, idle->ready, idle->exiting, ready->sync, sync->visible, sync->stopping,
    // visible->sync, visible->focused, focused->visible, stopping->idle, and loss pending from
    // each of the eight states but exiting.
    EXPECT_EQ(listed, 10 + 8);
    EXPECT_FALSE(
        SessionStateMachine::isListedTransition(XR_SESSION_STATE_READY, XR_SESSION_STATE_FOCUSED));
    EXPECT_FALSE(SessionStateMachine::isListedTransition(XR_SESSION_STATE_EXITING,
                                                         XR_SESSION_STATE_LOSS_PENDING));
}

TEST(XrSessionStateMachine, UnlistedTransitionIsFollowedAndReported) {
    SessionStateMachine m;
    feed(m, XR_SESSION_STATE_IDLE);
    feed(m, XR_SESSION_STATE_READY);
    // A runtime that skips synchronized: still the runtime's truth, but worth saying.
    EXPECT_EQ(feed(m, XR_SESSION_STATE_VISIBLE), Action::None);
    EXPECT_TRUE(m.shouldSubmitLayers());
    ASSERT_EQ(m.unexpectedTransitions().size(), 1u);
    EXPECT_EQ(m.unexpectedTransitions()[0], QStringLiteral("ready -> visible"));
}

TEST(XrSessionStateMachine, LossPendingWhileRunningEndsAndExits) {
    SessionStateMachine m;
    runToFocused(m);
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_LOSS_PENDING), Action::ExitOnLoss);
    EXPECT_TRUE(m.finished());
    EXPECT_TRUE(m.lost());
    EXPECT_TRUE(m.shouldRunFrameLoop()) << "still running: the program must end the session";
    m.sessionEnded();
    EXPECT_FALSE(m.shouldSubmitLayers());
    // Nothing the runtime says afterwards changes that.
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_READY), Action::None);
    EXPECT_EQ(m.requestExit(), Action::None);
}

TEST(XrSessionStateMachine, LossPendingBeforeRunning) {
    SessionStateMachine m;
    feed(m, XR_SESSION_STATE_IDLE);
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_LOSS_PENDING), Action::ExitOnLoss);
    EXPECT_TRUE(m.lost());
    EXPECT_FALSE(m.shouldRunFrameLoop());
}

TEST(XrSessionStateMachine, InstanceLossPending) {
    SessionStateMachine m;
    runToFocused(m);
    EXPECT_EQ(m.onInstanceLossPending(), Action::ExitOnLoss);
    EXPECT_TRUE(m.finished());
    EXPECT_TRUE(m.lost());
    EXPECT_EQ(m.onInstanceLossPending(), Action::None) << "reported once";
}

TEST(XrSessionStateMachine, RequestExitWhileRunningAsksTheRuntime) {
    SessionStateMachine m;
    runToFocused(m);
    EXPECT_EQ(m.requestExit(), Action::RequestExit);
    EXPECT_TRUE(m.exitRequested());
    EXPECT_FALSE(m.finished()) << "the runtime walks the session out";
    EXPECT_EQ(m.requestExit(), Action::None) << "asked once";
    for (XrSessionState s : {XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED})
        EXPECT_EQ(feed(m, s), Action::None);
    EXPECT_EQ(feed(m, XR_SESSION_STATE_STOPPING), Action::EndSession);
    EXPECT_EQ(feed(m, XR_SESSION_STATE_IDLE), Action::None);
    EXPECT_EQ(feed(m, XR_SESSION_STATE_EXITING), Action::Exit);
    EXPECT_TRUE(m.finished());
}

TEST(XrSessionStateMachine, RequestExitWhileNotRunningTearsDown) {
    // xrRequestExitSession would fail with XR_ERROR_SESSION_NOT_RUNNING: no runtime call at all.
    SessionStateMachine idle;
    feed(idle, XR_SESSION_STATE_IDLE);
    EXPECT_EQ(idle.requestExit(), Action::Exit);
    EXPECT_TRUE(idle.finished());
    EXPECT_FALSE(idle.lost());

    SessionStateMachine fresh;  // no event yet
    EXPECT_EQ(fresh.requestExit(), Action::Exit);
    EXPECT_TRUE(fresh.finished());

    SessionStateMachine ready;  // ready reported, xrBeginSession not yet made
    EXPECT_EQ(ready.onStateChanged(XR_SESSION_STATE_IDLE), Action::None);
    EXPECT_EQ(ready.onStateChanged(XR_SESSION_STATE_READY), Action::BeginSession);
    EXPECT_EQ(ready.requestExit(), Action::Exit);
}

TEST(XrSessionStateMachine, RequestExitWhileStoppingNeedsNothing) {
    SessionStateMachine m;
    runToFocused(m);
    feed(m, XR_SESSION_STATE_VISIBLE);
    feed(m, XR_SESSION_STATE_SYNCHRONIZED);
    EXPECT_EQ(m.onStateChanged(XR_SESSION_STATE_STOPPING), Action::EndSession);
    EXPECT_EQ(m.requestExit(), Action::None) << "already on its way out";
    m.sessionEnded();
    feed(m, XR_SESSION_STATE_IDLE);
    EXPECT_EQ(feed(m, XR_SESSION_STATE_EXITING), Action::Exit);
}

TEST(XrSessionStateMachine, ExitingFromIdleWithoutEverRunning) {
    // The runtime may close a session that never became ready (e.g. the headset is gone).
    SessionStateMachine m;
    feed(m, XR_SESSION_STATE_IDLE);
    EXPECT_EQ(feed(m, XR_SESSION_STATE_EXITING), Action::Exit);
    EXPECT_TRUE(m.finished());
    EXPECT_FALSE(m.lost());
}

}  // namespace
}  // namespace omk::xr
