#pragma once
// The room-vs-local playback rule, once: in a room that follows a moderator's playback, local
// play/pause/seek would be undone at once, so moderators act for everyone and attendees are
// told why nothing happens; outside such a room the local player acts. The window's keys,
// its control bar and the VR controllers' buttons all go through here.
//
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>

#include <functional>

namespace omk::ui {

class PlayerController;
class RoomController;

class RoomPlaybackControl : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(omk::ui::PlayerController* player READ player WRITE setPlayer NOTIFY changed)
    Q_PROPERTY(omk::ui::RoomController* room READ room WRITE setRoom NOTIFY changed)

public:
    // Where a playback command goes.
    enum class Route { Local, Room, Refused };
    static Route route(bool following, bool canModerate);
    // What an attendee is told when the room refuses (translated).
    static QString refusedNotice();

    explicit RoomPlaybackControl(QObject* parent = nullptr);

    PlayerController* player() const;
    void setPlayer(PlayerController* player);
    RoomController* room() const;
    void setRoom(RoomController* room);

    // Each returns the notice to show when the command was refused, else an empty string (the
    // notice is also emitted as refused()).
    Q_INVOKABLE QString togglePause();
    Q_INVOKABLE QString seekTo(double seconds);
    Q_INVOKABLE QString seekRelative(double seconds);
    // A live stream back at its live edge, playing; allowed in a room too (see the .cpp).
    Q_INVOKABLE QString goToLiveEdge();

signals:
    void changed();
    void refused(const QString& notice);

private:
    Route currentRoute() const;
    QString refuse();
    // The one dispatch: `local` on the player, `forRoom` on the room, or the refusal notice.
    QString apply(const std::function<void(PlayerController&)>& local,
                  const std::function<void(RoomController&)>& forRoom);

    QPointer<PlayerController> m_player;
    QPointer<RoomController> m_room;
};

}  // namespace omk::ui
