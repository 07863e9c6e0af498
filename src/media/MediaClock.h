#pragma once
// The master clock video is timed against. Audio drives it whenever the audio device reports a
// position, because audio cannot wait and video can; otherwise a steady system clock carries on
// from the last known value, so a missing sound card or an audio underrun never stops playback.
//
// Threading: every member is thread-safe; now() is called from the render thread while the
// player thread seeks and pauses.

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace omk::media {

class MediaClock {
public:
    using AudioClockFn = std::function<std::optional<double>()>;

    // Called under the clock's lock on every read; must be cheap and must not call back.
    void setAudioClock(AudioClockFn fn);

    double now() const;
    void set(double seconds);
    void pause();
    void resume();
    bool isPaused() const;
    // Only the system clock honours the rate; audio-driven rate changes come with the resampler.
    void setRate(double rate);
    double rate() const;
    // True when the last read came from audio (for the UI's audio status).
    bool audioMaster() const;

private:
    using Steady = std::chrono::steady_clock;
    double systemNowLocked(Steady::time_point t) const;

    mutable std::mutex m_mutex;
    AudioClockFn m_audio;
    // The system clock: m_value at m_base, advancing at m_rate unless paused. Audio reads rebase
    // it, so falling back from audio continues where audio left off.
    mutable double m_value = 0;
    mutable Steady::time_point m_base = Steady::now();
    mutable bool m_audioMaster = false;
    double m_rate = 1.0;
    bool m_paused = true;
};

}  // namespace omk::media
