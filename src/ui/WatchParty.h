#pragma once
// "Watch together": the viewer's side of watch parties (docs/PROTOCOL.md "Watch parties",
// docs/USER-GUIDE.md "Watching together"). A signed-in attendee opens one on the event's server and
// becomes its host; its link (omnikast://HOST[:PORT]/room/ROOM?invite=…) is copied to send; whoever
// opens the link is told the party's name, signs in where it is invite-only, redeems the invite and
// joins. While in a party the window's room is the party's (QML binds RoomController.room to
// partyRoom), so chat, presence and playback are the party's; the host's channel is what everyone
// plays (the host's client sets it for the room on joining and on every channel change), and each
// viewer's player follows the room as in any room (PlayerSync). Leaving goes back to the channel's
// room. Threading: GUI thread.

#include "room/PartyClient.h"

#include <QtQml/qqmlregistration.h>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace omk::ui {

class EventController;
class RoomController;

class WatchParty : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("ui/EventController.h")
    Q_MOC_INCLUDE("ui/RoomController.h")
    // The event's room server (ws://HOST:PORT/ws); empty: no parties here.
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY availableChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // The signed-in account's access token (AccountSession); empty: not signed in.
    Q_PROPERTY(QString accessToken READ accessToken WRITE setAccessToken NOTIFY accessTokenChanged)
    // The window's room and event: the host's client plays its channel for the party through them.
    Q_PROPERTY(omk::ui::RoomController* room READ room WRITE setRoom NOTIFY roomChanged)
    Q_PROPERTY(omk::ui::EventController* event READ event WRITE setEvent NOTIFY eventChanged)
    // none, opening, checking (a link's party), signInNeeded, redeeming, joined, failed
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // The party's room while in one; empty otherwise.
    Q_PROPERTY(QString partyRoom READ partyRoom NOTIFY stateChanged)
    Q_PROPERTY(QString name READ name NOTIFY partyChanged)
    Q_PROPERTY(bool inviteOnly READ inviteOnly NOTIFY partyChanged)
    // This viewer opened it (its host).
    Q_PROPERTY(bool isHost READ isHost NOTIFY partyChanged)
    // The link to send (the host's, with the invite); empty for the others.
    Q_PROPERTY(QString link READ link NOTIFY partyChanged)
    // When the invite runs out (ms since the epoch, UTC); 0: unknown.
    Q_PROPERTY(qint64 inviteExpiresMs READ inviteExpiresMs NOTIFY partyChanged)
    // Progress, or why the last step failed (messageIsError).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    explicit WatchParty(QObject* parent = nullptr);

    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    bool available() const { return m_client.hasServer(); }
    QString accessToken() const { return m_accessToken; }
    void setAccessToken(const QString& token);
    RoomController* room() const;
    void setRoom(RoomController* room);
    EventController* event() const;
    void setEvent(EventController* event);
    QString state() const { return m_state; }
    bool busy() const;
    QString partyRoom() const;
    QString name() const { return m_name; }
    bool inviteOnly() const { return m_inviteOnly; }
    bool isHost() const { return m_isHost; }
    QString link() const { return m_link; }
    qint64 inviteExpiresMs() const { return m_inviteExpiresMs; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Opens a party named `name` (1-80 characters) as its host; needs an account.
    Q_INVOKABLE void open(const QString& name, bool inviteOnly);
    // A party's link (omnikast://HOST[:PORT]/room/ROOM?invite=…) on this server: its party is
    // joined, after a sign-in where it is invite-only. False (and message says why) when it is
    // not one or names another server.
    Q_INVOKABLE bool useLink(const QString& link);
    // Back to the channel's room (the party goes on for the others).
    Q_INVOKABLE void leave();
    // Puts the link on the clipboard; false when there is none.
    Q_INVOKABLE bool copyLink();

signals:
    void availableChanged();
    void accessTokenChanged();
    void roomChanged();
    void eventChanged();
    void stateChanged();
    void partyChanged();
    void messageChanged();
    // The one error signal: a step failed, in words.
    void errorOccurred(const QString& message);

private:
    void setState(const QString& s);
    void say(const QString& text, bool error);
    void failWith(const room::ApiAnswer& a);
    void redeem();
    void joined();
    void clearParty();
    // The host's client: the room plays the host's channel (on joining, and on every change).
    void shareChannel();

    room::PartyClient m_client;
    QString m_serverUrl;
    QString m_accessToken;
    QPointer<RoomController> m_room;
    QPointer<EventController> m_event;
    QString m_state = QStringLiteral("none");
    QString m_roomId, m_name, m_invite, m_link;
    QString m_pendingLink;  // a link given before the server was known
    bool m_inviteOnly = true;
    bool m_isHost = false;
    QString m_shared;  // the host's stream last set for the party (empty: none yet)
    // The parties opened here (room → link), for this server: their host is this viewer.
    QHash<QString, QString> m_hosted;
    qint64 m_inviteExpiresMs = 0;
    QString m_message;
    bool m_messageIsError = false;
    int m_generation = 0;  // answers for an old server or party are dropped
};

}  // namespace omk::ui
