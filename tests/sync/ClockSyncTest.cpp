#include "sync/ClockSync.h"

#include <gtest/gtest.h>

namespace omk::sync {
namespace {

TEST(ClockSync, SymmetricDelayGivesTheExactOffset) {
    ClockSync c;
    EXPECT_FALSE(c.hasEstimate());
    // Server is 5000 ms ahead; 10 ms each way.
    c.addSample(1000, 1000 + 5000 + 10, 1020);
    ASSERT_TRUE(c.hasEstimate());
    EXPECT_DOUBLE_EQ(c.offsetMs(), 5000.0);
    EXPECT_EQ(c.roundTripMs(), 20);
    EXPECT_DOUBLE_EQ(c.serverTimeMs(2000), 7000.0);
}

TEST(ClockSync, KeepsTheLowestDelaySampleOfTheLastEight) {
    ClockSync c;
    // True offset -300 ms. One clean sample (2 ms round trip) among queued ones whose return
    // trip was slow (which biases their offsets by half the extra delay).
    qint64 t = 10000;
    auto sample = [&](qint64 out, qint64 back) {
        c.addSample(t, t + out - 300, t + out + back);
        t += 1000;
    };
    sample(40, 200);
    sample(1, 1);  // the clean one
    for (int i = 0; i < 6; ++i) sample(30, 120);
    EXPECT_EQ(c.roundTripMs(), 2);
    EXPECT_NEAR(c.offsetMs(), -300.0, 0.01);
    // Eight newer noisy samples push the clean one out of the window.
    for (int i = 0; i < 8; ++i) sample(30, 130 + i);
    EXPECT_EQ(c.roundTripMs(), 160);
    EXPECT_NEAR(c.offsetMs(), -300.0 - 50.0, 0.01);
}

TEST(ClockSync, IgnoresSamplesThatGoBackInTime) {
    ClockSync c;
    c.addSample(100, 50, 90);
    EXPECT_FALSE(c.hasEstimate());
}

}  // namespace
}  // namespace omk::sync
