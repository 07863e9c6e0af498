#include "ui/PlayerController.h"

#include "ui/Log.h"
#include "ui/SettingsStore.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>

namespace omk::ui {
namespace {
// The render thread may hold the last reference; the QObject must still die on its own thread.
std::shared_ptr<media::Player> makePlayer() {
    return std::shared_ptr<media::Player>(new media::Player,
                                          [](media::Player* p) { p->deleteLater(); });
}

// QML hands us file URLs from dialogs and plain paths from the command line; FFmpeg wants paths
// for local files and URLs for everything else.
QString toFfmpegInput(const QString& source) {
    const QUrl url(source);
    if (url.isLocalFile()) return url.toLocalFile();
    return source;
}
}  // namespace

QString PlayerController::clockText(double seconds) {
    const qint64 t = std::isfinite(seconds) && seconds > 0 ? qint64(std::floor(seconds)) : 0;
    const qint64 h = t / 3600, m = t / 60 % 60, sec = t % 60;
    const QString ss = QStringLiteral("%1").arg(sec, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss)
                 : QStringLiteral("%1:%2").arg(m).arg(ss);
}

PlayerController::PlayerController(QObject* parent) : QObject(parent) {
    // The overlay's numbers change continuously; a 5 Hz refresh is plenty for a human and
    // cheaper than a signal per frame.
    m_statsTimer.setInterval(200);
    connect(&m_statsTimer, &QTimer::timeout, this, &PlayerController::statsChanged);
    m_statsTimer.start();
    m_volume = SettingsStore::read(settings::kVolume);
    m_muted = SettingsStore::read(settings::kMuted);
    m_captionsEnabled = SettingsStore::read(settings::kCaptions);
}

QString PlayerController::caption() const {
    return m_player ? m_player->caption() : QString();
}

bool PlayerController::hasCaptions() const {
    return m_player && m_player->hasCaptions();
}

QString PlayerController::captionStatus() const {
    return m_player ? m_player->captionStatus() : QString();
}

void PlayerController::setCaptionsEnabled(bool enabled) {
    if (enabled == m_captionsEnabled) return;
    m_captionsEnabled = enabled;
    SettingsStore::write(settings::kCaptions, enabled);
    emit captionsEnabledChanged();
}

PlayerController::~PlayerController() = default;

void PlayerController::setSource(const QString& source) {
    if (source == m_source) return;
    m_source = source;
    emit sourceChanged();
    openCurrent();
}

void PlayerController::openCurrent() {
    setError({});
    m_player = makePlayer();
    emit sphericalChanged();
    if (m_source.isEmpty()) return;
    m_loading = true;
    auto* player = m_player.get();
    const bool startPaused = std::exchange(m_startPaused, false);
    if (startPaused) player->pause();
    // This open's only: a live rejoin (Player::rejoinLive) opens again and keeps the pause.
    connect(
        player, &media::Player::opened, this,
        [this, startPaused] {
            m_loading = false;
            emit sphericalChanged();
            emit statsChanged();
            emit captionChanged();
            if (!startPaused) m_player->play();
        },
        Qt::SingleShotConnection);
    connect(player, &media::Player::errorOccurred, this, [this](const QString& message) {
        m_loading = false;
        setError(message);
    });
    connect(player, &media::Player::frameReady, this, &PlayerController::frameReady);
    connect(player, &media::Player::captionChanged, this, &PlayerController::captionChanged);
    connect(player, &media::Player::finished, this, [this] {
        if (m_loop && m_player) m_player->play();  // play() after the end starts over
    });
    applyVolume();
    player->setRate(m_rate);
    // The start is taken by this open only (the player ignores it for live inputs); later
    // channels start as usual.
    const double start = m_startPosition;
    setStartPosition(0);
    player->open(toFfmpegInput(m_source), media::OpenOptions{}, start);
}

void PlayerController::applyVolume() {
    // Perceived loudness is roughly logarithmic; a cubic curve makes the steps feel even.
    const double linear = m_muted ? 0.0 : std::pow(m_volume / 100.0, 3.0);
    if (m_player) m_player->setVolume(linear);
}

void PlayerController::setVolume(int volume) {
    volume = std::clamp(volume, 0, 100);
    if (volume == m_volume) return;
    m_volume = volume;
    SettingsStore::write(settings::kVolume, m_volume);
    applyVolume();
    emit volumeChanged();
}

void PlayerController::setMuted(bool muted) {
    if (muted == m_muted) return;
    m_muted = muted;
    SettingsStore::write(settings::kMuted, m_muted);
    applyVolume();
    emit volumeChanged();
}

void PlayerController::adjustVolume(int delta) {
    if (m_muted && delta > 0) setMuted(false);
    setVolume(m_volume + delta);
}

void PlayerController::setRate(double rate) {
    // Rounded to 1%, so repeated [ and ] come back to exactly 1.
    rate =
        std::round(std::clamp(rate, media::Player::kMinRate, media::Player::kMaxRate) * 100) / 100;
    if (rate == m_rate) return;
    m_rate = rate;
    if (m_player) m_player->setRate(m_rate);
    emit rateChanged();
}

void PlayerController::setStartPosition(double seconds) {
    seconds = std::isfinite(seconds) ? std::max(seconds, 0.0) : 0.0;
    if (seconds == m_startPosition) return;
    m_startPosition = seconds;
    emit startPositionChanged();
}

void PlayerController::setLoop(bool loop) {
    if (loop == m_loop) return;
    m_loop = loop;
    emit loopChanged();
}

void PlayerController::setError(const QString& message) {
    if (message == m_error) return;
    m_error = message;
    if (!message.isEmpty()) {
        qCWarning(lcUi) << message;
        emit errorOccurred(message);
    }
    emit errorStringChanged();
}

QString PlayerController::projectionOverride() const {
    return m_projectionOverride ? toString(*m_projectionOverride) : QString();
}

void PlayerController::setProjectionOverride(const QString& name) {
    if (name.isEmpty() || name == QLatin1String("auto")) {
        m_projectionOverride.reset();
    } else if (auto p = parseProjection(name)) {
        m_projectionOverride = *p;
    } else {
        setError(p.error().message);
        return;
    }
    emit sphericalChanged();
}

QString PlayerController::stereoOverride() const {
    return m_stereoOverride ? toString(*m_stereoOverride) : QString();
}

void PlayerController::setStereoOverride(const QString& name) {
    if (name.isEmpty() || name == QLatin1String("auto")) {
        m_stereoOverride.reset();
    } else if (auto s = parseStereo(name)) {
        m_stereoOverride = *s;
    } else {
        setError(s.error().message);
        return;
    }
    emit sphericalChanged();
}

SphericalInfo PlayerController::effectiveSpherical() const {
    SphericalInfo info = (m_player && !m_loading) ? m_player->spherical() : SphericalInfo{};
    if (m_projectionOverride) {
        info.projection = *m_projectionOverride;
        info.projectionSource = InfoSource::Override;
    }
    if (m_stereoOverride) {
        info.stereo = *m_stereoOverride;
        info.stereoSource = InfoSource::Override;
    }
    return info;
}

bool PlayerController::paused() const {
    return m_player && m_player->isPaused();
}
double PlayerController::position() const {
    return m_player ? m_player->position() : 0.0;
}
double PlayerController::duration() const {
    return m_player ? m_player->duration() : 0.0;
}
bool PlayerController::seekable() const {
    return m_player && m_player->isSeekable();
}
bool PlayerController::live() const {
    return m_player && m_player->isLive();
}
bool PlayerController::still() const {
    return m_player && m_player->isStill();
}
bool PlayerController::buffering() const {
    return m_player && m_player->isBuffering();
}
int PlayerController::bufferingPercent() const {
    return m_player ? m_player->bufferingPercent() : 0;
}
bool PlayerController::reconnecting() const {
    return m_player && m_player->isReconnecting();
}
QString PlayerController::decoderName() const {
    return m_player ? m_player->decoderName() : QString();
}
bool PlayerController::hardwareDecoding() const {
    return m_player && m_player->hardwareDecoding();
}
qint64 PlayerController::droppedFrames() const {
    return m_player ? m_player->droppedFrames() : 0;
}
qint64 PlayerController::presentedFrames() const {
    return m_player ? m_player->presentedFrames() : 0;
}
QString PlayerController::audioStatus() const {
    return m_player ? m_player->audioStatus() : QString();
}

void PlayerController::play() {
    if (m_player) m_player->play();
}
void PlayerController::pause() {
    if (m_player) m_player->pause();
}
void PlayerController::togglePause() {
    if (m_player) m_player->togglePause();
    emit statsChanged();
}
void PlayerController::seekRelative(double seconds) {
    if (m_player) m_player->seekRelative(seconds);
}
void PlayerController::seekTo(double seconds) {
    if (m_player) m_player->seek(seconds);
}

void PlayerController::goToLiveEdge() {
    if (m_player) m_player->rejoinLive();
}

}  // namespace omk::ui
