// The sync controller against a simulated player: rate changes take effect after an audio
// buffer's delay, seeks take time, and the controller runs every 50 ms as the viewer does.
#include "sync/SyncController.h"

#include <gtest/gtest.h>

#include <cmath>
#include <deque>

namespace omk::sync {
namespace {

constexpr double kStep = 0.05;  // seconds between updates

struct SimPlayer {
    LocalPlayback state;
    double rateDelay = 0.15;  // a rate change reaches the clock after the audio buffered so far
    double seekTime = 0.3;    // a seek takes this long, then plays from its target
    double openTime = 0.3;    // so does opening a media at a position
    std::deque<std::pair<double, double>> pendingRates;  // (effective at, rate)
    double seekDoneAt = -1, seekTarget = 0;
    double now = 0;
    int seeks = 0;

    double resumeAt = -1;  // a held frame plays from here (SyncDecision::resumeIn)
    // Live: a rejoin lands on the stream's position `rejoinBase + t` at the time t it lands (the
    // live edge's latency), after seekTime. A seek on a live stream would be a bug.
    double rejoinBase = 0;
    int rejoins = 0;
    int liveSeeks = 0;

    void apply(const SyncDecision& d) {
        if (d.open || d.seekTo || d.paused || d.rejoinLive) resumeAt = -1;
        if (state.live && d.seekTo) ++liveSeeks;
        if (d.rejoinLive) {
            ++rejoins;
            state.seeking = true;
            seekDoneAt = now + seekTime;
            seekTarget = rejoinBase + seekDoneAt;
        }
        if (d.resumeIn) resumeAt = now + *d.resumeIn;
        if (d.open) state.media = *d.open;
        if (d.paused) state.paused = *d.paused;
        if (d.rate) pendingRates.emplace_back(now + rateDelay, *d.rate);
        if (d.seekTo) {
            ++seeks;
            state.seeking = true;
            seekDoneAt = now + (d.open ? openTime : seekTime);
            seekTarget = *d.seekTo;
        }
    }
    void advance(double dt) {
        now += dt;
        while (!pendingRates.empty() && pendingRates.front().first <= now) {
            state.rate = pendingRates.front().second;
            pendingRates.pop_front();
        }
        if (state.seeking) {
            if (now >= seekDoneAt) {
                state.seeking = false;
                state.position = seekTarget;
            }
            return;
        }
        if (state.paused && resumeAt >= 0 && resumeAt <= now) {
            // Resumed exactly at resumeAt, somewhere inside this step.
            state.paused = false;
            if (!state.buffering) state.position += state.rate * (now - resumeAt);
            resumeAt = -1;
            return;
        }
        if (!state.paused && !state.buffering) state.position += state.rate * dt;
    }
};

struct SimRun {
    double convergedAfter = -1;  // seconds until |error| stayed <= 10 ms
    int errorSignChanges = 0;
    double maxRateChange = 0;
    double finalError = 0;
};

// Runs `seconds` of simulated time; the room plays from `roomStart` at server time 0.
SimRun simulate(SyncController& c, SimPlayer& p, const RoomPlayback& room, double seconds) {
    SimRun r;
    double lastSign = 0;
    double lastBad = 0;
    for (double t = 0; t < seconds; t += kStep) {
        const double serverMs = p.now * 1000.0;
        const SyncDecision d = c.update(room, serverMs, p.state);
        if (d.rate && !room.paused)
            r.maxRateChange = std::max(r.maxRateChange, std::abs(*d.rate / room.rate - 1));
        if (d.error) {
            const double e = *d.error;
            r.finalError = e;
            if (std::abs(e) > 0.010) lastBad = p.now;
            if (std::abs(e) > 0.003) {
                const double sign = e > 0 ? 1 : -1;
                if (lastSign != 0 && sign != lastSign) ++r.errorSignChanges;
                lastSign = sign;
            }
        } else {
            lastBad = p.now;
        }
        p.apply(d);
        p.advance(kStep);
    }
    r.convergedAfter = lastBad;
    return r;
}

// A player already playing the room's media at `position`.
SimPlayer playingAt(double position) {
    SimPlayer p;
    p.state.media = QStringLiteral("talk.mp4");
    p.state.paused = false;
    p.state.position = position;
    return p;
}

RoomPlayback playingRoom(double position = 10.0) {
    RoomPlayback room;
    room.media = QStringLiteral("talk.mp4");
    room.position = position;
    room.rate = 1.0;
    room.paused = false;
    room.atServerMs = 0;
    return room;
}

TEST(SyncController, JoiningOpensSeeksAndConverges) {
    SyncController c;
    SimPlayer p;
    const SimRun r = simulate(c, p, playingRoom(), 8.0);
    EXPECT_EQ(p.state.media, QStringLiteral("talk.mp4"));
    EXPECT_FALSE(p.state.paused);
    EXPECT_LE(p.seeks, 3) << "the seek lead is learned, not hunted";
    EXPECT_GT(c.seekLead(), 0.1) << "seeks take 0.3 s here";
    EXPECT_LE(std::abs(r.finalError), 0.010);
    EXPECT_LE(r.convergedAfter, 1.0) << "two seeks of 0.3 s, then in step";
    EXPECT_LE(r.maxRateChange, 0.05 + 1e-9);
}

TEST(SyncController, SmallDriftIsClosedByRateWithinFivePercentWithoutOscillating) {
    for (double start : {-0.15, -0.04, 0.012, 0.09}) {
        SyncController c;
        SimPlayer p = playingAt(10.0 + start);
        const SimRun r = simulate(c, p, playingRoom(), 12.0);
        EXPECT_EQ(p.seeks, 0) << "start " << start;
        EXPECT_LE(r.maxRateChange, 0.05 + 1e-9) << "start " << start;
        EXPECT_LE(std::abs(r.finalError), 0.010) << "start " << start;
        EXPECT_LE(r.errorSignChanges, 1) << "start " << start;
        // 5% closes 50 ms a second; plus the exponential tail inside the horizon.
        EXPECT_LE(r.convergedAfter, std::abs(start) / 0.05 + 2.5) << "start " << start;
    }
}

TEST(SyncController, LargeErrorSeeksAndLearnsHowLongSeeksTake) {
    SyncController c;
    SimPlayer p = playingAt(40.0);  // 30 s ahead, e.g. the moderator seeked back
    const SimRun r = simulate(c, p, playingRoom(), 6.0);
    EXPECT_GE(p.seeks, 1);
    EXPECT_LE(p.seeks, 3);
    EXPECT_LE(std::abs(r.finalError), 0.010);
    EXPECT_NEAR(c.seekLead(), 0.3, 0.1);
}

TEST(SyncController, BufferingIsNotDriftAndAStalledClientCatchesUp) {
    SyncController c;
    SimPlayer p = playingAt(10.0);
    RoomPlayback room = playingRoom();
    simulate(c, p, room, 1.0);
    // Two seconds without data: no decision is taken while buffering.
    p.state.buffering = true;
    for (int i = 0; i < 40; ++i) {
        const SyncDecision d = c.update(room, p.now * 1000.0, p.state);
        EXPECT_FALSE(d.any());
        EXPECT_FALSE(d.error.has_value());
        p.advance(kStep);
    }
    p.state.buffering = false;
    const SimRun r = simulate(c, p, room, 4.0);
    EXPECT_GE(p.seeks, 1) << "2 s behind is caught up by seeking";
    EXPECT_LE(std::abs(r.finalError), 0.010);
}

TEST(SyncController, FollowsPauseAndSeekWhilePausedExactly) {
    SyncController c;
    SimPlayer p = playingAt(12.0);
    RoomPlayback room = playingRoom(12.0);
    room.paused = true;
    room.position = 12.5;
    const SyncDecision d = c.update(room, 0, p.state);
    ASSERT_TRUE(d.paused);
    EXPECT_TRUE(*d.paused);
    ASSERT_TRUE(d.seekTo);
    EXPECT_DOUBLE_EQ(*d.seekTo, 12.5);
    p.apply(d);
    p.advance(1.0);
    // Paused and in place: nothing more to do, however much time passes.
    EXPECT_FALSE(c.update(room, 60000, p.state).any());
    // The room plays again: the client plays too.
    room.paused = false;
    room.atServerMs = 61000;
    const SyncDecision play = c.update(room, 61000, p.state);
    ASSERT_TRUE(play.paused);
    EXPECT_FALSE(*play.paused);
}

TEST(SyncController, FollowsTheRoomsRate) {
    SyncController c;
    SimPlayer p = playingAt(10.0);
    RoomPlayback room = playingRoom();
    room.rate = 1.25;
    const SimRun r = simulate(c, p, room, 6.0);
    EXPECT_NEAR(p.state.rate, 1.25, 0.0005);
    EXPECT_LE(std::abs(r.finalError), 0.010);
}

TEST(SyncController, OpensAndSeeksAreLearntApartAndKeptAcrossMedia) {
    SyncController c;
    SimPlayer p;
    // Off the 50 ms update grid, so each lands on the same tick every time (0.85 s, 0.25 s).
    p.openTime = 0.82;  // a stream server: connect, probe, first keyframe
    p.seekTime = 0.22;
    RoomPlayback room = playingRoom();
    simulate(c, p, room, 6.0);
    EXPECT_NEAR(c.openLead(), 0.85, 0.06);
    EXPECT_NEAR(c.seekLead(), 0.25, 0.06);

    // The room switches media: the open is aimed with what the first one taught, so it lands
    // in step and needs no seek; the seek lead is still there for later.
    room.media = QStringLiteral("next-talk.mp4");
    room.position = 0;
    room.atServerMs = p.now * 1000.0;
    const int seeksBefore = p.seeks;
    const SimRun r = simulate(c, p, room, 3.0);
    EXPECT_EQ(p.state.media, QStringLiteral("next-talk.mp4"));
    EXPECT_EQ(p.seeks - seeksBefore, 1) << "only the open itself";
    EXPECT_LE(std::abs(r.finalError), 0.010);
    EXPECT_NEAR(c.seekLead(), 0.25, 0.06);
}

// Seeks that take 30–120 ms at random (as a real decoder's do) land scattered by up to 90 ms;
// landing paused and playing at the room's instant leaves no scatter for the rate to close.
TEST(SyncController, ScatteredSeekTimesAreHeldToTheRoomsInstant) {
    SyncController c;
    SimPlayer p = playingAt(40.0);
    RoomPlayback room = playingRoom();
    std::uint32_t seed = 12345;  // a fixed LCG: the same scatter on every run
    auto nextSeekTime = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return 0.030 + 0.090 * double(seed >> 8) / double(1u << 24);
    };
    constexpr double kFine = 0.01;  // PlayerSync's fast tick while a seek is in flight
    int jumps = 0, inStepAfterJump = 0;
    double errorAfter = 0;
    for (int jump = 0; jump < 12; ++jump) {
        // The moderator jumps the room 30 s on; each viewer seeks.
        room.position = room.expectedPosition(p.now * 1000.0) + 30.0;
        room.atServerMs = qint64(p.now * 1000.0);
        ++jumps;
        for (double t = 0; t < 1.0; t += kFine) {
            const SyncDecision d = c.update(room, p.now * 1000.0, p.state);
            if (d.seekTo) p.seekTime = nextSeekTime();
            p.apply(d);
            p.advance(kFine);
        }
        // A second after the jump: in step without any help from the rate.
        const double error = p.state.position - room.expectedPosition(p.now * 1000.0);
        errorAfter = std::max(errorAfter, std::abs(error));
        if (std::abs(error) <= 0.010 && !p.state.paused && p.state.rate == 1.0) ++inStepAfterJump;
    }
    EXPECT_EQ(inStepAfterJump, jumps) << "worst error a second after a jump: " << errorAfter;
    EXPECT_LE(errorAfter, 0.011) << "one fine step of rounding at most";
    EXPECT_GT(c.seekLead(), 0.03) << "aimed past the shortest seeks";
    EXPECT_LT(c.seekLead(), 0.4) << "but not by a wait longer than the slowest";
}

// Replay's virtual player has no wall clock to hold against: its seeks keep playing.
TEST(SyncController, WithoutHoldingSeeksPlayOn) {
    SyncConfig config;
    config.holdLandings = false;
    SyncController c(config);
    SimPlayer p = playingAt(40.0);
    const SyncDecision d = c.update(playingRoom(), 0, p.state);
    ASSERT_TRUE(d.seekTo);
    EXPECT_FALSE(d.paused.has_value());
    EXPECT_FALSE(d.resumeIn.has_value());
}

// A live stream: positions are its own timestamps (here around 5000 s), shared by every viewer.
SimPlayer liveAt(double position) {
    SimPlayer p = playingAt(position);
    p.state.live = true;
    return p;
}

TEST(SyncControllerLive, AheadOfTheRoomItIsHeldForTheDifferenceNeverSought) {
    SyncController c;
    SimPlayer p = liveAt(5003.0);
    const SimRun r = simulate(c, p, playingRoom(5000.0), 8.0);
    EXPECT_EQ(p.liveSeeks, 0);
    EXPECT_EQ(p.rejoins, 0);
    EXPECT_FALSE(p.state.paused);
    EXPECT_LE(std::abs(r.finalError), 0.010);
    EXPECT_LE(r.convergedAfter, 3.5) << "held three seconds, then in step";
}

TEST(SyncControllerLive, FarBehindItRejoinsNearTheEdgeAndWaitsThere) {
    SyncController c;
    SimPlayer p = liveAt(4992.0);
    p.rejoinBase = 5000.0 + 1.5;  // what is newest is 1.5 s ahead of the room
    const SimRun r = simulate(c, p, playingRoom(5000.0), 8.0);
    EXPECT_EQ(p.liveSeeks, 0);
    EXPECT_EQ(p.rejoins, 1);
    EXPECT_FALSE(p.state.paused);
    EXPECT_LE(std::abs(r.finalError), 0.010);
    EXPECT_LE(r.convergedAfter, 2.5) << "a rejoin of 0.3 s, held 1.5 s, then in step";
}

TEST(SyncControllerLive, ASmallErrorIsLeftToTheRate) {
    SyncController c;
    SimPlayer p = liveAt(5000.0 - 0.08);
    const SimRun r = simulate(c, p, playingRoom(5000.0), 8.0);
    EXPECT_EQ(p.rejoins, 0);
    EXPECT_LE(r.maxRateChange, 0.05 + 1e-9);
    EXPECT_LE(std::abs(r.finalError), 0.010);
}

TEST(SyncControllerLive, ARoomPositionOutsideTheStreamsTimestampsIsNoAnchor) {
    // (room, local): 0 is a room switched to the stream with no instant in it yet, even for a
    // stream whose timestamps are near 0 too; 1000 against 5000 is another timeline (the
    // encoder restarted since).
    for (const auto& [position, local] :
         {std::pair{0.0, 2.0}, std::pair{0.0, 5000.0}, std::pair{1000.0, 5000.0}}) {
        SyncController c;
        SimPlayer p = liveAt(local);
        p.state.paused = true;  // an open that landed held
        const SyncDecision d = c.update(playingRoom(position), 1000.0, p.state);
        EXPECT_TRUE(d.unanchored) << position << " vs " << local;
        EXPECT_FALSE(d.error.has_value());
        EXPECT_EQ(d.paused, std::optional<bool>(false)) << "it plays on its own";
        EXPECT_FALSE(d.rejoinLive);
        EXPECT_FALSE(d.seekTo.has_value());
        EXPECT_FALSE(d.resumeIn.has_value());
    }
}

TEST(SyncControllerLive, APausedRoomStopsALiveStreamWhereItIs) {
    SyncController c;
    SimPlayer p = liveAt(5010.0);
    RoomPlayback room = playingRoom(5000.0);
    room.paused = true;
    const SyncDecision d = c.update(room, 0, p.state);
    EXPECT_EQ(d.paused, std::optional<bool>(true));
    EXPECT_FALSE(d.seekTo.has_value());
    EXPECT_FALSE(d.rejoinLive);
}

}  // namespace
}  // namespace omk::sync
