#include "media/Player.h"

#include "media/AudioDecodeStage.h"
#include "media/Demuxer.h"
#include "media/Log.h"
#include "media/MediaClock.h"
#include "media/SphericalMetadata.h"
#include "media/SubtitleDecodeStage.h"
#include "media/VideoDecodeStage.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace omk::media {

namespace {
// A frame is due slightly before its time: the render thread samples at ~60 Hz, so showing it
// up to a few ms early is closer on average than showing it one vsync late.
constexpr double kPresentationLead = 0.005;
constexpr auto kPollInterval = std::chrono::milliseconds(250);
// Captions change on their own times, not on frames; 10 Hz keeps them within a reading glance.
constexpr auto kCaptionInterval = std::chrono::milliseconds(100);
constexpr std::size_t kSubtitlePacketCapacity = 64;
}  // namespace

namespace detail {

// Everything one opened input needs. Member order is destruction order in reverse: the abort
// flag outlives the input that polls it, queues outlive the stages that use them.
struct PlayerSession {
    explicit PlayerSession(const PlayerOptions& o)
        : videoPackets(o.videoPacketCapacity),
          audioPackets(o.audioPacketCapacity),
          subtitlePackets(kSubtitlePacketCapacity),
          frames(o.frameCapacity),
          audioChunks(o.audioChunkCapacity) {}
    ~PlayerSession() { shutdown(); }

    // Stops every stage; returns promptly whatever each one is blocked on.
    void shutdown() {
        abort = true;
        videoPackets.abort();
        audioPackets.abort();
        subtitlePackets.abort();
        frames.abort();
        audioChunks.abort();
        demuxer.reset();
        video.reset();
        audioDecoder.reset();
        subtitles.reset();
        clock.setAudioClock({});
        audio.reset();
    }

    std::atomic<bool> abort{false};
    std::atomic<int> serial{0};
    PacketQueue videoPackets;
    PacketQueue audioPackets;
    PacketQueue subtitlePackets;
    FrameQueue frames;
    AudioChunkQueue audioChunks;
    MediaClock clock;
    std::atomic<double> rate{1.0};  // what the audio stage stretches to; the clock runs at it
    std::unique_ptr<AudioRenderer> audio;  // null: no audio, system clock
    std::unique_ptr<Demuxer> demuxer;
    std::unique_ptr<VideoDecodeStage> video;
    std::unique_ptr<AudioDecodeStage> audioDecoder;
    CaptionTrack captions;
    std::unique_ptr<SubtitleDecodeStage> subtitles;

    // Facts about the input, fixed once opened.
    double startTime = 0;
    double duration = 0;
    bool live = false;
    bool seekable = false;
    bool still = false;  // a picture: shown, never played
    SphericalInfo spherical;
    QSize size;
    QString audioStatus;
    QString captionStatus;  // the subtitle codec, or why the file's subtitles are not shown

    // Render-thread state.
    std::atomic<int> presentedSerial{-1};
    std::atomic<bool> audioDisabled{false};
};

}  // namespace detail

namespace {

Expected<void> buildSession(detail::PlayerSession& s, const QString& url, OpenOptions options,
                            double startSeconds, const PlayerOptions& po,
                            std::function<void()> onFrame) {
    options.abort = &s.abort;
    auto input = openInput(url, options);
    if (!input) return input.unexpected();
    AVFormatContext* ctx = input->get();

    const int v = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (v < 0) return fail(QStringLiteral("%1: no video stream").arg(url));
    int a = po.enableAudio ? av_find_best_stream(ctx, AVMEDIA_TYPE_AUDIO, -1, v, nullptr, 0) : -1;
    const AVStream* vs = ctx->streams[v];

    s.live = isLiveInput(ctx);
    s.startTime = ctx->start_time != AV_NOPTS_VALUE ? ctx->start_time / double(AV_TIME_BASE) : 0;
    s.duration = ctx->duration > 0 ? ctx->duration / double(AV_TIME_BASE) : 0;
    // A playlist demuxer seeks by opening other segments; its own pb only carried the playlist,
    // so whether that connection could seek (an http server without Accept-Ranges) is moot.
    const QByteArray formatName = ctx->iformat ? QByteArray(ctx->iformat->name) : QByteArray();
    const bool playlist = formatName == "hls" || formatName == "dash";
    s.seekable = !s.live && s.duration > 0 &&
                 (playlist || !ctx->pb || (ctx->pb->seekable & AVIO_SEEKABLE_NORMAL) != 0);
    s.spherical = detectSpherical(vs);
    // Cover art with sound is music with a picture, to be played: only a picture alone is still.
    s.still = isStillImage(ctx, vs) &&
              av_find_best_stream(ctx, AVMEDIA_TYPE_AUDIO, -1, v, nullptr, 0) < 0;
    s.size = QSize(vs->codecpar->width, vs->codecpar->height);

    auto video = VideoDecodeStage::create(vs, {po.hwPolicy, po.decoderThreads, &s.videoPackets,
                                               &s.frames, &s.serial, std::move(onFrame)});
    if (!video) return video.unexpected();
    s.video = std::move(video.value());

    if (!po.enableAudio) {
        s.audioStatus = QStringLiteral("audio disabled");
    } else if (a < 0) {
        s.audioStatus = QStringLiteral("no audio stream");
    } else if (!s.audio) {
        s.audioStatus = QStringLiteral("no audio output");
    } else if (auto format = s.audio->open(); !format) {
        s.audioStatus = format.error().message + QStringLiteral("; timing from the system clock");
    } else {
        auto decoder = AudioDecodeStage::create(
            ctx->streams[a], {*format, &s.audioPackets, &s.audioChunks, &s.serial, &s.rate});
        if (decoder) {
            s.audioDecoder = std::move(decoder.value());
            s.audioStatus = s.audio->status();
        } else {
            s.audioStatus = decoder.error().message + QStringLiteral("; playing without sound");
        }
    }
    if (!s.audioDecoder) {
        a = -1;
        s.audio.reset();
    }
    int sub = av_find_best_stream(ctx, AVMEDIA_TYPE_SUBTITLE, -1, v, nullptr, 0);
    if (sub >= 0) {
        auto stage = SubtitleDecodeStage::create(ctx->streams[sub],
                                                 {&s.subtitlePackets, &s.captions, &s.serial});
        if (stage) {
            s.subtitles = std::move(stage.value());
            s.captionStatus = s.subtitles->codecName();
        } else {
            s.captionStatus = stage.error().message;
            sub = -1;
        }
    }
    qCInfo(lcMedia) << url << "video:" << s.video->decoderName() << "audio:" << s.audioStatus
                    << "captions:" << (s.captionStatus.isEmpty() ? "none" : s.captionStatus);

    Demuxer::Config dc;
    dc.url = url;
    dc.options = options;
    dc.live = s.live;
    dc.reconnectTimeout = po.reconnectTimeout;
    dc.videoStream = v;
    dc.audioStream = a;
    dc.video = &s.videoPackets;
    dc.audio = a >= 0 ? &s.audioPackets : nullptr;
    dc.subtitleStream = sub;
    dc.subtitles = sub >= 0 ? &s.subtitlePackets : nullptr;
    dc.serial = &s.serial;
    s.demuxer = std::make_unique<Demuxer>(std::move(input.value()), dc);
    if (startSeconds > 0 && s.seekable) {
        // Before any stage runs, so the first frame decoded and shown is the one at the start:
        // no frame of 0 flashes up, and no second decode of the opening keyframe is paid for.
        const double at = std::min(startSeconds, s.duration);
        const int serial = s.serial.fetch_add(1) + 1;
        s.clock.set(s.startTime + at);
        s.demuxer->seek(s.startTime + at, serial);
    }

    if (s.audio) {
        AudioRenderer* audio = s.audio.get();
        s.clock.setAudioClock([audio] { return audio->clock(); });
        audio->start(&s.audioChunks, &s.serial);
        s.audioDecoder->start();
    }
    if (s.subtitles) s.subtitles->start();
    s.video->start();
    s.demuxer->start();
    return {};
}

}  // namespace

Player::Player(QObject* parent) : Player(PlayerOptions{}, parent) {}

Player::Player(PlayerOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    m_poller = new QTimer(this);
    m_poller->setInterval(kPollInterval);
    connect(m_poller, &QTimer::timeout, this, &Player::poll);
    m_captionTimer = new QTimer(this);
    m_captionTimer->setInterval(kCaptionInterval);
    connect(m_captionTimer, &QTimer::timeout, this, &Player::updateCaption);
}

Player::~Player() {
    m_caption.clear();  // no captionChanged() from a dying player
    teardown();
}

std::shared_ptr<Player::Session> Player::session() const {
    std::lock_guard lock(m_sessionMutex);
    return m_session;
}

void Player::open(const QString& url, OpenOptions options, double startSeconds) {
    teardown();
    auto s = std::make_shared<detail::PlayerSession>(m_options);
    if (m_options.enableAudio) {
        // Created here, on the GUI thread, because Qt's audio backends are GUI-thread objects.
        s->audio = m_options.audioRendererFactory ? m_options.audioRendererFactory()
                                                  : std::make_unique<AudioOutput>();
    }
    s->rate = m_rate.load();
    s->clock.setRate(m_rate.load());
    const int generation = ++m_generation;
    {
        std::lock_guard lock(m_sessionMutex);
        m_pending = s;
    }
    m_finished = false;
    m_lastFailed = false;
    m_url = url;
    m_openOptions = options;
    m_position = std::max(0.0, startSeconds);
    m_dropped = 0;
    m_presented = 0;
    m_avOffsetMs = 0;
    m_opener = std::thread([this, s, url, options, startSeconds, generation, po = m_options] {
        auto built = buildSession(*s, url, options, startSeconds, po, [this] { postFrameReady(); });
        if (!built) {
            const QString message = built.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, message, generation] {
                    if (generation != m_generation) return;
                    {
                        std::lock_guard lock(m_sessionMutex);
                        m_pending.reset();
                    }
                    emit errorOccurred(message);
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, s, generation] { install(s, generation); }, Qt::QueuedConnection);
    });
}

void Player::install(std::shared_ptr<Session> s, int generation) {
    if (generation != m_generation) return;
    {
        std::lock_guard lock(m_sessionMutex);
        m_pending.reset();
        m_session = s;
    }
    if (m_opener.joinable()) m_opener.join();
    if (s->audio) s->audio->setVolume(static_cast<float>(m_volume.load()));
    m_poller->start();
    if (s->subtitles) m_captionTimer->start();
    emit opened();
    emit stateChanged();
}

void Player::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (auto s = session(); s && s->audio) s->audio->setVolume(static_cast<float>(m_volume.load()));
}

void Player::setRate(double rate) {
    rate = std::clamp(rate, kMinRate, kMaxRate);
    if (rate == m_rate.load()) return;
    m_rate = rate;
    std::shared_ptr<Session> sessions[2];
    {
        std::lock_guard lock(m_sessionMutex);
        sessions[0] = m_session;
        sessions[1] = m_pending;
    }
    for (const auto& s : sessions) {
        if (!s) continue;
        s->rate = rate;
        s->clock.setRate(rate);
    }
    emit stateChanged();
}

void Player::stop() {
    if (teardown()) emit stateChanged();
}

bool Player::teardown() {
    ++m_generation;
    std::shared_ptr<Session> running, pending;
    {
        std::lock_guard lock(m_sessionMutex);
        running = std::move(m_session);
        pending = std::move(m_pending);
    }
    if (pending) pending->abort = true;  // unblocks openInput on the opener thread
    if (m_opener.joinable()) m_opener.join();
    // Stop the threads now, even if the render thread still holds a reference.
    if (pending) pending->shutdown();
    if (running) running->shutdown();
    m_poller->stop();
    m_captionTimer->stop();
    if (!m_caption.isEmpty()) {
        m_caption.clear();
        emit captionChanged();
    }
    return running != nullptr;
}

void Player::startClockAt(Session& s, double pts) {
    std::lock_guard lock(m_playMutex);
    s.clock.set(pts);
    if (!m_userPaused) {
        s.clock.resume();
        if (s.audio) s.audio->setPaused(false);
    }
}

void Player::play() {
    if (m_finished) {
        m_userPaused = false;
        m_finished = false;
        seek(0);
        return;
    }
    auto s = session();
    std::lock_guard lock(m_playMutex);
    if (!m_userPaused) return;
    m_userPaused = false;
    // Before the first frame of a new position is shown the clock waits for it (startClockAt).
    if (s && s->presentedSerial == s->serial) {
        s->clock.resume();
        if (s->audio) s->audio->setPaused(false);
    }
    emit stateChanged();
}

void Player::pause() {
    auto s = session();
    std::lock_guard lock(m_playMutex);
    if (m_userPaused) return;
    m_userPaused = true;
    if (s) {
        s->clock.pause();
        if (s->audio) s->audio->setPaused(true);
    }
    emit stateChanged();
}

void Player::togglePause() {
    m_userPaused ? play() : pause();
}

void Player::seek(double seconds) {
    auto s = session();
    if (!s || !s->seekable) return;
    seconds = std::clamp(seconds, 0.0, s->duration);
    {
        std::lock_guard lock(m_playMutex);
        // The clock waits at the target until the first frame there is shown.
        s->clock.pause();
        s->clock.set(s->startTime + seconds);
    }
    // Order matters: stale first, then clear (unblocking producers, whose pending items are now
    // recognisably stale), then ask for the new position.
    const int serial = s->serial.fetch_add(1) + 1;
    s->frames.reset();
    if (!s->audioDisabled) s->audioChunks.reset();
    s->demuxer->seek(s->startTime + seconds, serial);
    m_finished = false;
    m_position = seconds;
    emit positionChanged();
}

void Player::seekRelative(double seconds) {
    seek(position() + seconds);
}

void Player::handleEndOfStream(Session& s) {
    if (m_finished.exchange(true)) return;
    {
        std::lock_guard lock(m_playMutex);
        m_userPaused = true;
        s.clock.pause();
        if (s.audio) s.audio->setPaused(true);
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit stateChanged();
            emit finished();
        },
        Qt::QueuedConnection);
}

std::optional<VideoFrame> Player::takeFrameForPresentation() {
    auto s = session();
    if (!s) return std::nullopt;
    const int serial = s->serial.load();
    struct Front {
        int serial;
        bool eos;
        double pts;
    };
    std::optional<DecodedFrame> chosen;
    double clock = 0;
    qint64 dropped = 0;
    for (;;) {
        const auto front = s->frames.peek([](const DecodedFrame& f) {
            return Front{f.serial, f.endOfStream, f.video.pts};
        });
        if (!front) break;
        if (front->serial != serial) {
            s->frames.tryPop();  // from before a seek or reconnect
            continue;
        }
        if (front->eos) {
            // Show the last frame first; the end is noticed on the next call.
            if (!chosen) {
                s->frames.tryPop();
                handleEndOfStream(*s);
            }
            break;
        }
        if (s->presentedSerial != serial) {
            // First frame after open, seek or reconnect: show it now and run the clock from it.
            chosen = s->frames.tryPop();
            if (!chosen) break;
            s->presentedSerial = serial;
            startClockAt(*s, front->pts);
            clock = front->pts;
            break;
        }
        clock = s->clock.now();
        if (front->pts > clock + kPresentationLead) break;
        auto next = s->frames.tryPop();
        if (!next) break;
        if (chosen) ++dropped;  // superseded by a newer due frame: it would be shown late
        chosen = std::move(next);
    }
    m_dropped += dropped;
    if (!chosen) return std::nullopt;
    ++m_presented;
    m_avOffsetMs = (chosen->video.pts - clock) * 1000.0;
    m_position =
        std::clamp(chosen->video.pts - s->startTime, 0.0, s->duration > 0 ? s->duration : 1e300);
    return std::move(chosen->video);
}

std::optional<VideoFrame> Player::takeNextFrame(std::chrono::milliseconds timeout) {
    auto s = session();
    if (!s) return std::nullopt;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        auto f = s->frames.pop(std::max(left, std::chrono::milliseconds(0)));
        if (!f) return std::nullopt;
        if (f->serial != s->serial) continue;
        if (f->endOfStream) {
            handleEndOfStream(*s);
            return std::nullopt;
        }
        s->presentedSerial = f->serial;
        ++m_presented;
        m_position = std::max(0.0, f->video.pts - s->startTime);
        return std::move(f->video);
    }
}

void Player::postFrameReady() {
    if (m_frameReadyPending.exchange(true)) return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_frameReadyPending = false;
            emit frameReady();
        },
        Qt::QueuedConnection);
}

void Player::poll() {
    auto s = session();
    if (!s) return;
    if (s->audio && !s->audioDisabled && s->audio->failed()) {
        // The device went away: stop feeding it so the video is never held up by a full queue.
        s->audioDisabled = true;
        s->demuxer->setAudioEnabled(false);
        s->audioChunks.abort();
        qCWarning(lcMedia) << "audio output failed; continuing on the system clock";
        emit stateChanged();
    }
    const bool reconnecting = isReconnecting();
    if (reconnecting != m_lastReconnecting) {
        m_lastReconnecting = reconnecting;
        emit stateChanged();
    }
    // The demuxer has no signal of its own; its one terminal failure is reported from here.
    if (!m_lastFailed && s->demuxer->state() == DemuxState::Failed) {
        m_lastFailed = true;
        emit errorOccurred(s->demuxer->error());
    }
    const double pos = position();
    if (pos != m_lastPosition) {
        m_lastPosition = pos;
        emit positionChanged();
    }
    const bool buffering = isBuffering();
    if (presentedFrames() != m_lastPresented || buffering != m_lastBuffering) {
        m_lastPresented = presentedFrames();
        m_lastBuffering = buffering;
        emit statsChanged();
    }
}

double Player::duration() const {
    auto s = session();
    return s ? s->duration : 0;
}

double Player::clockPosition() const {
    auto s = session();
    if (!s || s->presentedSerial != s->serial) return m_position.load();
    const double end = s->duration > 0 ? s->duration : 1e300;
    return std::clamp(s->clock.now() - s->startTime, 0.0, end);
}

double Player::streamClock() const {
    auto s = session();
    if (!s || s->presentedSerial != s->serial) return s ? s->startTime + m_position.load() : 0;
    return s->clock.now();
}

void Player::rejoinLive() {
    if (!isLive()) return;
    // open() keeps the user's pause: a paused player opens paused.
    open(m_url, m_openOptions);
}

bool Player::isSeeking() const {
    {
        std::lock_guard lock(m_sessionMutex);
        if (m_pending) return true;
    }
    auto s = session();
    return s && !m_finished && s->presentedSerial != s->serial;
}

bool Player::isLoaded() const {
    return session() != nullptr;
}

bool Player::isSeekable() const {
    auto s = session();
    return s && s->seekable;
}

bool Player::isStill() const {
    auto s = session();
    return s && s->still;
}

bool Player::isLive() const {
    auto s = session();
    return s && s->live;
}

bool Player::isReconnecting() const {
    auto s = session();
    return s && s->demuxer && s->demuxer->state() == DemuxState::Reconnecting;
}

QString Player::decoderName() const {
    auto s = session();
    return s && s->video ? s->video->decoderName() : QString();
}

bool Player::hardwareDecoding() const {
    auto s = session();
    return s && s->video && s->video->hardware();
}

QString Player::captionStatus() const {
    auto s = session();
    return s ? s->captionStatus : QString();
}

bool Player::hasCaptions() const {
    auto s = session();
    return s && s->subtitles;
}

QString Player::captionAt(double seconds) const {
    auto s = session();
    return s ? s->captions.textAt(seconds) : QString();
}

void Player::updateCaption() {
    auto s = session();
    // Nothing new is due while seeking: the clock holds at the target until a frame is shown.
    const QString text = s && !isSeeking() ? s->captions.textAt(clockPosition()) : QString();
    if (text == m_caption) return;
    m_caption = text;
    emit captionChanged();
}

QString Player::audioStatus() const {
    auto s = session();
    if (!s) return {};
    if (s->audio && s->audio->failed()) return s->audio->status();
    if (s->audio && !s->clock.audioMaster() && !m_userPaused) {
        return s->audioStatus + QStringLiteral(" (clock: system until audio plays)");
    }
    return s->audioStatus;
}

QSize Player::mediaSize() const {
    auto s = session();
    return s ? s->size : QSize();
}

bool Player::isBuffering() const {
    auto s = session();
    if (!s || m_finished || !s->demuxer) return false;
    const DemuxState state = s->demuxer->state();
    if (state == DemuxState::EndOfStream || state == DemuxState::Failed) return false;
    return s->frames.size() == 0;
}

int Player::bufferingPercent() const {
    auto s = session();
    if (!s) return 0;
    if (!isBuffering()) return 100;
    // Half a packet queue is plenty to resume smoothly.
    const auto target = std::max<std::size_t>(1, s->videoPackets.capacity() / 2);
    return static_cast<int>(std::min<std::size_t>(100, s->videoPackets.size() * 100 / target));
}

SphericalInfo Player::spherical() const {
    auto s = session();
    return s ? s->spherical : SphericalInfo{};
}

PlayerStats Player::stats() const {
    PlayerStats st;
    auto s = session();
    if (!s) return st;
    st.videoPackets = s->videoPackets.size();
    st.videoPacketCapacity = s->videoPackets.capacity();
    st.audioPackets = s->audioPackets.size();
    st.audioPacketCapacity = s->audioPackets.capacity();
    st.frames = s->frames.size();
    st.frameCapacity = s->frames.capacity();
    st.audioChunks = s->audioChunks.size();
    st.audioChunkCapacity = s->audioChunks.capacity();
    return st;
}

}  // namespace omk::media
