#pragma once
// What a moderator may do in the room, as client calls. Each refuses here (an error value) when
// the signed-in role is not a moderator or admin of this room, so an attendee's client neither
// offers nor sends them; the server checks every one again and answers forbidden regardless.
// Each success answers the cid of the queued event; the outcome arrives as RoomConnection's
// acked / sendFailed for that cid.
// Threading: lives on RoomConnection's thread; not thread-safe.

#include "core/Expected.h"

#include <QObject>
#include <QPointer>

namespace omk::room {

class RoomConnection;

class ModeratorActions final : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY canModerateChanged)
public:
    explicit ModeratorActions(RoomConnection* connection, QObject* parent = nullptr);

    bool canModerate() const;

    omk::Expected<QString> deleteMessage(qint64 seq);
    omk::Expected<QString> timeout(const QString& userId, int seconds, const QString& reason = {});
    omk::Expected<QString> ban(const QString& userId, const QString& reason = {});
    omk::Expected<QString> unban(const QString& userId);
    omk::Expected<QString> slowMode(int seconds);
    // Pins a message by seq; announce() posts the text and pins it once the server acks it.
    omk::Expected<QString> pin(qint64 seq);
    omk::Expected<QString> unpin();
    omk::Expected<QString> announce(const QString& text);
    omk::Expected<QString> setPlayback(const QString& media, double positionMs, double rate,
                                       bool paused);

signals:
    void canModerateChanged();

private:
    omk::Expected<void> allowed() const;

    QPointer<RoomConnection> m_connection;
    QString m_announcementCid;
};

}  // namespace omk::room
