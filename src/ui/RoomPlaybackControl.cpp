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

QString RoomPlaybackControl::togglePause() {
    switch (currentRoute()) {
        case Route::Local:
            if (m_player) m_player->togglePause();
            return {};
        case Route::Room:
            m_room->togglePauseForAll();
            return {};
        case Route::Refused:
            return refuse();
    }
    return {};
}

QString RoomPlaybackControl::seekTo(double seconds) {
    switch (currentRoute()) {
        case Route::Local:
            if (m_player) m_player->seekTo(seconds);
            return {};
        case Route::Room:
            m_room->seekForAll(seconds);
            return {};
        case Route::Refused:
            return refuse();
    }
    return {};
}

QString RoomPlaybackControl::seekRelative(double seconds) {
    switch (currentRoute()) {
        case Route::Local:
            if (m_player) m_player->seekRelative(seconds);
            return {};
        case Route::Room:
            m_room->seekRelativeForAll(seconds);
            return {};
        case Route::Refused:
            return refuse();
    }
    return {};
}

}  // namespace omk::ui
