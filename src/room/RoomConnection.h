#pragma once
// One client's WebSocket session with omnikast-server for one room (docs/PROTOCOL.md, "Client").
// Owns everything the UI should never have to: sign-in (token, or a guest name that earns one),
// join and resume from the last applied seq, reconnecting with backoff and jitter, heartbeats,
// the outbox of unacknowledged sends (resent after every resume with their original cid, so the
// server's dedup makes delivery exactly-once), applying log events strictly in seq order (never
// one twice), clock sync by time.ping, and the room's playback state.
// Models (ChatModel, PresenceModel) and ModeratorActions are views onto this object.
// Threading: a plain QObject living on one thread with an event loop (the GUI thread in the app);
// every slot, timer and signal runs there. Not thread-safe.

#include "core/Backoff.h"
#include "core/ConnectionState.h"
#include "core/Expected.h"
#include "protocol/ServerDecoder.h"
#include "room/Outbox.h"
#include "sync/ClockSync.h"
#include "sync/PlaybackState.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace omk::room {

struct RoomConnectionConfig {
    QUrl url;  // ws://host:port/ws
    QString room;
    QString token;      // an invite or a token from an earlier welcome, or
    QString guestName;  // a guest display name: the server issues a token on first sign-in
    QString client = QStringLiteral("omnikast-desktop/0.1");
    int backoffBaseMs = 500;
    int backoffMaxMs = 30000;
    double backoffJitter = 0.5;  // "equal jitter" (core/Backoff.h)
    int timePingIntervalMs = 5000;
    int heartbeatMs = 0;         // 0: what the server's welcome says
    int heartbeatTimeoutMs = 0;  // 0: what the server's welcome limits say (else 10 s)
    QString outboxFile;          // empty: the outbox lives in memory only
};

class RoomConnection final : public QObject {
    Q_OBJECT
    Q_PROPERTY(omk::core::ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(int reconnectIn READ reconnectIn NOTIFY reconnectInChanged)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY signedIn)
    Q_PROPERTY(QString userId READ userId NOTIFY signedIn)
    Q_PROPERTY(QString userName READ userName NOTIFY signedIn)
    Q_PROPERTY(double offsetMs READ offsetMs NOTIFY clockChanged)
    Q_PROPERTY(qint64 roundTripMs READ roundTripMs NOTIFY clockChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
public:
    using State = core::ConnectionState;  // the same four states as cable::CableClient

    explicit RoomConnection(RoomConnectionConfig config, QObject* parent = nullptr);
    ~RoomConnection() override;

    // Connects (again) and keeps the session up until stop().
    void start();
    void stop();

    // Queues an event for the room and sends it as soon as the room is joined; answers its cid.
    // Refused here, as a value, when the data is malformed or the type needs a moderator.
    omk::Expected<QString> send(protocol::EventType type, const QJsonObject& data);
    omk::Expected<QString> sendChat(const QString& text, qint64 replyTo = 0);
    // members.list for the room (answered through membersReceived).
    void requestMembers(int offset = 0, int limit = 200);
    // history for the room (protocol 1.1): events before `before` (0: the head), answered
    // through historyReceived.
    void requestHistory(qint64 before, int limit = 50);
    // (1.5) Where this guide looks (on), or that guiding ended, and "look here" markers: relayed
    // to the room, never queued (worth nothing once late). False when not joined, or the server
    // does not relay them (canRelayViews).
    bool sendGuideView(bool on, double yaw, double pitch, double fov);
    bool sendLookMarker(double yaw, double pitch);
    // The server relays guides' views and markers (its welcome's limits.guide_per_second).
    bool canRelayViews() const { return m_limits.contains(QLatin1String("guide_per_second")); }

    State state() const { return m_state; }
    int reconnectIn() const;  // seconds until the next attempt while Reconnecting
    bool canModerate() const { return m_canModerate; }
    // An admin of the whole event (role admin for "*"): the admin API will take this token.
    bool isEventAdmin() const { return m_eventAdmin; }
    QString userId() const { return m_user.id; }
    QString userName() const { return m_user.name; }
    const protocol::Actor& user() const { return m_user; }
    QString token() const { return m_token; }
    // The token the next hello sends (a rotated access token of the same account): the session
    // that is up stays as it is.
    void setToken(const QString& token) { m_token = token; }
    QString room() const { return m_config.room; }
    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_lastSeq; }
    double offsetMs() const { return m_clock.offsetMs(); }
    qint64 roundTripMs() const { return m_clock.roundTripMs(); }
    double serverNowMs() const;
    const sync::RoomPlayback& playback() const { return m_playback; }
    bool hasPlayback() const { return !m_playback.media.isEmpty(); }
    int pendingCount() const { return int(m_outbox.items().size()); }
    const Outbox& outbox() const { return m_outbox; }
    qint64 slowModeMs() const { return m_slowModeMs; }
    qint64 pinnedSeq() const { return m_pinnedSeq; }
    const QJsonObject& limits() const { return m_limits; }

    // For tests: drops the socket without a close handshake, as a dead network would.
    void abortSocket();
    // For recordings (src/replay): handles a decoded server message as if it had arrived on the
    // socket, so a replay runs the same seq ordering and state folding as a live session. With
    // no socket nothing is answered; never call it on a started connection.
    void receiveRecorded(const protocol::ServerMessage& message);

signals:
    void stateChanged(omk::core::ConnectionState state);
    void reconnectInChanged();
    void signedIn();
    // (1.3) The server told this user's role in the room (a role held for this room only):
    // canModerate() may read otherwise.
    void roleChanged();
    void clockChanged();
    void pendingCountChanged();
    // A send was queued (before it reaches the server): the chat shows it as pending.
    void queued(const QString& cid, omk::protocol::EventType type, const QJsonObject& data);
    // One log event, in seq order, exactly once per seq for the life of the epoch.
    void eventApplied(const omk::protocol::Event& event);
    // The log could not be resumed: replace all state with this snapshot and recent history.
    void roomReset(const QJsonObject& snapshot, const QList<omk::protocol::Event>& history);
    void acked(const omk::protocol::Ack& ack);
    // The server refused a send for now (slow_mode, rate_limited, timed_out); it stays queued
    // and is retried after retryAfterMs (timed_out: dropped, see sendFailed).
    void sendRefused(const QString& cid, const QString& reason, qint64 retryAfterMs);
    // The server refused a send for good (forbidden, banned, timed_out, bad_message, not_found).
    void sendFailed(const QString& cid, const QString& code, const QString& message);
    // With sendFailed for a chat message: its text, given back so that nothing typed is lost
    // (the viewer puts it in the input again).
    void chatReturned(const QString& cid, const QString& text);
    void playbackChanged(const omk::sync::RoomPlayback& playback);
    void presenceChanged(int viewers);
    void membersReceived(const omk::protocol::Members& members);
    void historyReceived(const omk::protocol::HistoryPage& page);
    void roomStateChanged();  // slow mode or pin
    // The server's event catalog is at this version (catalog.changed: right after each welcome,
    // with changes empty, and as organizers change it, with what differs by id). The event's
    // catalog is fetched again (docs/PROTOCOL.md "Catalog changes").
    void catalogAnnounced(qint64 version, const QString& etag, const QJsonObject& changes);
    // What organizers put on air (right after each welcome the whole board, then each switch).
    void onAirReceived(const omk::protocol::OnAirMessage& message);
    // The organizers' announcement, as it is made.
    void announcementReceived(const omk::protocol::Announcement& announcement);
    // (1.5) A guide's view of this room (or its end), and a marker, as relayed.
    void guideViewReceived(const omk::protocol::GuideViewMessage& view);
    void lookMarkerReceived(const omk::protocol::LookMarkerMessage& marker);
    void errorOccurred(const QString& message);

private:
    void setState(State s);
    void open();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void scheduleReconnect();
    void sendFrame(const QByteArray& frame);
    void sendTimePing();
    void onHeartbeat();
    void flushOutbox();
    void sendItem(const OutboxItem& item);
    void join();

    void handle(const protocol::Welcome& m);
    void handle(const protocol::JoinedMessage& m);
    void handle(const protocol::Ack& m);
    void handle(const protocol::ErrorMessage& m);
    void handle(const protocol::Presence& m);
    void handle(const protocol::Members& m);
    void handle(const protocol::HistoryPage& m);
    void handle(const protocol::TimePong& m);
    void handle(const protocol::Pong&) {}
    void handle(const protocol::Left&) {}
    void handle(const protocol::CatalogChanged& m);
    void handle(const protocol::UnknownMessage& m);
    void handle(const protocol::OnAirMessage& m) { emit onAirReceived(m); }
    void handle(const protocol::Announcement& m) { emit announcementReceived(m); }
    void handle(const protocol::RoomRole& m);
    void handle(const protocol::GuideViewMessage& m) {
        if (m.room == m_config.room) emit guideViewReceived(m);
    }
    void handle(const protocol::LookMarkerMessage& m) {
        if (m.room == m_config.room) emit lookMarkerReceived(m);
    }
    void handle(const protocol::Event& e);

    void receive(const protocol::Event& e);
    void apply(const protocol::Event& e);
    void applyState(const protocol::Event& e);
    void restoreSnapshot(const QJsonObject& snapshot);

    RoomConnectionConfig m_config;
    QWebSocket* m_socket = nullptr;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_joined = false;
    bool m_socketDown = false;
    core::Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_countdown;  // ticks reconnectIn for the UI
    qint64 m_reconnectAtMs = 0;
    QTimer m_timePing;
    QTimer m_heartbeat;
    QTimer m_retryTimer;  // sends held back by retry_after_ms
    qint64 m_lastHeardMs = 0;
    int m_heartbeatTimeoutMs = 10000;
    int m_quickPings = 0;

    QString m_token;
    protocol::Actor m_user;
    QString m_roleRoom;
    bool m_canModerate = false;
    bool m_eventAdmin = false;
    QJsonObject m_limits;

    QString m_epoch;
    qint64 m_lastSeq = 0;
    QMap<qint64, protocol::Event> m_early;  // events ahead of a gap, until it fills
    Outbox m_outbox;

    sync::ClockSync m_clock;
    sync::RoomPlayback m_playback;
    qint64 m_slowModeMs = 0;
    qint64 m_pinnedSeq = 0;
};

}  // namespace omk::room
