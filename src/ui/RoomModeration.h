#pragma once
// A moderator's actions in the room for RoomController: delete, time out, ban, slow mode, pin,
// announce, and the room's playback state. Each refuses with the session's error when there is
// no room (the server checks the role again); a refused request shows at the input too.
// Threading: GUI thread.

#include <QString>

namespace omk::ui {

class ChatComposer;
class RoomSession;

class RoomModeration {
public:
    RoomModeration(RoomSession* session, ChatComposer* composer);

    bool deleteMessage(qint64 seq);
    bool timeoutUser(const QString& userId, int seconds);
    bool banUser(const QString& userId);
    bool setSlowMode(int seconds);
    bool pinMessage(qint64 seq);
    bool unpin();
    bool announce(const QString& text);
    // The room's playback for everyone: `media` at `position` seconds.
    bool setPlayback(const QString& media, double position, double rate, bool paused);

private:
    // False, with the session's error, when there is no room to act on.
    bool ready();

    RoomSession* m_session;
    ChatComposer* m_composer;
};

}  // namespace omk::ui
