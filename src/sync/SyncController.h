#pragma once
// Keeps one client's playback at the room's moment. Each update compares where the room says
// playback should be (RoomPlayback at the server's current time) with the local media clock and
// answers what to change:
//  - another media, or play/pause differing from the room: follow the room;
//  - an error above the seek threshold: seek, paused, aiming ahead by what the last seeks took
//    (learned) plus a margin, then hold the landed frame and resume at the instant the room
//    reaches it (SyncDecision::resumeIn). How long a seek takes varies by tens of ms from one to
//    the next; holding turns that scatter into a wait instead of an error the rate would need a
//    second to close. A landing later than the lead is sought again with a longer one;
//  - a smaller error: change the rate, proportional to the error, within +-5% (the player keeps
//    pitch), which closes it smoothly; correction starts above `correctAbove` and ends below
//    `settleBelow`, so noise around zero never makes it hunt back and forth.
// A live stream cannot seek: ahead of the room it is held (paused, resumed at the room's instant);
// far behind it is rejoined (opened again near the live edge, held as it lands, which puts it
// ahead), and small errors go to the rate as above. A room position of 0 (a room switched to the
// stream, with no instant in it yet) or one nowhere near the stream's timestamps
// (kLiveAnchorWindow) is no anchor: the player plays on its own and the decision says so
// (SyncDecision::unanchored), so a moderator's client can anchor the room.
// While the player seeks, opens or buffers, its position says nothing about drift: no decision
// is taken then (and a stalled client is caught up by a seek once it plays again, without the
// room waiting for it).
// Threading: not thread-safe; owned by the thread that drives the player.

#include "sync/PlaybackState.h"

#include <optional>

namespace omk::sync {

struct SyncConfig {
    double seekThreshold = 0.2;  // seconds
    // Right after a seek lands, a miss larger than this is sought again (with the lead just
    // learnt) rather than left to the rate: at ±5% the rate closes only 50 ms a second.
    double reseekAbove = 0.03;    // seconds
    double correctAbove = 0.004;  // seconds: two clients inside it are within 8 ms
    double settleBelow = 0.001;   // seconds
    double maxRateChange = 0.05;  // fraction of the room's rate
    // Seconds: the time constant of the rate correction (error/horizon, capped at maxRateChange).
    // Short enough that an error left by a seek (tens of ms) is gone well within a second; the
    // controller runs ten times a second, so each step closes a third of the error at most.
    double horizon = 0.3;
    // Seconds an open is aimed ahead before any has been measured: what an open of a local file
    // or a stream from a nearby server takes. Zero where opens take no time (replay's virtual
    // clock).
    double initialOpenLead = 0.25;
    // Seek paused and resume at the room's instant (see the top). Off where the player has no
    // wall clock to hold against (replay's virtual player steps in ticks).
    bool holdLandings = true;
    // Seconds a seek is aimed ahead before any has been measured (with holdLandings).
    double initialSeekLead = 0.15;
    // Seconds added to the learnt seek and open times: a seek that takes a little longer than
    // the last ones still lands early and is held, rather than late and sought again.
    double landingMargin = 0.03;
};

struct SyncDecision {
    std::optional<QString> open;  // open this media, starting at seekTo
    std::optional<double> seekTo;
    std::optional<bool> paused;
    std::optional<double> rate;
    // Play (the player is paused on a landed seek) this many seconds from now, as exactly as
    // the caller can (a precise timer): that is when the room reaches the held frame. A later
    // decision with open, seekTo or paused cancels a resume not yet done.
    std::optional<double> resumeIn;
    // A live stream far behind the room: open it again near its live edge (a live input cannot
    // seek); it lands held, as a seek does.
    bool rejoinLive = false;
    // A live stream whose room position is not in its timestamps (set for another stream, or
    // before anyone anchored it): nothing is corrected.
    bool unanchored = false;
    // Local minus expected position, seconds (positive: ahead of the room); nullopt while the
    // player seeks or buffers.
    std::optional<double> error;
    bool any() const { return open || seekTo || paused || rate || resumeIn || rejoinLive; }
};

// Seconds: a live room position further than this from the stream's own clock is not an anchor
// for it: viewers joining one stream land within a few segments of each other, while a stream's
// timestamps start anywhere (and start again when its encoder restarts).
constexpr double kLiveAnchorWindow = 60;

class SyncController {
public:
    explicit SyncController(SyncConfig config = {})
        : m_config(config),
          m_seekLead(config.holdLandings ? config.initialSeekLead : 0),
          m_openLead(config.initialOpenLead) {}

    SyncDecision update(const RoomPlayback& room, double serverNowMs, const LocalPlayback& local);
    // Seconds a seek is aimed ahead, learned from how far behind past seeks landed. Kept across
    // opens: how long a seek takes is a fact about this machine and player, not about a media.
    double seekLead() const { return m_seekLead; }
    // The same for opening a media at the room's position (SyncDecision::open + seekTo): an open
    // takes far longer than a seek (connect, probe, first keyframe), so it is learnt apart.
    double openLead() const { return m_openLead; }

    bool correcting() const { return m_correcting; }
    // A seek or open is in flight, or a held frame waits for its instant: the caller should
    // update often (every ~10 ms) so a landing is seen as it happens, not up to a tick later.
    bool wantsFastUpdates() const { return m_awaitingSeek || m_awaitingOpen || m_resumeAtMs; }

private:
    SyncDecision follow(const RoomPlayback& room, double expected, double serverNowMs,
                        const LocalPlayback& local);
    SyncDecision followLive(const RoomPlayback& room, double expected, double serverNowMs,
                            const LocalPlayback& local);
    // Closes a small error with the rate (both kinds of media).
    void correctRate(const RoomPlayback& room, double error, const LocalPlayback& local,
                     SyncDecision& d);
    // With holdLandings: the first reading after a paused seek or open landed.
    SyncDecision land(const RoomPlayback& room, double expected, double serverNowMs,
                      const LocalPlayback& local, bool wasOpen);

    SyncConfig m_config;
    bool m_correcting = false;
    bool m_awaitingSeek = false;
    bool m_awaitingOpen = false;
    double m_seekLead = 0;
    int m_seeksMeasured = 0;
    double m_openLead = 0;
    int m_opensMeasured = 0;
    int m_reseeks = 0;                   // seeks in a row, each right after the last one landed
    std::optional<double> m_resumeAtMs;  // server time a held frame is due to play
};

}  // namespace omk::sync
