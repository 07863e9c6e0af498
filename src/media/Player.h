#pragma once
// The playback engine the UI talks to. One object per pipeline stage, each on its own thread,
// joined by bounded queues (see docs/ARCHITECTURE.md):
//
//   demuxer ─▶ video packets ─▶ video decoder ─▶ frames (6) ─▶ render thread
//           └▶ audio packets ─▶ audio decoder ─▶ audio chunks ─▶ audio sink (clock)
//
// Opening runs on a helper thread so a slow or dead host never blocks the GUI.

#include "core/Spherical.h"
#include "media/AudioOutput.h"
#include "media/Input.h"
#include "media/VideoDecoderContext.h"
#include "media/VideoFrame.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QTimer;

namespace omk::media {

namespace detail {
struct PlayerSession;
}

struct PlayerOptions {
    bool enableAudio = true;
    HwPolicy hwPolicy = HwPolicy::Auto;
    int decoderThreads = 0;  // 0: one per core
    // Replaces the sound card, e.g. in tests. Called on the player's thread. Null: AudioOutput.
    std::function<std::unique_ptr<AudioRenderer>()> audioRendererFactory;
    std::size_t videoPacketCapacity = 64;
    std::size_t audioPacketCapacity = 256;
    // Decoded frames waiting for the renderer: 133 ms at 30 fps smooths decoder hiccups, and at
    // 4K each is 12 MB (with the decoder's own frame threads holding as many again).
    std::size_t frameCapacity = 4;
    std::size_t audioChunkCapacity = 32;
    // A live input that stays unreachable this long ends in errorOccurred(); until then the
    // player keeps retrying and says it is reconnecting.
    std::chrono::milliseconds reconnectTimeout{60000};
};

// Queue fill levels, for tests and the debug overlay.
struct PlayerStats {
    std::size_t videoPackets = 0, videoPacketCapacity = 0;
    std::size_t audioPackets = 0, audioPacketCapacity = 0;
    std::size_t frames = 0, frameCapacity = 0;
    std::size_t audioChunks = 0, audioChunkCapacity = 0;
};

// Threading: lives on the GUI thread; every public member except the two take*Frame functions
// is called there. takeFrameForPresentation/takeNextFrame are called on the render thread (one
// consumer), which must stop calling them before the player is destroyed. Getters are cheap and
// may be called from any thread.
class Player : public QObject {
    Q_OBJECT
    Q_PROPERTY(double position READ position NOTIFY positionChanged)
    Q_PROPERTY(double duration READ duration NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY stateChanged)
    Q_PROPERTY(bool seekable READ isSeekable NOTIFY stateChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY stateChanged)
    Q_PROPERTY(bool still READ isStill NOTIFY stateChanged)
    Q_PROPERTY(bool reconnecting READ isReconnecting NOTIFY stateChanged)
    Q_PROPERTY(QString decoderName READ decoderName NOTIFY stateChanged)
    Q_PROPERTY(bool hardwareDecoding READ hardwareDecoding NOTIFY stateChanged)
    Q_PROPERTY(QString audioStatus READ audioStatus NOTIFY stateChanged)
    Q_PROPERTY(QString caption READ caption NOTIFY captionChanged)
    Q_PROPERTY(bool hasCaptions READ hasCaptions NOTIFY stateChanged)
    Q_PROPERTY(QString captionStatus READ captionStatus NOTIFY stateChanged)
    Q_PROPERTY(QSize mediaSize READ mediaSize NOTIFY stateChanged)
    Q_PROPERTY(bool buffering READ isBuffering NOTIFY statsChanged)
    Q_PROPERTY(int bufferingPercent READ bufferingPercent NOTIFY statsChanged)
    Q_PROPERTY(qint64 droppedFrames READ droppedFrames NOTIFY statsChanged)
    Q_PROPERTY(qint64 presentedFrames READ presentedFrames NOTIFY statsChanged)
    Q_PROPERTY(double avOffsetMs READ avOffsetMs NOTIFY statsChanged)

public:
    explicit Player(QObject* parent = nullptr);
    explicit Player(PlayerOptions options, QObject* parent = nullptr);
    ~Player() override;

    // Replaces whatever was open. Ends in opened() or errorOccurred(). Playback starts at once
    // unless pause() was called, at startSeconds where the input is seekable (clamped to its
    // duration; isSeeking() until the first frame there is shown). options.abort is replaced by
    // the player's own flag.
    void open(const QString& url, OpenOptions options, double startSeconds = 0);
    Q_INVOKABLE void open(const QString& url) { open(url, OpenOptions{}); }
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePause();
    // Seconds from the start of the media; ignored for live inputs.
    Q_INVOKABLE void seek(double seconds);
    Q_INVOKABLE void seekRelative(double seconds);
    // A live input cannot seek: this opens it again, so playback comes back near the live edge
    // (the watch-together sync uses it to catch up). Paused stays paused. Ignored otherwise.
    void rejoinLive();
    Q_INVOKABLE void stop();
    // Linear 0..1; kept across open() and applied to every new audio device.
    void setVolume(double volume);
    double volume() const { return m_volume.load(); }
    // Playback speed, kept across open(); audio is stretched to it with its pitch kept.
    static constexpr double kMinRate = 0.5, kMaxRate = 2.0;
    void setRate(double rate);
    double rate() const { return m_rate.load(); }

    double position() const { return m_position.load(); }
    // The master clock itself, seconds from the start: finer than position(), which moves only
    // when a frame is shown. What the watch-together sync compares with the room.
    double clockPosition() const;
    // The same clock in the stream's own timestamps, not from where this player started: two
    // players of one live stream, joined at different moments, agree on it for the same frame.
    double streamClock() const;
    // True from open() or seek() until the first frame at the new place is shown: the clock
    // stands still then for reasons that are not drift.
    bool isSeeking() const;
    double duration() const;
    bool isLoaded() const;
    bool isPaused() const { return m_userPaused.load(); }
    bool isSeekable() const;
    bool isLive() const;
    // A picture (media/Input.h isStillImage): one frame, shown until something else opens.
    bool isStill() const;
    bool isReconnecting() const;
    QString decoderName() const;
    bool hardwareDecoding() const;
    QString audioStatus() const;
    // The caption showing now (lines joined by \n), from the file's first text subtitle stream;
    // empty between cues. Follows the master clock at 10 Hz.
    QString caption() const { return m_caption; }
    bool hasCaptions() const;
    // The subtitle codec in use, why the file's subtitles cannot be shown, or empty: none.
    QString captionStatus() const;
    // Caption text at a media time among the cues decoded so far (the demuxer reads ahead).
    QString captionAt(double seconds) const;
    QSize mediaSize() const;
    bool isBuffering() const;
    int bufferingPercent() const;
    qint64 droppedFrames() const { return m_dropped.load(); }
    qint64 presentedFrames() const { return m_presented.load(); }
    // Frame pts minus master clock when the last frame was handed out, milliseconds.
    double avOffsetMs() const { return m_avOffsetMs.load(); }
    SphericalInfo spherical() const;
    PlayerStats stats() const;

    // Threading: render thread. The newest frame that is due by the master clock, or nullopt if
    // the frame on screen should stay. Late frames are skipped and counted as dropped.
    std::optional<VideoFrame> takeFrameForPresentation();
    // Threading: render thread. Untimed (benchmarks, tests): the next frame in decode order,
    // ignoring the clock; nullopt on timeout or at the end. With audio enabled, the audio sink
    // still paces the demuxer, so benchmarks should disable audio.
    std::optional<VideoFrame> takeNextFrame(std::chrono::milliseconds timeout);

signals:
    void opened();
    void errorOccurred(const QString& message);
    // The end was reached; the player is paused on the last frame. play() starts over.
    void finished();
    // A decoded frame is waiting (posted at most once per event-loop turn).
    void frameReady();
    void positionChanged();
    void stateChanged();
    void statsChanged();
    void captionChanged();

private:
    using Session = detail::PlayerSession;
    std::shared_ptr<Session> session() const;
    // Stops the pipeline and any open in progress; true if a pipeline was running.
    bool teardown();
    void install(std::shared_ptr<Session> s, int generation);
    void handleEndOfStream(Session& s);
    void startClockAt(Session& s, double pts);
    void poll();
    void updateCaption();
    void postFrameReady();

    PlayerOptions m_options;
    QTimer* m_poller = nullptr;
    QTimer* m_captionTimer = nullptr;
    QString m_caption;

    mutable std::mutex m_sessionMutex;
    std::shared_ptr<Session> m_session;  // running pipeline
    std::shared_ptr<Session> m_pending;  // being opened
    std::thread m_opener;
    int m_generation = 0;

    std::mutex m_playMutex;  // orders play/pause against the render thread starting the clock
    std::atomic<bool> m_userPaused{false};
    std::atomic<double> m_volume{1.0};
    std::atomic<double> m_rate{1.0};
    std::atomic<bool> m_finished{false};
    std::atomic<double> m_position{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_presented{0};
    std::atomic<double> m_avOffsetMs{0};
    std::atomic<bool> m_frameReadyPending{false};
    // What poll() last announced, to emit only on change.
    double m_lastPosition = -1;
    qint64 m_lastPresented = -1;
    bool m_lastReconnecting = false;
    bool m_lastBuffering = false;
    bool m_lastFailed = false;
    // The last open's input, for rejoinLive().
    QString m_url;
    OpenOptions m_openOptions;
};

}  // namespace omk::media
