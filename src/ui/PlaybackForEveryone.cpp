#include "ui/PlaybackForEveryone.h"

#include "media/Player.h"
#include "room/RoomConnection.h"
#include "ui/PlayerController.h"
#include "ui/RoomModeration.h"
#include "ui/RoomSession.h"

#include <algorithm>

namespace omk::ui {
namespace {

// Seconds a live room is anchored behind the moderator's own position in the stream: about one
// HLS segment, what two clients joining the same stream may differ by.
constexpr double kLiveAnchorMargin = 2.0;

}  // namespace

PlaybackForEveryone::PlaybackForEveryone(RoomSession* session, RoomModeration* moderation)
    : m_session(session), m_moderation(moderation) {}

PlaybackForEveryone::Shared PlaybackForEveryone::shared() const {
    PlayerController* player = m_session->player();
    auto p = player ? player->player() : nullptr;
    const room::RoomConnection* connection = m_session->connection();
    Shared out;
    if (m_session->following()) {
        const auto& room = connection->playback();
        out.paused = room.paused;
        out.position = room.expectedPosition(connection->serverNowMs());
    } else if (p) {
        out.paused = p->isPaused();
        out.position = p->clockPosition();
    }
    if (connection && connection->hasPlayback())
        out.rate = connection->playback().rate;
    else if (p)
        out.rate = p->rate();
    return out;
}

bool PlaybackForEveryone::togglePause() {
    PlayerController* player = m_session->player();
    if (!player) return false;
    const auto s = shared();
    return m_moderation->setPlayback(player->source(), s.position, s.rate, !s.paused);
}

bool PlaybackForEveryone::seek(double seconds) {
    PlayerController* player = m_session->player();
    if (!player) return false;
    auto p = player->player();
    const auto s = shared();
    double target = seconds;
    if (p && p->duration() > 0) target = std::clamp(target, 0.0, p->duration());
    return m_moderation->setPlayback(player->source(), target, s.rate, s.paused);
}

bool PlaybackForEveryone::seekRelative(double seconds) {
    if (!m_session->player()) return false;
    return seek(shared().position + seconds);
}

bool PlaybackForEveryone::playMedia(const QString& media) {
    return m_moderation->setPlayback(media, 0, 1.0, false);
}

void PlaybackForEveryone::anchorLive(const QString& media, double streamPosition) {
    const room::RoomConnection* connection = m_session->connection();
    if (!m_session->canModerate() || !connection->hasPlayback()) return;
    // Behind this client by a margin, so the others, who join the stream about as close to its
    // live edge, land ahead of the room and wait for it.
    const auto& room = connection->playback();
    // Never 0: for a live media that means "no instant yet".
    (void)m_moderation->setPlayback(media, std::max(0.001, streamPosition - kLiveAnchorMargin),
                                    room.rate, room.paused);
}

}  // namespace omk::ui
