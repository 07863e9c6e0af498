#pragma once
// The QML face of a channel's room: chat, who is here, the connection's state, moderator
// actions and playback sync, for one (server, room) at a time. The RoomConnection and its
// models are owned here, in C++; QML binds to the properties and calls the invokables.
// Changing server, room, name or token starts a fresh session (coalesced, so QML may set them
// one by one). The guest name and the token a server issued are remembered per server.
// With no server but an event whose catalog came from Dreamkast, the channel's chat is the
// on-air talk's Dreamkast chat instead (room::DreamkastChat, docs/DREAMKAST.md): same models,
// no presence, no moderation, posting only with a Dreamkast token (AppSettings).
// Threading: GUI thread.

#include "room/ChatModel.h"
#include "room/PresenceModel.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QUrl>

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

class RoomController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // ws://host:port/ws of an omnikast-server; empty: no room (plain media, or an event
    // without a server).
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY configChanged)
    Q_PROPERTY(QString room READ room WRITE setRoom NOTIFY configChanged)
    Q_PROPERTY(QString guestName READ guestName WRITE setGuestName NOTIFY configChanged)
    // An invite or magic-link token (moderators); empty: a guest, by name.
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY configChanged)
    Q_PROPERTY(omk::ui::PlayerController* player READ player WRITE setPlayer NOTIFY playerChanged)
    Q_PROPERTY(bool syncEnabled READ syncEnabled WRITE setSyncEnabled NOTIFY syncChanged)
    // The event shown: a Dreamkast catalog gives the channel a Dreamkast chat when no server is
    // set.
    Q_PROPERTY(omk::ui::EventController* event READ event WRITE setEvent NOTIFY configChanged)
    // Whether the window has a chat to show: a server, or a Dreamkast event.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // "omnikast" (our server), "dreamkast", or "" (none).
    Q_PROPERTY(QString backend READ backend NOTIFY sessionChanged)
    // Why nothing can be sent here (Dreamkast without a token); empty: sending works.
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY sessionChanged)

    Q_PROPERTY(bool active READ active NOTIFY sessionChanged)
    // offline | connecting | connected | reconnecting
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    // What the connection badge says: "Connected", "Reconnecting in 4 s…", "Offline".
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(omk::room::ChatModel* chat READ chat NOTIFY sessionChanged)
    Q_PROPERTY(omk::room::PresenceModel* presence READ presence NOTIFY sessionChanged)
    Q_PROPERTY(int viewerCount READ viewerCount NOTIFY viewerCountChanged)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY signedInChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY signedInChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY signedInChanged)
    Q_PROPERTY(QString pinned READ pinned NOTIFY roomStateChanged)
    Q_PROPERTY(int slowModeSeconds READ slowModeSeconds NOTIFY roomStateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    // Feedback at the chat input: slow mode, rate limits, a refused send. Empty: none.
    Q_PROPERTY(QString inputHint READ inputHint NOTIFY inputHintChanged)
    // Playback follows the room (a moderator drives it); local play/pause/seek would fight it.
    Q_PROPERTY(bool following READ following NOTIFY syncChanged)
    // The room plays another media than the channel's stream: the player's source.
    Q_PROPERTY(QString mediaOverride READ mediaOverride NOTIFY mediaOverrideChanged)
    // Debug overlay: local minus room position (NaN while unknown), clock offset, round trip.
    Q_PROPERTY(double syncErrorMs READ syncErrorMs NOTIFY syncChanged)
    Q_PROPERTY(double clockOffsetMs READ clockOffsetMs NOTIFY clockChanged)
    Q_PROPERTY(double roundTripMs READ roundTripMs NOTIFY clockChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit RoomController(QObject* parent = nullptr);
    ~RoomController() override;

    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    QString room() const { return m_room; }
    void setRoom(const QString& room);
    QString guestName() const { return m_guestName; }
    void setGuestName(const QString& name);
    QString token() const { return m_token; }
    void setToken(const QString& token);
    PlayerController* player() const { return m_player; }
    void setPlayer(PlayerController* player);
    bool syncEnabled() const { return m_syncEnabled; }
    void setSyncEnabled(bool on);
    EventController* event() const;
    void setEvent(EventController* event);
    bool available() const;
    QString backend() const;
    QString readOnlyReason() const;
    room::DreamkastChat* dreamkastChat() const { return m_dreamkast.get(); }

    bool active() const { return m_connection != nullptr || m_dreamkast != nullptr; }
    QString state() const;
    QString statusText() const;
    room::ChatModel* chat() const { return m_chat; }
    room::PresenceModel* presence() const { return m_presence; }
    int viewerCount() const;
    bool canModerate() const;
    QString userName() const;
    QString userId() const;
    QString pinned() const;
    int slowModeSeconds() const;
    int pendingCount() const;
    QString inputHint() const { return m_inputHint; }
    bool following() const;
    QString mediaOverride() const { return m_mediaOverride; }
    double syncErrorMs() const;
    double clockOffsetMs() const;
    double roundTripMs() const;
    QString errorString() const { return m_error; }
    room::RoomConnection* connection() const { return m_connection.get(); }
    PlayerSync* sync() const { return m_sync; }

    // Sends a chat message (a reply when replyToSeq > 0). False, with inputHint saying why,
    // when it cannot be queued (empty, too long, no room).
    Q_INVOKABLE bool send(const QString& text, qint64 replyToSeq = 0);
    // Rewrites one of this user's messages (the server refuses anyone else's).
    Q_INVOKABLE bool editMessage(qint64 seq, const QString& text);
    // Adds (on) or takes back a reaction.
    Q_INVOKABLE bool react(qint64 seq, const QString& emoji, bool on = true);
    // @mentions: names of people here starting with prefix (without the @), at most 8.
    Q_INVOKABLE QStringList completeMention(const QString& prefix) const;
    Q_INVOKABLE void reconnectNow();
    // A message as rich text for a Label: escaped, web links made clickable (the view opens them
    // in the browser), @mentions of this user highlighted.
    Q_INVOKABLE QString richText(const QString& text) const;

    // Moderators only; each refuses with errorString otherwise (the server checks again).
    Q_INVOKABLE bool deleteMessage(qint64 seq);
    Q_INVOKABLE bool timeoutUser(const QString& userId, int seconds);
    Q_INVOKABLE bool banUser(const QString& userId);
    Q_INVOKABLE bool setSlowMode(int seconds);
    Q_INVOKABLE bool pinMessage(qint64 seq);
    Q_INVOKABLE bool unpin();
    Q_INVOKABLE bool announce(const QString& text);
    // Playback for everyone in the room: from the local player's state.
    Q_INVOKABLE bool togglePauseForAll();
    Q_INVOKABLE bool seekForAll(double seconds);
    Q_INVOKABLE bool seekRelativeForAll(double seconds);
    // Switches what the room watches (a channel's stream URL, or any media URL).
    Q_INVOKABLE bool playMediaForAll(const QString& media);

signals:
    void configChanged();
    void playerChanged();
    void sessionChanged();
    void availableChanged();
    void stateChanged();
    void viewerCountChanged();
    void signedInChanged();
    void roomStateChanged();
    void pendingCountChanged();
    void inputHintChanged();
    void syncChanged();
    void mediaOverrideChanged();
    void clockChanged();
    void errorStringChanged();
    // The one error signal of this component; also reflected in errorString.
    void errorOccurred(const QString& message);

private:
    void scheduleRestart();
    void restart();
    void teardown();
    void setError(const QString& message);
    void setInputHint(const QString& hint, int clearAfterMs = 0);
    void setMediaOverride(const QString& media);
    bool check(const omk::Expected<QString>& queued);
    bool sendPlayback(const QString& media, double position, double rate, bool paused);
    // What the moderator's controls act on. Following the room, its state: the local player may
    // be paused for a moment on a landed seek, waiting for the room's instant.
    struct SharedPlayback {
        double position = 0, rate = 1.0;
        bool paused = true;
    };
    SharedPlayback sharedPlayback() const;
    void emitSessionChanged();
    QString settingsKey() const;
    struct DreamkastTarget {
        QUrl api, cable;
        QString eventAbbr;
        qint64 talk = 0;  // 0: nothing on air on the channel
        QString token;
        bool operator==(const DreamkastTarget&) const = default;
    };
    // The Dreamkast chat the current channel should show; nullopt: not a Dreamkast event (or a
    // server is set, which wins).
    std::optional<DreamkastTarget> dreamkastTarget() const;
    void updateDreamkast();
    void startDreamkast();

    QString m_serverUrl, m_room, m_guestName, m_token;
    QPointer<PlayerController> m_player;
    bool m_syncEnabled = true;
    std::unique_ptr<room::RoomConnection> m_connection;
    // QObject: a QPointer of a forward-declared type would not compile where this header is
    // included alone.
    QPointer<QObject> m_event;
    std::unique_ptr<room::DreamkastChat> m_dreamkast;
    std::optional<DreamkastTarget> m_dkTarget;
    room::ChatModel* m_chat = nullptr;  // children of m_connection
    room::PresenceModel* m_presence = nullptr;
    room::ModeratorActions* m_moderator = nullptr;
    PlayerSync* m_sync = nullptr;
    QString m_inputHint;
    QString m_mediaOverride;
    QString m_error;
    QTimer m_restart;
    QTimer m_hintTimer;
    QTimer m_countdown;  // ticks statusText while reconnecting
};

}  // namespace omk::ui
