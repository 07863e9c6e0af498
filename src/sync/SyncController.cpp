#include "sync/SyncController.h"

#include "sync/Log.h"

#include <algorithm>
#include <cmath>

namespace omk::sync {
namespace {

constexpr double kPausedTolerance = 0.001;  // a paused room shows one exact frame
constexpr double kRateStep = 0.0005;        // smaller rate changes are not worth a call
constexpr double kMaxSeekLead = 3.0;
constexpr double kMaxOpenLead = 10.0;  // a slow stream server; beyond that, seeks catch up
constexpr int kMaxReseeks = 3;
// A landing this close to the room's moment (seconds) is on time: play at once.
constexpr double kOnTime = 0.002;
// A held frame whose resume has not happened this long (ms) after its instant is looked at
// again: the caller may have no precise timer, or may have lost the decision.
constexpr double kResumeOverdueMs = 50;

}  // namespace

SyncDecision SyncController::update(const RoomPlayback& room, double serverNowMs,
                                    const LocalPlayback& local) {
    const double expected = room.expectedPosition(serverNowMs);
    if (local.media != room.media) {
        SyncDecision d;
        d.open = room.media;
        d.seekTo = std::max(0.0, room.paused ? expected : expected + m_openLead);
        // Playing rooms too: the open lands held and plays at the room's instant.
        d.paused = room.paused || m_config.holdLandings;
        d.rate = room.rate;
        m_correcting = false;
        m_awaitingSeek = false;
        m_awaitingOpen = !room.paused;
        m_resumeAtMs.reset();
        m_reseeks = 0;
        return d;
    }
    if (local.seeking || local.buffering) return {};
    if (local.live) return followLive(room, expected, serverNowMs, local);
    return follow(room, expected, serverNowMs, local);
}

SyncDecision SyncController::land(const RoomPlayback& room, double expected, double serverNowMs,
                                  const LocalPlayback& local, bool wasOpen) {
    SyncDecision d;
    const double error = local.position - expected;
    d.error = error;
    double& lead = wasOpen ? m_openLead : m_seekLead;
    int& measured = wasOpen ? m_opensMeasured : m_seeksMeasured;
    const double maxLead = wasOpen ? kMaxOpenLead : kMaxSeekLead;
    if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
    m_correcting = false;
    if (error > lead + m_config.seekThreshold) {
        // Further ahead than any seek could land: the room moved back while this one ran.
        d.seekTo = expected + m_seekLead;
        m_awaitingSeek = true;
        return d;
    }
    if (error >= -kOnTime) {
        // Early: the seek took `lead - error`. Move the lead towards that plus the margin (the
        // first measurement whole, later ones halfway), and hold until the room gets here.
        const double gain = measured++ == 0 ? 1.0 : 0.5;
        lead = std::clamp(lead - (error - m_config.landingMargin) * gain, 0.0, maxLead);
        const double wait = std::max(0.0, error) / room.rate;
        d.resumeIn = wait;
        m_resumeAtMs = serverNowMs + wait * 1000.0;
        return d;
    }
    // Late: the seek took longer than the lead by -error. Aim that much further (plus the
    // margin) at once: landing late costs a whole seek more, landing early only a wait.
    ++measured;
    lead = std::clamp(lead - error + m_config.landingMargin, 0.0, maxLead);
    if (m_reseeks < kMaxReseeks && -error > kOnTime) {
        ++m_reseeks;
        d.seekTo = expected + m_seekLead;
        m_awaitingSeek = true;
        qCDebug(lcSync) << "landed" << -error << "s late; seeking to" << *d.seekTo << "(lead"
                        << m_seekLead << "s)";
        return d;
    }
    // Sought often enough: play from here and let the rate close the rest.
    d.paused = false;
    return d;
}

SyncDecision SyncController::follow(const RoomPlayback& room, double expected, double serverNowMs,
                                    const LocalPlayback& local) {
    SyncDecision d;
    const double error = local.position - expected;
    d.error = error;
    if (room.paused) {
        m_correcting = false;
        m_awaitingSeek = false;
        m_awaitingOpen = false;
        m_resumeAtMs.reset();
        if (!local.paused) d.paused = true;
        if (std::abs(error) > kPausedTolerance) d.seekTo = expected;
        if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
        return d;
    }
    if (m_resumeAtMs) {
        // A held frame waits for its instant: the caller resumes it; nothing to decide unless
        // the resume is overdue (the caller could not, or the room moved meanwhile).
        if (local.paused && serverNowMs < *m_resumeAtMs + kResumeOverdueMs) return d;
        m_resumeAtMs.reset();
    }
    const bool held = m_config.holdLandings && local.paused;
    if (held && (m_awaitingOpen || m_awaitingSeek)) {
        const bool wasOpen = m_awaitingOpen;
        m_awaitingOpen = m_awaitingSeek = false;
        return land(room, expected, serverNowMs, local, wasOpen);
    }
    bool justLanded = false;
    if (m_awaitingOpen) {
        // As for seeks below, but for the open lead.
        justLanded = true;
        m_awaitingOpen = false;
        const double gain = m_opensMeasured++ == 0 ? 1.0 : 0.5;
        m_openLead = std::clamp(m_openLead - error * gain, 0.0, kMaxOpenLead);
    } else if (m_awaitingSeek) {
        justLanded = true;
        // The first reading after a seek says how long seeks take here: aim that much further
        // next time. The first measurement is taken whole; later ones move the estimate
        // halfway, so one slow seek does not throw it.
        m_awaitingSeek = false;
        const double gain = m_seeksMeasured++ == 0 ? 1.0 : 0.5;
        m_seekLead = std::clamp(m_seekLead - error * gain, 0.0, kMaxSeekLead);
    }
    if (local.paused) d.paused = false;
    // Re-seeking is bounded: where seeks land no better than this, the rate takes over.
    const bool reseek = justLanded && m_reseeks < kMaxReseeks;
    const double seekAbove = reseek ? m_config.reseekAbove : m_config.seekThreshold;
    if (!justLanded) m_reseeks = 0;
    if (std::abs(error) > seekAbove) {
        d.seekTo = expected + m_seekLead;
        qCDebug(lcSync) << "off by" << error << "s; seeking to" << *d.seekTo << "(lead"
                        << m_seekLead << "s)";
        m_awaitingSeek = true;
        m_correcting = false;
        if (m_config.holdLandings) d.paused = true;
        if (justLanded) ++m_reseeks;
        if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
        return d;
    }
    correctRate(room, error, local, d);
    return d;
}

void SyncController::correctRate(const RoomPlayback& room, double error, const LocalPlayback& local,
                                 SyncDecision& d) {
    if (!m_correcting && std::abs(error) > m_config.correctAbove) m_correcting = true;
    if (m_correcting && std::abs(error) < m_config.settleBelow) m_correcting = false;
    double factor = 1.0;
    if (m_correcting)
        factor -=
            std::clamp(error / m_config.horizon, -m_config.maxRateChange, m_config.maxRateChange);
    const double rate = room.rate * factor;
    if (std::abs(rate - local.rate) > kRateStep || (!m_correcting && rate != local.rate))
        d.rate = rate;
}

SyncDecision SyncController::followLive(const RoomPlayback& room, double expected,
                                        double serverNowMs, const LocalPlayback& local) {
    SyncDecision d;
    const double error = local.position - expected;
    const bool landed = m_awaitingOpen || m_awaitingSeek;
    m_awaitingOpen = m_awaitingSeek = false;
    if (room.position <= 0 || std::abs(error) > kLiveAnchorWindow) {
        // No instant yet (a room switched to the stream names no position in it), or another
        // timeline (the encoder restarted): play it as it comes.
        m_correcting = false;
        m_resumeAtMs.reset();
        d.unanchored = true;
        if (local.paused && !room.paused) d.paused = false;
        if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
        return d;
    }
    d.error = error;
    if (room.paused) {
        // A live stream cannot show the room's frame: it stops where it is.
        m_correcting = false;
        m_resumeAtMs.reset();
        if (!local.paused) d.paused = true;
        return d;
    }
    if (m_resumeAtMs) {
        if (local.paused && serverNowMs < *m_resumeAtMs + kResumeOverdueMs) return d;
        m_resumeAtMs.reset();
    }
    if (std::abs(local.rate - room.rate) > kRateStep && !m_correcting) d.rate = room.rate;
    if (error > m_config.seekThreshold || (landed && error > kOnTime)) {
        // Ahead: wait for the room where we are.
        m_correcting = false;
        if (!local.paused) d.paused = true;
        const double wait = error / room.rate;
        d.resumeIn = wait;
        m_resumeAtMs = serverNowMs + wait * 1000.0;
        return d;
    }
    if (error < -m_config.seekThreshold && m_reseeks < kMaxReseeks) {
        // Far behind: what is newest is ahead of the room, so rejoin and hold what lands.
        ++m_reseeks;
        m_correcting = false;
        d.rejoinLive = true;
        d.paused = true;
        m_awaitingSeek = true;
        qCDebug(lcSync) << "live stream" << -error << "s behind the room; rejoining";
        return d;
    }
    if (error >= -m_config.seekThreshold) m_reseeks = 0;
    if (local.paused) d.paused = false;
    correctRate(room, error, local, d);
    return d;
}

}  // namespace omk::sync
