#include "ui/RoomPlaybackControl.h"

#include "ui/PlayerController.h"
#include "ui/RoomController.h"

namespace omk::ui {

RoomPlaybackControl::Route RoomPlaybackControl::route(bool following, bool canModerate) {
    if (!following) return Route::Local;
    return canModerate ? Route::Room : Route::Refused;
}

QString RoomPlaybackControl::refusedNotice() {
    return tr("Playback follows the room; a moderator controls it");
}

RoomPlaybackControl::RoomPlaybackControl(QObject* parent) : QObject(parent) {}

PlayerController* RoomPlaybackControl::player() const {
    return m_player;
}

RoomController* RoomPlaybackControl::room() const {
    return m_room;
}

void RoomPlaybackControl::setPlayer(PlayerController* player) {
    if (m_player == player) return;
    m_player = player;
    emit changed();
}

void RoomPlaybackControl::setRoom(RoomController* room) {
    if (m_room == room) return;
    m_room = room;
    emit changed();
}

RoomPlaybackControl::Route RoomPlaybackControl::currentRoute() const {
    if (!m_room) return Route::Local;
    return route(m_room->following(), m_room->canModerate());
}

QString RoomPlaybackControl::refuse() {
    const QString notice = refusedNotice();
    emit refused(notice);
    return notice;
}

QString RoomPlaybackControl::apply(const std::function<void(PlayerController&)>& local,
                                   const std::function<void(RoomController&)>& forRoom) {
    switch (currentRoute()) {
        case Route::Local:
            if (m_player) local(*m_player);
            return {};
        case Route::Room:
            forRoom(*m_room);
            return {};
        case Route::Refused:
            return refuse();
    }
    return {};
}

QString RoomPlaybackControl::togglePause() {
    return apply([](PlayerController& p) { p.togglePause(); },
                 [](RoomController& r) { r.togglePauseForAll(); });
}

QString RoomPlaybackControl::seekTo(double seconds) {
    return apply([seconds](PlayerController& p) { p.seekTo(seconds); },
                 [seconds](RoomController& r) { r.seekForAll(seconds); });
}

QString RoomPlaybackControl::seekRelative(double seconds) {
    return apply([seconds](PlayerController& p) { p.seekRelative(seconds); },
                 [seconds](RoomController& r) { r.seekRelativeForAll(seconds); });
}

QString RoomPlaybackControl::goToLiveEdge() {
    // Anyone's own view may rejoin the edge, in a room too: a room follows a live stream by its
    // anchor in the stream's own timestamps, which the edge keeps.
    if (m_player) {
        m_player->goToLiveEdge();
        m_player->play();
    }
    return {};
}

}  // namespace omk::ui
