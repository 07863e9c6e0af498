#include "media/MediaClock.h"

#include <cmath>

namespace omk::media {

namespace {
// Long against block jitter (tens of ms every ~10-50 ms), short against drift: a 100 ppm
// difference between the sound card and the steady clock lags by only 0.05 ms.
constexpr double kAudioSmoothing = 0.5;
// Beyond this the audio position really moved (a skip, a device restart): follow at once.
constexpr double kAudioSnap = 0.1;
// Audio missing this long was an underrun; what plays after it no longer continues the old line.
constexpr std::chrono::milliseconds kAudioGap{100};
}  // namespace

void MediaClock::setAudioClock(AudioClockFn fn) {
    std::lock_guard lock(m_mutex);
    m_audio = std::move(fn);
}

double MediaClock::systemNowLocked(Steady::time_point t) const {
    if (m_paused) return m_value;
    return m_value + std::chrono::duration<double>(t - m_base).count() * speedLocked();
}

void MediaClock::rebaseLocked(Steady::time_point t) const {
    m_value = systemNowLocked(t);
    m_base = t;
}

double MediaClock::now() const {
    std::lock_guard lock(m_mutex);
    const auto t = Steady::now();
    if (m_paused) {
        m_audioMaster = false;
        return m_value;
    }
    const std::optional<double> audio = m_audio ? m_audio() : std::nullopt;
    if (!audio) {
        rebaseLocked(t);
        m_audioMaster = false;
        if (!m_audioMissingSince) m_audioMissingSince = t;
        return m_value;
    }
    const bool afterGap = m_audioMissingSince && t - *m_audioMissingSince > kAudioGap;
    m_audioMissingSince.reset();
    const double elapsed = std::chrono::duration<double>(t - m_base).count();
    rebaseLocked(t);
    m_audioMaster = true;
    const double error = *audio - m_value;
    if (!m_audioLocked || afterGap || std::abs(error) > kAudioSnap) {
        m_value = *audio;
        m_audioLocked = true;
    } else {
        // Weighted by the time since the last reading, so the smoothing does not depend on how
        // often the render thread asks.
        m_value += error * (1.0 - std::exp(-elapsed / kAudioSmoothing));
    }
    return m_value;
}

void MediaClock::set(double seconds) {
    std::lock_guard lock(m_mutex);
    m_value = seconds;
    m_base = Steady::now();
    m_audioLocked = false;
}

void MediaClock::pause() {
    std::lock_guard lock(m_mutex);
    if (m_paused) return;
    rebaseLocked(Steady::now());
    m_paused = true;
    m_audioLocked = false;
}

void MediaClock::resume() {
    std::lock_guard lock(m_mutex);
    if (!m_paused) return;
    m_base = Steady::now();
    m_paused = false;
    m_audioLocked = false;
    m_audioMissingSince.reset();
}

bool MediaClock::isPaused() const {
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void MediaClock::setRate(double rate) {
    std::lock_guard lock(m_mutex);
    rebaseLocked(Steady::now());
    m_rate = rate;
}

double MediaClock::rate() const {
    std::lock_guard lock(m_mutex);
    return m_rate;
}

bool MediaClock::audioMaster() const {
    std::lock_guard lock(m_mutex);
    return m_audioMaster;
}

}  // namespace omk::media
