// When the window leaves VR on its own: the runtime taking a shown session away (the headset
// taken off, the runtime's own menu) and not the window's own request to exit.
#include "ui/VrSessionThread.h"

#include <gtest/gtest.h>

#include <initializer_list>

using omk::ui::VrSessionWatch;

namespace {

VrSessionWatch watch(std::initializer_list<XrSessionState> states, bool exitRequested = false) {
    VrSessionWatch w;
    for (XrSessionState s : states) w.onState(s, exitRequested);
    return w;
}

}  // namespace

TEST(VrSessionWatch, StartingUpIsNotAnEnd) {
    const auto w =
        watch({XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY, XR_SESSION_STATE_SYNCHRONIZED,
               XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_FOCUSED});
    EXPECT_TRUE(w.wasShown());
    EXPECT_FALSE(w.endedByRuntime());
}

TEST(VrSessionWatch, HiddenForAWhileIsNotAnEnd) {
    // A runtime's overlay takes focus, or the headset dims: synchronized, then back.
    const auto w =
        watch({XR_SESSION_STATE_READY, XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE,
               XR_SESSION_STATE_FOCUSED, XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED});
    EXPECT_FALSE(w.endedByRuntime());
}

TEST(VrSessionWatch, TheRuntimeStoppingAShownSessionEndsIt) {
    for (XrSessionState end :
         {XR_SESSION_STATE_STOPPING, XR_SESSION_STATE_IDLE, XR_SESSION_STATE_EXITING}) {
        const auto w = watch({XR_SESSION_STATE_READY, XR_SESSION_STATE_SYNCHRONIZED,
                              XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_FOCUSED,
                              XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_SYNCHRONIZED, end});
        EXPECT_TRUE(w.endedByRuntime()) << int(end);
    }
}

TEST(VrSessionWatch, OurOwnExitIsNotTheRuntimes) {
    VrSessionWatch w = watch({XR_SESSION_STATE_READY, XR_SESSION_STATE_FOCUSED});
    w.onState(XR_SESSION_STATE_STOPPING, true);
    w.onState(XR_SESSION_STATE_IDLE, true);
    w.onState(XR_SESSION_STATE_EXITING, true);
    EXPECT_FALSE(w.endedByRuntime());
}

TEST(VrSessionWatch, ASessionNeverShownIsTheStartsBusiness) {
    const auto w = watch({XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY, XR_SESSION_STATE_STOPPING,
                          XR_SESSION_STATE_IDLE});
    EXPECT_FALSE(w.wasShown());
    EXPECT_FALSE(w.endedByRuntime());
}
