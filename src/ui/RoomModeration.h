#pragma once
// A moderator's actions in the room: delete, time out, ban, slow mode, pin, announce, and the
// room's playback state. QML calls them on RoomController.moderation directly (no forwarding).
// Each refuses with the session's error when there is no room (the server checks the role
// again); a refused request shows at the input too.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace omk::ui {

class ChatComposer;
class RoomSession;

class RoomModeration : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RoomController")

public:
    RoomModeration(RoomSession* session, ChatComposer* composer, QObject* parent = nullptr);

    Q_INVOKABLE bool deleteMessage(qint64 seq);
    Q_INVOKABLE bool timeoutUser(const QString& userId, int seconds);
    Q_INVOKABLE bool banUser(const QString& userId);
    Q_INVOKABLE bool setSlowMode(int seconds);
    Q_INVOKABLE bool pinMessage(qint64 seq);
    Q_INVOKABLE bool unpin();
    Q_INVOKABLE bool announce(const QString& text);
    // The room's playback for everyone: `media` at `position` seconds.
    bool setPlayback(const QString& media, double position, double rate, bool paused);

private:
    // False, with the session's error, when there is no room to act on.
    bool ready();

    RoomSession* m_session;
    ChatComposer* m_composer;
};

}  // namespace omk::ui
