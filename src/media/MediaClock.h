#pragma once
// The master clock video is timed against. Audio drives it whenever the audio device reports a
// position, because audio cannot wait and video can; otherwise a steady system clock carries on
// from the last known value, so a missing sound card or an audio underrun never stops playback.
//
// Audio positions are coarse: a device reports what it consumed in blocks of several
// milliseconds (PulseAudio's null sink: tens), so reading them directly makes the clock jump
// back and forth and video frames look late or early. Like ffplay and mpv, the clock is kept as
// (value, steady time of that value) and extrapolated with the steady clock; each audio reading
// only pulls it a time-weighted fraction of the way (a first-order low-pass, time constant
// kAudioSmoothing), so jitter averages out while drift between the two clocks is followed. It
// snaps to audio where smoothing would be wrong: the first reading after set(), pause() and
// resume(), after audio was missing for a while (an underrun), and when audio is far off.
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
    // Media seconds per second. Audio readings already advance at this rate (the decode stage
    // stretches audio to it), and extrapolation between them uses it too.
    void setRate(double rate);
    double rate() const;
    // True when the last read came from audio (for the UI's audio status).
    bool audioMaster() const;

private:
    using Steady = std::chrono::steady_clock;
    double systemNowLocked(Steady::time_point t) const;
    // Moves the anchor to `t`, keeping the extrapolated value.
    void rebaseLocked(Steady::time_point t) const;
    double speedLocked() const { return m_rate; }

    mutable std::mutex m_mutex;
    AudioClockFn m_audio;
    // The system clock: m_value at m_base, advancing at m_rate unless paused. Audio reads rebase
    // it, so falling back from audio continues where audio left off.
    mutable double m_value = 0;
    mutable Steady::time_point m_base = Steady::now();
    mutable bool m_audioMaster = false;
    // False until the next audio reading, which is then taken as is rather than smoothed.
    mutable bool m_audioLocked = false;
    mutable std::optional<Steady::time_point> m_audioMissingSince;
    double m_rate = 1.0;
    bool m_paused = true;
};

}  // namespace omk::media
