#pragma once
// Keeps one client's playback at the room's moment. Each update compares where the room says
// playback should be (RoomPlayback at the server's current time) with the local media clock and
// answers what to change:
//  - another media, or play/pause differing from the room: follow the room;
//  - an error above the seek threshold: seek, aiming ahead by what the last seeks took (learned),
//    so the seek lands on the moment the room has reached when it completes;
//  - a smaller error: change the rate, proportional to the error, within +-5% (the player keeps
//    pitch), which closes it smoothly; correction starts above `correctAbove` and ends below
//    `settleBelow`, so noise around zero never makes it hunt back and forth.
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
};

struct SyncDecision {
    std::optional<QString> open;  // open this media, starting at seekTo
    std::optional<double> seekTo;
    std::optional<bool> paused;
    std::optional<double> rate;
    // Local minus expected position, seconds (positive: ahead of the room); nullopt while the
    // player seeks or buffers.
    std::optional<double> error;
    bool any() const { return open || seekTo || paused || rate; }
};

class SyncController {
public:
    explicit SyncController(SyncConfig config = {})
        : m_config(config), m_openLead(config.initialOpenLead) {}

    SyncDecision update(const RoomPlayback& room, double serverNowMs, const LocalPlayback& local);
    // Seconds a seek is aimed ahead, learned from how far behind past seeks landed. Kept across
    // opens: how long a seek takes is a fact about this machine and player, not about a media.
    double seekLead() const { return m_seekLead; }
    // The same for opening a media at the room's position (SyncDecision::open + seekTo): an open
    // takes far longer than a seek (connect, probe, first keyframe), so it is learnt apart.
    double openLead() const { return m_openLead; }

    bool correcting() const { return m_correcting; }

private:
    SyncDecision follow(const RoomPlayback& room, double expected, const LocalPlayback& local);

    SyncConfig m_config;
    bool m_correcting = false;
    bool m_awaitingSeek = false;
    bool m_awaitingOpen = false;
    double m_seekLead = 0;
    int m_seeksMeasured = 0;
    double m_openLead = 0;
    int m_opensMeasured = 0;
    int m_reseeks = 0;  // seeks in a row, each right after the last one landed
};

}  // namespace omk::sync
