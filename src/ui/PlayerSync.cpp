#include "ui/PlayerSync.h"

#include "media/Player.h"
#include "room/RoomConnection.h"
#include "ui/PlayerController.h"

#include <QUrl>

#include <cmath>

namespace omk::ui {
namespace {

// Ten times a second: rate corrections close an error over about a second, so a finer step
// buys nothing, and a coarser one would let a seek's landing go unnoticed for too long.
constexpr int kTickMs = 100;
// While a seek or open is in flight, or a held frame waits: a landing seen a tick late would be
// held that much longer, or counted late.
constexpr int kFastTickMs = 10;

// The room names media by URL; a local file may be named by path or by file:// URL.
bool sameMedia(const QString& a, const QString& b) {
    if (a == b) return true;
    const QUrl ua = QUrl::fromUserInput(a), ub = QUrl::fromUserInput(b);
    return ua.isValid() && ua == ub;
}

}  // namespace

PlayerSync::PlayerSync(room::RoomConnection* connection, PlayerController* player, QObject* parent)
    : QObject(parent), m_connection(connection), m_player(player) {
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlayerSync::tick);
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        if (auto p = m_player ? m_player->player() : nullptr) p->play();
    });
    connect(connection, &room::RoomConnection::playbackChanged, this, &PlayerSync::tick);
    m_timer.start();
}

void PlayerSync::setEnabled(bool enabled) {
    if (enabled == m_enabled) return;
    m_enabled = enabled;
    tick();
}

QString PlayerSync::roomMedia() const {
    return m_connection && m_connection->hasPlayback() ? m_connection->playback().media : QString();
}

void PlayerSync::tick() {
    const bool wasActive = m_active;
    const auto oldError = m_errorMs;
    auto player = m_player ? m_player->player() : nullptr;
    m_active = m_enabled && m_connection && m_connection->hasPlayback() &&
               m_connection->state() == room::RoomConnection::State::Connected && m_player;
    if (!m_active) {
        m_errorMs.reset();
        if (wasActive != m_active || oldError != m_errorMs) emit changed();
        return;
    }

    const sync::RoomPlayback& room = m_connection->playback();
    sync::LocalPlayback local;
    // Nothing open yet: the controller sees no media and asks for the room's.
    if (!player) {
        decide(room, local);
        if (wasActive != m_active) emit changed();
        return;
    }
    local.media = m_player->source();
    local.paused = player->isPaused();
    local.rate = player->rate();
    local.seeking = player->isSeeking();
    local.buffering = player->isBuffering() || player->isReconnecting();
    local.live = player->isLive();
    local.position = local.live ? player->streamClock() : player->clockPosition();
    // The controller compares media by name; a file path and its URL are the same media.
    if (sameMedia(local.media, room.media)) local.media = room.media;
    if (!m_requested.isEmpty() && local.media == room.media) m_requested.clear();
    const sync::SyncDecision d = decide(room, local);
    if (d.open || d.seekTo || d.paused || d.rejoinLive) m_resumeTimer.stop();
    // Asked once per room state: the answer is a new state.
    if (d.unanchored && m_anchorAskedAt != room.atServerMs) {
        m_anchorAskedAt = room.atServerMs;
        emit liveAnchorNeeded(room.media, local.position);
    }
    if (!d.open) {
        if (d.rate) player->setRate(*d.rate);
        // Paused first: the seek then lands on a held frame instead of running from it.
        if (d.paused && *d.paused) player->pause();
        if (d.rejoinLive) player->rejoinLive();
        if (d.seekTo) player->seek(*d.seekTo);
        if (d.paused && !*d.paused) player->play();
        if (d.resumeIn) m_resumeTimer.start(int(std::lround(*d.resumeIn * 1000.0)));
    }
    const int interval = m_controller.wantsFastUpdates() ? kFastTickMs : kTickMs;
    if (m_timer.interval() != interval) m_timer.setInterval(interval);
    m_errorMs = d.error ? std::optional<double>(*d.error * 1000.0) : std::nullopt;
    if (wasActive != m_active || oldError != m_errorMs) emit changed();
}

sync::SyncDecision PlayerSync::decide(const sync::RoomPlayback& room,
                                      const sync::LocalPlayback& local) {
    const sync::SyncDecision d = m_controller.update(room, m_connection->serverNowMs(), local);
    // Asked once per media: the owner's open takes a while, and asking again meanwhile would
    // restart it. The controller keeps what it learnt about opens and seeks across media.
    if (d.open && m_requested != *d.open) {
        m_requested = *d.open;
        emit mediaRequested(*d.open, d.seekTo.value_or(0.0), d.paused.value_or(false));
    }
    return d;
}

}  // namespace omk::ui
