#pragma once
// One WebSocket connection: sign-in, decoding every frame strictly, per-connection and per-user
// limits, abuse strikes, heartbeats, and the rooms it has joined.
// Threading: lives on the server's main event-loop thread, where all its state is (claims, rate
// limits, joined rooms), so the rooms read it without locks. Its socket lives either on the same
// thread (no delivery threads) or, as a ShardSocket, on a delivery shard's thread: then every
// write, close and ping is posted there in order, and what the socket receives comes back as
// queued signals.

#include "protocol/ClientMessage.h"
#include "server/AccountStore.h"
#include "server/EventCatalog.h"
#include "server/Jwt.h"
#include "server/Metrics.h"
#include "server/OnAirBoard.h"
#include "server/PartyStore.h"
#include "server/RateLimiter.h"
#include "server/Room.h"
#include "server/RoomRegistry.h"
#include "server/ServerConfig.h"
#include "server/ViewRelay.h"

#include "server/DeliveryShard.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>

namespace omk::server {

// What every session shares; owned by Server.
struct SessionContext {
    const ServerConfig& config;
    const Jwt& jwt;
    RoomRegistry& rooms;
    Metrics& metrics;
    RateLimiter& sendLimiter;  // per user id
    protocol::DecodeLimits decodeLimits;
    QHash<QString, int> connectionsPerUser;
    AccountStore* accounts = nullptr;       // signed-in accounts' roles and state
    const EventCatalog* catalog = nullptr;  // its live version follows every welcome
    const OnAirBoard* onAir = nullptr;      // and so does what is on air
    PartyStore* parties = nullptr;          // who may join a watch party's room
    ViewRelay* views = nullptr;             // guides' views and markers (1.5)
};

class ClientSession final : public QObject, public RoomSubscriber {
    Q_OBJECT
public:
    // Exactly one of socket (used on this thread) and remote (on its shard's thread) is set.
    ClientSession(std::unique_ptr<QWebSocket> socket, ShardSocket* remote, SessionContext& ctx,
                  QObject* parent = nullptr);
    ~ClientSession() override;

    void deliver(const QString& frame) override;
    ShardSocket* shardSocket() const override { return m_remote; }
    // Sends an error first when code is not a normal closure, then closes the socket.
    void closeWith(int closeCode, const QString& reason);
    const QString& id() const { return m_id; }
    // Signed in (welcomed): event-wide messages (catalog.changed) go to these sessions.
    bool welcomed() const { return m_claims.has_value(); }
    // A frame the socket read before this session existed (its hand-over to a shard).
    void receive(const QString& text) { onText(text); }
    void receive(const QByteArray& data) { onBinary(data); }
    // The account signed in here (empty: a guest or an invite's token).
    QString account() const;
    // The account's roles changed (an admin granted or revoked one): they hold from the next
    // message on, and the client hears its role in each room it is in (role, 1.3).
    void rolesChanged(const QMap<QString, protocol::Role>& roles);

signals:
    // The socket is gone; the owner may delete this session (later).
    void finished(omk::server::ClientSession* session);

private:
    void onText(const QString& text);
    void onBinary(const QByteArray& data);
    void onHeartbeat();
    void onDisconnected(int closeCode);
    void closeSocket(int closeCode, const QString& reason, bool abort);

    void handle(const protocol::Hello& m);
    // Refuses the hello with code and closes (4001).
    void refuseHello(const char* code, const QString& reason);
    void handle(const protocol::Join& m);
    void handle(const protocol::Leave& m);
    void handle(const protocol::Send& m);
    void handle(const protocol::MembersList& m);
    void handle(const protocol::History& m);
    void handle(const protocol::TimePing& m);
    void handle(const protocol::Ping& m);
    void handle(const protocol::GuideView& m);
    void handle(const protocol::LookMarker& m);
    // Unsubscribes from room; where this session was its guide, the room hears the guiding end.
    void leaveRoom(Room* room);
    // The joined room of that name, or nullptr after telling the client not_joined.
    Room* joinedOrSay(const QString& room, const QString& cid = {});
    // Answers a refusal (an append's, a relayed view's) with its error; nothing when none.
    void refuse(const std::optional<Refusal>& refusal, const QString& room,
                const QString& cid = {});

    void send(const QJsonObject& message);
    void sendError(const char* code, const QString& message,
                   std::optional<qint64> retryAfterMs = std::nullopt, const QString& cid = {},
                   const QString& room = {});
    // A malformed or flooding frame; too many of them close the connection (4000).
    void strike();
    void leaveAllRooms();
    protocol::Actor actorIn(const QString& room) const;

    std::unique_ptr<QWebSocket> m_socket;
    ShardSocket* m_remote = nullptr;  // owned by its shard; released when this session goes
    SessionContext& m_ctx;
    QString m_id;
    std::optional<TokenClaims> m_claims;
    // An account's roles (room → role, "*" the whole event), read from the store at hello so a
    // grant or revoke applies at the next connection, whatever token the client holds.
    QMap<QString, protocol::Role> m_roomRoles;
    QString m_token;
    QHash<QString, Room*> m_rooms;
    TokenBucket m_frames;
    TokenBucket m_abuse;
    qint64 m_lastHeardMs = 0;
    QTimer m_heartbeat;
    QTimer m_helloTimer;
    bool m_closing = false;
    bool m_finished = false;
};

}  // namespace omk::server
