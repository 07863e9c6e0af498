#include "media/AudioOutput.h"

#include "media/Log.h"

#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace omk::media {

// ---- AudioTimeline

void AudioTimeline::appendMedia(double pts, int serial, qint64 bytes, double rate) {
    if (bytes <= 0) return;
    m_segments.push_back({m_written, bytes, pts, serial, false, rate});
    m_written += bytes;
}

void AudioTimeline::appendSilence(qint64 bytes) {
    if (bytes <= 0) return;
    m_segments.push_back({m_written, bytes, 0, 0, true, 1.0});
    m_written += bytes;
}

std::optional<AudioTimeline::Position> AudioTimeline::at(qint64 playedBytes) const {
    for (const Segment& s : m_segments) {
        if (playedBytes >= s.start + s.bytes) continue;
        if (playedBytes < s.start || s.silence) return std::nullopt;
        return Position{s.pts + static_cast<double>(playedBytes - s.start) / m_bps * s.rate,
                        s.serial};
    }
    return std::nullopt;
}

void AudioTimeline::discardBefore(qint64 playedBytes) {
    while (!m_segments.empty() &&
           m_segments.front().start + m_segments.front().bytes < playedBytes) {
        m_segments.pop_front();
    }
}

// ---- AudioOutput

class AudioOutput::Feeder final : public QIODevice {
public:
    explicit Feeder(AudioOutput* owner, QObject* parent) : QIODevice(parent), m_owner(owner) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; }  // never "at end"

protected:
    qint64 readData(char* data, qint64 maxlen) override { return m_owner->readAudio(data, maxlen); }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    AudioOutput* m_owner;
};

AudioOutput::AudioOutput() {
    m_thread.setObjectName(QStringLiteral("omnikast-audio"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

AudioOutput::~AudioOutput() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_sink) m_sink->stop();
            delete m_sink;
            delete m_feeder;
            delete m_sampler;
            m_sink = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;  // its thread has finished, so deleting it here is safe
}

void AudioOutput::setStatus(const QString& s) {
    std::lock_guard lock(m_mutex);
    m_status = s;
}

QString AudioOutput::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

Expected<AudioFormat> AudioOutput::open() {
    QString error;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_device = QMediaDevices::defaultAudioOutput();
            if (m_device.isNull()) {
                error = QStringLiteral("no audio output device");
                return;
            }
            QAudioFormat f;
            f.setSampleRate(48000);
            f.setChannelCount(2);
            f.setSampleFormat(QAudioFormat::Float);
            if (!m_device.isFormatSupported(f)) {
                const QAudioFormat preferred = m_device.preferredFormat();
                f.setSampleRate(preferred.sampleRate());
                f.setChannelCount(std::clamp(preferred.channelCount(), 1, 2));
            }
            if (!m_device.isFormatSupported(f)) {
                error =
                    QStringLiteral("%1 does not take float samples").arg(m_device.description());
                return;
            }
            m_qformat = f;
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        m_failed = true;
        setStatus(error + QStringLiteral("; timing from the system clock"));
        return fail(error);
    }
    m_format = AudioFormat{m_qformat.sampleRate(), m_qformat.channelCount()};
    {
        std::lock_guard lock(m_mutex);
        m_timeline = AudioTimeline(m_format.bytesPerSecond());
    }
    setStatus(QStringLiteral("%1, %2 Hz").arg(m_device.description()).arg(m_format.sampleRate));
    return m_format;
}

void AudioOutput::setVolume(float volume) {
    m_volume = volume;
    // QAudioSink belongs to the audio thread.
    QMetaObject::invokeMethod(m_context, [this, volume] {
        if (m_sink) m_sink->setVolume(volume);
    });
}

void AudioOutput::start(AudioChunkQueue* chunks, const std::atomic<int>* serial) {
    QMetaObject::invokeMethod(
        m_context,
        [this, chunks, serial] {
            m_chunks = chunks;
            m_serial = serial;
            m_sink = new QAudioSink(m_device, m_qformat, m_context);
            // ~100 ms keeps seeks responsive without underruns on a loaded machine.
            m_sink->setBufferSize(m_format.bytesPerSecond() / 10);
            m_sink->setVolume(m_volume.load());
            m_feeder = new Feeder(this, m_context);
            m_feeder->open(QIODevice::ReadOnly);
            QObject::connect(m_sink, &QAudioSink::stateChanged, m_context, [this] {
                const auto err = m_sink->error();
                if (err == QAudio::OpenError || err == QAudio::IOError ||
                    err == QAudio::FatalError) {
                    m_failed = true;
                    setStatus(QStringLiteral("audio device error; timing from the system clock"));
                    qCWarning(lcMedia) << "audio sink failed:" << err;
                }
            });
            m_sampler = new QTimer(m_context);
            m_sampler->setInterval(10);
            QObject::connect(m_sampler, &QTimer::timeout, m_context, [this] { sampleDevice(); });
        },
        Qt::BlockingQueuedConnection);
}

void AudioOutput::setPaused(bool paused) {
    {
        std::lock_guard lock(m_mutex);
        if (paused == m_paused) return;
        const auto now = std::chrono::steady_clock::now();
        // Freeze (or restart) the interpolation between device samples.
        m_snapPlayed = playedEstimateLocked(now);
        m_snapTime = now;
        m_paused = paused;
    }
    QMetaObject::invokeMethod(m_context, [this, paused] {
        if (!m_sink || m_failed) return;
        if (paused) {
            m_sink->suspend();
            m_sampler->stop();
        } else if (!m_sinkStarted) {
            m_sinkStarted = true;
            m_sink->start(m_feeder);
            m_sampler->start();
        } else {
            m_sink->resume();
            m_sampler->start();
        }
    });
}

qint64 AudioOutput::playedEstimateLocked(std::chrono::steady_clock::time_point now) const {
    if (m_paused || m_snapTime == std::chrono::steady_clock::time_point{}) return m_snapPlayed;
    const double elapsed = std::chrono::duration<double>(now - m_snapTime).count();
    const auto advanced = static_cast<qint64>(elapsed * m_format.bytesPerSecond());
    // Only the device may say it played everything (an underrun). Extrapolation overshooting a
    // late sample must not: it would flip the clock to "no audio" between samples.
    const qint64 written = m_timeline.written();
    const qint64 cap = m_snapPlayed < written ? written - m_format.bytesPerFrame() : written;
    return std::min(m_snapPlayed + advanced, cap);
}

std::optional<double> AudioOutput::clock() const {
    if (m_failed || !m_serial) return std::nullopt;
    std::lock_guard lock(m_mutex);
    if (m_snapTime == std::chrono::steady_clock::time_point{}) return std::nullopt;
    const auto pos = m_timeline.at(playedEstimateLocked(std::chrono::steady_clock::now()));
    if (!pos || pos->serial != m_serial->load()) return std::nullopt;
    return pos->pts;
}

void AudioOutput::sampleDevice() {
    if (!m_sink) return;
    const qint64 buffered = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
    std::lock_guard lock(m_mutex);
    m_snapPlayed = std::max<qint64>(0, m_timeline.written() - buffered);
    m_snapTime = std::chrono::steady_clock::now();
    m_timeline.discardBefore(m_snapPlayed);
}

qint64 AudioOutput::readAudio(char* data, qint64 maxlen) {
    const int bpf = m_format.bytesPerFrame();
    maxlen -= maxlen % bpf;
    qint64 written = 0;
    std::lock_guard lock(m_mutex);
    while (written < maxlen && m_chunks) {
        if (!m_current) {
            auto chunk = m_chunks->tryPop();
            if (!chunk) break;
            if (chunk->endOfStream || chunk->serial != m_serial->load()) continue;
            m_current = std::move(chunk);
            m_currentFrame = 0;
        }
        const size_t frames = m_current->samples.size() / static_cast<size_t>(m_format.channels);
        const size_t n =
            std::min(frames - m_currentFrame, static_cast<size_t>((maxlen - written) / bpf));
        std::memcpy(
            data + written,
            m_current->samples.data() + m_currentFrame * static_cast<size_t>(m_format.channels),
            n * static_cast<size_t>(bpf));
        m_timeline.appendMedia(m_current->pts + static_cast<double>(m_currentFrame) *
                                                    m_current->rate / m_format.sampleRate,
                               m_current->serial, static_cast<qint64>(n) * bpf, m_current->rate);
        written += static_cast<qint64>(n) * bpf;
        m_currentFrame += n;
        if (m_currentFrame >= frames) m_current.reset();
    }
    // Underrun or end: silence keeps the device running; the timeline marks it as no clock.
    if (written < maxlen) {
        std::memset(data + written, 0, static_cast<size_t>(maxlen - written));
        m_timeline.appendSilence(maxlen - written);
    }
    return maxlen;
}

}  // namespace omk::media
