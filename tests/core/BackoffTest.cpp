// The one reconnect backoff: exponential growth, the cap, jitter bounds, reset, seeded repeats.
#include "core/Backoff.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using omk::core::Backoff;

TEST(Backoff, GrowsExponentiallyWithJitterUpToTheCap) {
    Backoff plain(100ms, 1000ms, 0);
    EXPECT_EQ(plain.next(), 100ms);
    EXPECT_EQ(plain.next(), 200ms);
    EXPECT_EQ(plain.next(), 400ms);
    EXPECT_EQ(plain.next(), 800ms);
    EXPECT_EQ(plain.next(), 1000ms);
    plain.reset();
    EXPECT_EQ(plain.next(), 100ms);
    Backoff jittered(100ms, 1000ms, 0.5);
    for (int i = 0; i < 50; ++i) {
        const auto d = jittered.next();
        EXPECT_GE(d, 50ms);
        EXPECT_LE(d, 1000ms);
    }
}

TEST(Backoff, StaysAtTheCapForAnyNumberOfAttempts) {
    Backoff b(500ms, 30000ms, 0);
    for (int i = 0; i < 200; ++i) EXPECT_LE(b.next(), 30000ms);
    EXPECT_EQ(b.next(), 30000ms);
    EXPECT_EQ(b.attempts(), 201);
    EXPECT_EQ(b.ceiling(1000), 30000ms);
}

TEST(Backoff, JitterOnlyShortensWithinItsPart) {
    for (const double jitter : {0.3, 0.5, 1.0}) {
        Backoff b(1000ms, 8000ms, jitter, 42);
        for (int attempt = 0; attempt < 40; ++attempt) {
            const auto ceiling = b.ceiling(attempt);
            const auto d = b.next();
            EXPECT_LE(d, ceiling) << jitter << " attempt " << attempt;
            EXPECT_GE(d.count(), qint64(double(ceiling.count()) * (1.0 - jitter)) - 1)
                << jitter << " attempt " << attempt;
            EXPECT_GE(d, 1ms);
        }
    }
}

TEST(Backoff, JitterSpreadsTheDelays) {
    Backoff b(1000ms, 1000ms, 0.5, 7);
    auto lowest = b.next();
    auto highest = lowest;
    for (int i = 0; i < 100; ++i) {
        const auto d = b.next();
        lowest = std::min(lowest, d);
        highest = std::max(highest, d);
    }
    EXPECT_LT(lowest, 700ms);
    EXPECT_GT(highest, 800ms);
}

TEST(Backoff, ResetStartsOverFromTheBase) {
    Backoff b(20ms, 200ms, 0);
    b.next();
    b.next();
    b.next();
    EXPECT_EQ(b.attempts(), 3);
    b.reset();
    EXPECT_EQ(b.attempts(), 0);
    EXPECT_EQ(b.next(), 20ms);
    EXPECT_EQ(b.next(), 40ms);
}

TEST(Backoff, TheSameSeedGivesTheSameDelays) {
    Backoff a(100ms, 5000ms, 0.5, 1234);
    Backoff b(100ms, 5000ms, 0.5, 1234);
    for (int i = 0; i < 20; ++i) EXPECT_EQ(a.next(), b.next());
}

TEST(Backoff, JitterOutsideZeroToOneIsClamped) {
    Backoff over(100ms, 100ms, 5.0, 3);
    for (int i = 0; i < 50; ++i) {
        const auto d = over.next();
        EXPECT_GE(d, 1ms);
        EXPECT_LE(d, 100ms);
    }
    Backoff under(100ms, 100ms, -1.0);
    EXPECT_EQ(under.next(), 100ms);
    EXPECT_EQ(over.policy().jitter, 1.0);
}
