#pragma once
// Audio playback and the audio clock. AudioRenderer is what the player needs from an audio
// sink: a format to decode to, a queue to drain and a clock reading. AudioOutput implements it
// with Qt Multimedia's QAudioSink; tests implement it without a sound card.

#include "core/Expected.h"
#include "media/AudioDecodeStage.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>

class QAudioSink;
class QTimer;

namespace omk::media {

// Threading: every member is thread-safe; clock() is read from the render thread.
class AudioRenderer {
public:
    virtual ~AudioRenderer() = default;
    // Opens the device. An error means "play without sound, timed by the system clock".
    virtual Expected<AudioFormat> open() = 0;
    // Drains `chunks`, skipping those whose serial is not *serial; starts paused.
    virtual void start(AudioChunkQueue* chunks, const std::atomic<int>* serial) = 0;
    virtual void setPaused(bool paused) = 0;
    // Linear gain 0..1. Renderers without a device (tests) may ignore it.
    virtual void setVolume(float volume) { (void)volume; }
    // Media time of the sample being heard now; nullopt while nothing of the current serial is
    // audible (before start, after a seek, during underruns, at the end).
    virtual std::optional<double> clock() const = 0;
    // True once the device has failed for good; the player then stops feeding audio.
    virtual bool failed() const = 0;
    virtual QString status() const = 0;
};

// Maps a byte position in what was handed to a device back to media time. Devices only say how
// much they have played, and what was handed to them mixes chunks of several serials and
// silence, so the mapping is kept per segment.
// Threading: none; owners lock.
class AudioTimeline {
public:
    struct Position {
        double pts;
        int serial;
    };

    explicit AudioTimeline(int bytesPerSecond = 1) : m_bps(bytesPerSecond) {}
    // rate: media seconds per second of these bytes (the playback rate they were made for).
    void appendMedia(double pts, int serial, qint64 bytes, double rate = 1.0);
    void appendSilence(qint64 bytes);
    // nullopt inside silence, or when the device has played everything it was given.
    std::optional<Position> at(qint64 playedBytes) const;
    // Forgets segments that end before `playedBytes`.
    void discardBefore(qint64 playedBytes);
    qint64 written() const { return m_written; }

private:
    struct Segment {
        qint64 start, bytes;
        double pts;
        int serial;
        bool silence;
        double rate;
    };
    std::deque<Segment> m_segments;
    qint64 m_written = 0;
    int m_bps;
};

// Threading: the QAudioSink lives on a private thread because a QAudioSink must only be touched
// from the thread that created it, and pull-mode reads arrive on that thread's event loop: a
// busy GUI thread must not starve the sound card. Public members post to that thread.
class AudioOutput final : public AudioRenderer {
public:
    AudioOutput();
    ~AudioOutput() override;
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    Expected<AudioFormat> open() override;
    void start(AudioChunkQueue* chunks, const std::atomic<int>* serial) override;
    void setPaused(bool paused) override;
    void setVolume(float volume) override;
    std::optional<double> clock() const override;
    bool failed() const override { return m_failed.load(); }
    QString status() const override;

private:
    class Feeder;
    qint64 readAudio(char* data, qint64 maxlen);  // on the audio thread
    void sampleDevice();                          // on the audio thread
    void setStatus(const QString& s);
    qint64 playedEstimateLocked(std::chrono::steady_clock::time_point now) const;

    QThread m_thread;
    QObject* m_context = nullptr;  // lives on m_thread; target of posted calls
    // Owned by m_context, touched on m_thread only.
    QAudioSink* m_sink = nullptr;
    Feeder* m_feeder = nullptr;
    QTimer* m_sampler = nullptr;
    QAudioDevice m_device;
    QAudioFormat m_qformat;
    AudioFormat m_format;
    AudioChunkQueue* m_chunks = nullptr;
    const std::atomic<int>* m_serial = nullptr;
    std::optional<AudioChunk> m_current;
    size_t m_currentFrame = 0;
    bool m_sinkStarted = false;
    std::atomic<float> m_volume{1.0f};  // applied to the sink when it is created and on change

    mutable std::mutex m_mutex;  // guards the members below
    AudioTimeline m_timeline;
    qint64 m_snapPlayed = 0;
    std::chrono::steady_clock::time_point m_snapTime{};
    bool m_paused = true;
    QString m_status;
    std::atomic<bool> m_failed{false};
};

}  // namespace omk::media
