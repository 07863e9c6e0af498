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

}  // namespace

SyncDecision SyncController::update(const RoomPlayback& room, double serverNowMs,
                                    const LocalPlayback& local) {
    const double expected = room.expectedPosition(serverNowMs);
    if (local.media != room.media) {
        SyncDecision d;
        d.open = room.media;
        d.seekTo = std::max(0.0, room.paused ? expected : expected + m_openLead);
        d.paused = room.paused;
        d.rate = room.rate;
        m_correcting = false;
        m_awaitingSeek = false;
        m_awaitingOpen = !room.paused;
        m_reseeks = 0;
        return d;
    }
    if (local.seeking || local.buffering) return {};
    return follow(room, expected, local);
}

SyncDecision SyncController::follow(const RoomPlayback& room, double expected,
                                    const LocalPlayback& local) {
    SyncDecision d;
    const double error = local.position - expected;
    d.error = error;
    if (room.paused) {
        m_correcting = false;
        m_awaitingSeek = false;
        m_awaitingOpen = false;
        if (!local.paused) d.paused = true;
        if (std::abs(error) > kPausedTolerance) d.seekTo = expected;
        if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
        return d;
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
        if (justLanded) ++m_reseeks;
        if (std::abs(local.rate - room.rate) > kRateStep) d.rate = room.rate;
        return d;
    }
    if (!m_correcting && std::abs(error) > m_config.correctAbove) m_correcting = true;
    if (m_correcting && std::abs(error) < m_config.settleBelow) m_correcting = false;
    double factor = 1.0;
    if (m_correcting)
        factor -=
            std::clamp(error / m_config.horizon, -m_config.maxRateChange, m_config.maxRateChange);
    const double rate = room.rate * factor;
    if (std::abs(rate - local.rate) > kRateStep || (!m_correcting && rate != local.rate))
        d.rate = rate;
    return d;
}

}  // namespace omk::sync
