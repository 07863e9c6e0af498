#include "media/MediaClock.h"

namespace omk::media {

void MediaClock::setAudioClock(AudioClockFn fn) {
    std::lock_guard lock(m_mutex);
    m_audio = std::move(fn);
}

double MediaClock::systemNowLocked(Steady::time_point t) const {
    if (m_paused) return m_value;
    return m_value + std::chrono::duration<double>(t - m_base).count() * m_rate;
}

double MediaClock::now() const {
    std::lock_guard lock(m_mutex);
    const auto t = Steady::now();
    if (!m_paused && m_audio) {
        if (auto a = m_audio()) {
            m_value = *a;
            m_base = t;
            m_audioMaster = true;
            return *a;
        }
    }
    m_audioMaster = false;
    return systemNowLocked(t);
}

void MediaClock::set(double seconds) {
    std::lock_guard lock(m_mutex);
    m_value = seconds;
    m_base = Steady::now();
}

void MediaClock::pause() {
    std::lock_guard lock(m_mutex);
    if (m_paused) return;
    const auto t = Steady::now();
    m_value = systemNowLocked(t);
    m_base = t;
    m_paused = true;
}

void MediaClock::resume() {
    std::lock_guard lock(m_mutex);
    if (!m_paused) return;
    m_base = Steady::now();
    m_paused = false;
}

bool MediaClock::isPaused() const {
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void MediaClock::setRate(double rate) {
    std::lock_guard lock(m_mutex);
    const auto t = Steady::now();
    m_value = systemNowLocked(t);
    m_base = t;
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
