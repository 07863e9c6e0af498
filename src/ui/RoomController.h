#pragma once
// The QML face of a channel's room: chat, who is here, the connection's state, moderator
// actions and playback sync, for one (server, room) at a time. The RoomConnection and its
// models are owned here, in C++; QML binds to the properties and calls the invokables.
// Changing server, room, name or token starts a fresh session (coalesced, so QML may set them
// one by one). The guest name and the token a server issued are remembered per server.
// With no server but an event whose catalog came from Dreamkast, the channel's chat is the
// on-air talk's Dreamkast chat instead (room::DreamkastChat, docs/DREAMKAST.md): same models,
// no presence, no moderation, posting only with a Dreamkast token (AppSettings).
// A facade: the session's lifecycle and state are RoomSession's, the input's ChatComposer's
// (rich text: MessageFormatter), moderation RoomModeration's and playback for the whole room
// PlaybackForEveryone's; this class keeps the one QML-visible API over them.
// Threading: GUI thread.

#include "room/ChatModel.h"
#include "room/PresenceModel.h"
#include "ui/ChatComposer.h"
#include "ui/PlaybackForEveryone.h"
#include "ui/RoomModeration.h"
#include "ui/RoomSession.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>

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
    Q_PROPERTY(omk::ui::RoomModeration* moderation READ moderation CONSTANT)
    Q_PROPERTY(bool syncEnabled READ syncEnabled WRITE setSyncEnabled NOTIFY syncChanged)
    // The event shown: a Dreamkast catalog gives the channel a Dreamkast chat when no server is
    // set.
    Q_PROPERTY(omk::ui::EventController* event READ event WRITE setEvent NOTIFY configChanged)
    // Whether the window has a chat to show: a server, or a Dreamkast event.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // "omnikast" (our server), "dreamkast", or "" (none).
    Q_PROPERTY(QString backend READ backend NOTIFY sessionChanged)
    // Why nothing can be sent here (Dreamkast without a token); empty: sending works.
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY readOnlyChanged)

    Q_PROPERTY(bool active READ active NOTIFY sessionChanged)
    // offline | connecting | connected | reconnecting
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    // What the connection badge says: "Connected", "Reconnecting in 4 s…", "Offline".
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(omk::room::ChatModel* chat READ chat NOTIFY sessionChanged)
    Q_PROPERTY(omk::room::PresenceModel* presence READ presence NOTIFY sessionChanged)
    Q_PROPERTY(int viewerCount READ viewerCount NOTIFY viewerCountChanged)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY signedInChanged)
    // An admin of the whole event: the Organize view (OrganizeController) is offered.
    Q_PROPERTY(bool eventAdmin READ eventAdmin NOTIFY signedInChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY signedInChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY signedInChanged)
    Q_PROPERTY(QString pinned READ pinned NOTIFY roomStateChanged)
    // The organizers' latest announcement (a banner for everyone, or for the viewers of
    // announcementChannel when set), until dismissed; empty: none.
    Q_PROPERTY(QString announcement READ announcement NOTIFY announcementChanged)
    Q_PROPERTY(QString announcementChannel READ announcementChannel NOTIFY announcementChanged)
    Q_PROPERTY(QString announcementBy READ announcementBy NOTIFY announcementChanged)
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

    QString serverUrl() const { return m_session.serverUrl(); }
    void setServerUrl(const QString& url) { m_session.setServerUrl(url); }
    QString room() const { return m_session.room(); }
    void setRoom(const QString& room) { m_session.setRoom(room); }
    QString guestName() const { return m_session.guestName(); }
    void setGuestName(const QString& name) { m_session.setGuestName(name); }
    QString token() const { return m_session.token(); }
    void setToken(const QString& token) { m_session.setToken(token); }
    PlayerController* player() const { return m_session.player(); }
    void setPlayer(PlayerController* player) { m_session.setPlayer(player); }
    bool syncEnabled() const { return m_session.syncEnabled(); }
    void setSyncEnabled(bool on) { m_session.setSyncEnabled(on); }
    EventController* event() const { return m_session.event(); }
    void setEvent(EventController* event) { m_session.setEvent(event); }
    bool available() const { return m_session.available(); }
    QString backend() const { return m_session.backend(); }
    QString readOnlyReason() const { return m_session.readOnlyReason(); }
    room::DreamkastChat* dreamkastChat() const { return m_session.dreamkastChat(); }

    bool active() const { return m_session.active(); }
    QString state() const { return m_session.state(); }
    QString statusText() const { return m_session.statusText(); }
    room::ChatModel* chat() const { return m_session.chat(); }
    room::PresenceModel* presence() const { return m_session.presence(); }
    int viewerCount() const { return m_session.viewerCount(); }
    bool canModerate() const { return m_session.canModerate(); }
    bool eventAdmin() const { return m_session.isEventAdmin(); }
    QString userName() const { return m_session.userName(); }
    QString userId() const { return m_session.userId(); }
    QString pinned() const { return m_session.pinned(); }
    QString announcement() const { return m_session.announcement().text; }
    QString announcementChannel() const { return m_session.announcement().channel; }
    QString announcementBy() const { return m_session.announcement().by; }
    int slowModeSeconds() const { return m_session.slowModeSeconds(); }
    int pendingCount() const { return m_session.pendingCount(); }
    QString inputHint() const { return m_composer.inputHint(); }
    bool following() const { return m_session.following(); }
    QString mediaOverride() const { return m_session.mediaOverride(); }
    double syncErrorMs() const { return m_session.syncErrorMs(); }
    double clockOffsetMs() const { return m_session.clockOffsetMs(); }
    double roundTripMs() const { return m_session.roundTripMs(); }
    QString errorString() const { return m_session.errorString(); }
    room::RoomConnection* connection() const { return m_session.connection(); }
    PlayerSync* sync() const { return m_session.sync(); }

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
    Q_INVOKABLE void dismissAnnouncement() { m_session.dismissAnnouncement(); }
    // A message as rich text for a Label: escaped, web links made clickable (the view opens them
    // in the browser), @mentions of this user highlighted.
    Q_INVOKABLE QString richText(const QString& text) const;

    // Moderators only (delete, time out, ban, slow mode, pin, announce); each refuses with
    // errorString otherwise (the server checks again).
    RoomModeration* moderation() { return &m_moderation; }
    // Playback for everyone in the room: from the local player's state.
    Q_INVOKABLE bool togglePauseForAll();
    Q_INVOKABLE bool seekForAll(double seconds);
    Q_INVOKABLE bool seekRelativeForAll(double seconds);
    // Switches what the room watches (a channel's stream URL, or any media URL).
    Q_INVOKABLE bool playMediaForAll(const QString& media);

signals:
    void announcementChanged();
    void configChanged();
    void playerChanged();
    void sessionChanged();
    void readOnlyChanged();
    void availableChanged();
    void stateChanged();
    void viewerCountChanged();
    void signedInChanged();
    void roomStateChanged();
    void pendingCountChanged();
    void inputHintChanged();
    // A message of this viewer's that the server refused for good (the room closed before it
    // was delivered, a ban…): its text, which the chat input takes again so nothing typed is
    // lost. inputHint says why.
    void chatReturned(const QString& text);
    void syncChanged();
    void mediaOverrideChanged();
    void clockChanged();
    void errorStringChanged();
    // The one error signal of this component; also reflected in errorString.
    void errorOccurred(const QString& message);

private:
    RoomSession m_session;
    ChatComposer m_composer;
    RoomModeration m_moderation;
    PlaybackForEveryone m_playback;
};

}  // namespace omk::ui
