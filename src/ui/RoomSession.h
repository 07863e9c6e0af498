#pragma once
// The lifecycle of a channel's room for RoomController: one (server, room) session at a time,
// restarted (coalesced) when server, room, name, token, player or event change; the choice of
// backend (our server wins; with none, a Dreamkast event's chat, see DreamkastTarget), the
// connection's state and the badge's text, the last error, and the PlayerSync wiring (sync on or
// off, the room's media override, live anchors handed on to PlaybackForEveryone).
// Owns the RoomConnection or DreamkastChat and their models; emits the facade's signals, which
// RoomController forwards to QML.
// Threading: GUI thread.

#include "protocol/ServerMessage.h"
#include "room/ChatModel.h"
#include "room/PresenceModel.h"
#include "ui/DreamkastTarget.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace omk::room {
class RoomConnection;
class ModeratorActions;
class DreamkastChat;
}  // namespace omk::room

namespace omk::ui {

class PlayerController;
class PlayerSync;
class EventController;

class RoomSession : public QObject {
    Q_OBJECT

public:
    explicit RoomSession(QObject* parent = nullptr);
    ~RoomSession() override;

    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    QString room() const { return m_room; }
    void setRoom(const QString& room);
    QString guestName() const { return m_guestName; }
    void setGuestName(const QString& name);
    QString token() const { return m_token; }
    void setToken(const QString& token);
    PlayerController* player() const;
    void setPlayer(PlayerController* player);
    bool syncEnabled() const { return m_syncEnabled; }
    void setSyncEnabled(bool on);
    EventController* event() const;
    void setEvent(EventController* event);

    bool available() const;
    QString backend() const;
    // Why this user may read but not write here (empty: they may write): Dreamkast without a
    // token, or the organizers' room rules (catalog RoomRules) for an attendee.
    QString readOnlyReason() const;
    static QString closedReason();
    static QString signInReason();
    bool active() const { return m_connection != nullptr || m_dreamkast != nullptr; }
    QString state() const;
    QString statusText() const;
    int viewerCount() const;
    bool canModerate() const;
    bool isEventAdmin() const;
    QString userName() const;
    QString userId() const;
    QString pinned() const;
    // The organizers' latest announcement until dismissed (empty text: none).
    const protocol::Announcement& announcement() const { return m_announcement; }
    void dismissAnnouncement();
    int slowModeSeconds() const;
    int pendingCount() const;
    bool following() const;
    QString mediaOverride() const { return m_mediaOverride; }
    double syncErrorMs() const;
    double clockOffsetMs() const;
    double roundTripMs() const;
    QString errorString() const { return m_error; }
    void setError(const QString& message);

    room::ChatModel* chat() const { return m_chat; }
    room::PresenceModel* presence() const { return m_presence; }
    room::RoomConnection* connection() const { return m_connection.get(); }
    room::DreamkastChat* dreamkastChat() const { return m_dreamkast.get(); }
    room::ModeratorActions* moderator() const { return m_moderator; }
    PlayerSync* sync() const { return m_sync; }

    // Starts the session again now (the reconnect button).
    void restart();
    // Ends the session (no signals of this object's own).
    void teardown();

signals:
    void configChanged();
    void playerChanged();
    void sessionChanged();
    void availableChanged();
    void stateChanged();
    void viewerCountChanged();
    void signedInChanged();
    void roomStateChanged();
    void announcementChanged();
    void pendingCountChanged();
    void syncChanged();
    void mediaOverrideChanged();
    void clockChanged();
    void errorStringChanged();
    void errorOccurred(const QString& message);
    // readOnlyReason() may read otherwise (the catalog's rules, the user's role or identity).
    void readOnlyChanged();
    // A session starts over: the input's feedback is history.
    void restarting();
    // From the backend, for the input's feedback (ChatComposer).
    void sendRefused(const QString& reason, qint64 retryAfterMs);
    void sendFailed(const QString& code, const QString& message);
    // A chat message refused for good: its text, for the input to take again.
    void chatReturned(const QString& text);
    void postFailed(const QString& message);
    void acked();
    // PlayerSync asks a moderator's client to anchor a live room (PlaybackForEveryone).
    void liveAnchorNeeded(const QString& media, double streamPosition);

private:
    void scheduleRestart();
    void setMediaOverride(const QString& media);
    void emitSessionChanged();
    void updateDreamkast();
    void startDreamkast();

    QString m_serverUrl, m_room, m_guestName, m_token;
    QPointer<PlayerController> m_player;
    bool m_syncEnabled = true;
    std::unique_ptr<room::RoomConnection> m_connection;
    // QObject: a QPointer of a forward-declared type would not compile where this header is
    // included alone.
    QPointer<QObject> m_event;
    protocol::Announcement m_announcement;
    std::unique_ptr<room::DreamkastChat> m_dreamkast;
    std::optional<DreamkastTarget> m_dkTarget;
    room::ChatModel* m_chat = nullptr;  // children of m_connection
    room::PresenceModel* m_presence = nullptr;
    room::ModeratorActions* m_moderator = nullptr;
    PlayerSync* m_sync = nullptr;
    QString m_mediaOverride;
    QString m_error;
    QTimer m_restart;
    QTimer m_countdown;  // ticks statusText while reconnecting
};

}  // namespace omk::ui
