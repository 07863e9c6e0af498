#pragma once
// Shared by the Pipeline*Test files: an event loop, generated clips, and an audio sink that
// needs no sound card.

#include "media/AudioOutput.h"
#include "media/Player.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>

namespace omk::media::testing {

// Player posts its signals to the thread it lives on, so tests need an application object.
inline void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "media_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

// Spins the event loop until `done` or the timeout; returns done().
inline bool pumpUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

// testsrc2 + a sine tone, 25 fps, one keyframe a second; generated once per build tree.
inline QString makeClip(const QString& name, int seconds, const QString& size = "320x240") {
    QDir().mkpath(OMNIKAST_TEST_TMP);
    const QString path = QStringLiteral(OMNIKAST_TEST_TMP "/") + name;
    if (QFile::exists(path)) return path;
    const QString cmd =
        QStringLiteral(
            "\"%1\" -nostdin -v error -y -f lavfi -i testsrc2=size=%2:rate=25:duration=%3 "
            "-f lavfi -i sine=frequency=440:sample_rate=48000:duration=%3 -c:v libx264 "
            "-preset ultrafast -g 25 -pix_fmt yuv420p -c:a aac -b:a 64k \"%4.%5.part.mp4\" && "
            "mv \"%4.%5.part.mp4\" \"%4\"")
            .arg(OMNIKAST_FFMPEG, size)
            .arg(seconds)
            .arg(path)
            .arg(QCoreApplication::applicationPid());  // parallel ctest processes: own temp file
    if (std::system(cmd.toLocal8Bit().constData()) != 0) return {};
    return path;
}

inline bool openAndWait(Player& player, const QString& url, QString* error = nullptr) {
    bool opened = false, failed = false;
    auto c1 = QObject::connect(&player, &Player::opened, [&] { opened = true; });
    auto c2 = QObject::connect(&player, &Player::errorOccurred, [&](const QString& m) {
        failed = true;
        if (error) *error = m;
    });
    player.open(url);
    pumpUntil([&] { return opened || failed; }, 15000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return opened;
}

// A stand-in sound card for machines without one (CI): drains audio at the real-time rate (or
// as fast as it can, for untimed tests) through a simulated 100 ms device buffer, and reports
// the clock the way AudioOutput does, through an AudioTimeline.
class NullAudioSinkForTests final : public AudioRenderer {
public:
    explicit NullAudioSinkForTests(bool realTime = true) : m_realTime(realTime) {}
    ~NullAudioSinkForTests() override {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

    Expected<AudioFormat> open() override {
        m_timeline = AudioTimeline(m_format.bytesPerSecond());
        return m_format;
    }
    void start(AudioChunkQueue* chunks, const std::atomic<int>* serial) override {
        m_chunks = chunks;
        m_serial = serial;
        m_thread = std::thread([this] { run(); });
    }
    void setPaused(bool paused) override {
        std::lock_guard lock(m_mutex);
        advanceLocked(Clock::now());
        m_paused = paused;
    }
    std::optional<double> clock() const override {
        std::lock_guard lock(m_mutex);
        const auto pos = m_timeline.at(playedLocked(Clock::now()));
        if (!pos || !m_serial || pos->serial != m_serial->load()) return std::nullopt;
        ++m_clockReadings;
        return pos->pts;
    }
    bool failed() const override { return false; }
    QString status() const override { return QStringLiteral("NullAudioSinkForTests"); }

    // How often clock() returned a value: proves the audio-master path ran.
    long clockReadings() const {
        std::lock_guard lock(m_mutex);
        return m_clockReadings;
    }
    qint64 bytesConsumed() const {
        std::lock_guard lock(m_mutex);
        return m_timeline.written();
    }

private:
    using Clock = std::chrono::steady_clock;

    qint64 playedLocked(Clock::time_point now) const {
        if (m_paused) return m_played;
        const double dt = std::chrono::duration<double>(now - m_last).count();
        return std::min(m_timeline.written(),
                        m_played + static_cast<qint64>(dt * m_format.bytesPerSecond()));
    }
    void advanceLocked(Clock::time_point now) {
        m_played = playedLocked(now);
        m_last = now;
    }

    void run() {
        const qint64 bufferBytes = m_format.bytesPerSecond() / 10;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, std::chrono::milliseconds(5), [&] { return m_stop; });
                if (m_stop) return;
                advanceLocked(Clock::now());
                if (m_paused && m_realTime) continue;
                if (m_realTime && m_timeline.written() - m_played >= bufferBytes) continue;
            }
            // Top the simulated device buffer up from the queue.
            for (;;) {
                auto chunk = m_chunks->tryPop();
                if (!chunk) break;
                if (chunk->endOfStream || chunk->serial != m_serial->load()) continue;
                std::lock_guard lock(m_mutex);
                m_timeline.appendMedia(chunk->pts, chunk->serial,
                                       static_cast<qint64>(chunk->samples.size() * sizeof(float)),
                                       chunk->rate);
                if (!m_realTime) m_played = m_timeline.written();
                m_timeline.discardBefore(m_played);
                if (m_realTime && m_timeline.written() - m_played >= bufferBytes) break;
            }
        }
    }

    const bool m_realTime;
    const AudioFormat m_format{48000, 2};
    AudioChunkQueue* m_chunks = nullptr;
    const std::atomic<int>* m_serial = nullptr;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    AudioTimeline m_timeline;
    qint64 m_played = 0;
    Clock::time_point m_last = Clock::now();
    bool m_paused = true;
    bool m_stop = false;
    mutable long m_clockReadings = 0;
    std::thread m_thread;
};

}  // namespace omk::media::testing
