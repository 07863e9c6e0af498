#pragma once
// omnikast-server in one object: opens the store, rebuilds the rooms, listens on one port for
// HTTP and WebSocket upgrades, and owns every session.
// With store = postgres several Servers (processes, machines) share rooms: a Fanout tells them
// of each other's appends and a catch-up timer compares heads in case a notice was lost.
// Threading: the thread that created the Server (the main event loop) accepts, decodes, runs
// every room and session, and commits every append synchronously (SQLite or PostgreSQL) before
// anything is sent — durability before delivery; Redis runs asynchronously on the same loop.
// Only socket I/O is spread: with delivery_threads >= 2, each accepted WebSocket (with its TCP
// socket) moves to one of that many DeliveryShard threads, round robin, and a broadcast posts one
// shared frame per shard (DeliveryShard.h). With 0 or 1, sockets stay on the main thread.
// With a fan-out, a PresenceExchange makes viewer counts and member lists span the processes.
// The event's services and admin APIs (catalog, on air, announcements, sign-in, audit, /admin/*)
// are EventServices': the Server builds it, hands it the hooks that reach back here (through
// EventBroadcasts) and keeps the process's lifecycle.

#include "server/AccountStore.h"
#include "server/EventBroadcasts.h"
#include "server/EventServices.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/Metrics.h"
#include "server/PartySweep.h"
#include "server/RateLimiter.h"
#include "server/RoomRegistry.h"
#include "server/RoomStore.h"
#include "server/ServerConfig.h"
#include "server/ViewRelay.h"

#include <QObject>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace omk::server {

class ClientSession;
class DeliveryShard;
class ShardSocket;
class Fanout;
class PresenceExchange;
struct SessionContext;

class Server final : public QObject {
    Q_OBJECT
public:
    ~Server() override;

    // Opens the store and rebuilds every room from its log; does not listen yet.
    static omk::Expected<std::unique_ptr<Server>> create(ServerConfig config);

    // Listens on config.listen:config.port (0: any free port); returns the port.
    omk::Expected<quint16> listen();
    // Stops accepting, closes every session with 1001 (going away) and lets queued fan-out
    // notices leave. Every acknowledged event is already committed, so nothing is lost; the
    // store is closed when the Server is destroyed.
    void shutdown();
    // Folds into every loaded room what other processes appended (shared store only).
    void catchUpAll();

    quint16 port() const { return m_port; }
    int connections() const { return int(m_sessions.size()); }
    const Metrics& metrics() const { return m_metrics; }
    RoomRegistry& rooms() { return *m_rooms; }
    HttpApi& http() { return *m_http; }
    const ServerConfig& config() const { return m_config; }
    AccountStore& accounts() { return *m_accounts; }
    PartySweep& partySweep() { return *m_partySweep; }

private:
    explicit Server(ServerConfig config);
    void onNewWebSocket();
    void onAcceptError(QAbstractSocket::SocketError error);
    QTcpSocket* tcpSocketOf(const QWebSocket& socket) const;
    // tcp set: the session's sockets go to the next delivery shard.
    ClientSession* startSession(std::unique_ptr<QWebSocket> socket, QTcpSocket* tcp);
    void addRoutes();
    omk::Expected<void> openStore();
    omk::Expected<void> startFanout();
    void onNotice(const QString& room, qint64 seq);
    // One frame to every signed-in session: one shared frame per delivery shard.
    // An account's roles changed: its sessions on this server take them on.
    void pushRoles(const QString& account);
    void broadcastToSignedIn(const QByteArray& frame);

    ServerConfig m_config;
    Jwt m_jwt;
    Metrics m_metrics;
    RateLimiter m_sendLimiter;
    std::unique_ptr<RoomStore> m_store;
    std::unique_ptr<AccountStore> m_accounts;
    // Its BanApi uses m_rooms and its fetches may be in flight: reset early (~Server).
    std::unique_ptr<EventServices> m_services;
    std::unique_ptr<EventBroadcasts> m_broadcasts;  // after startFanout()
    std::unique_ptr<Fanout> m_fanout;
    std::unique_ptr<PresenceExchange> m_presence;  // with a fan-out only
    QTimer m_catchupTimer;
    std::unique_ptr<RoomRegistry> m_rooms;
    std::unique_ptr<PartySweep> m_partySweep;  // over m_rooms and the services' parties
    std::unique_ptr<ViewRelay> m_views;        // before m_context, which points to it
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<HttpApi> m_http;
    QSet<ClientSession*> m_sessions;
    std::vector<std::unique_ptr<DeliveryShard>> m_shards;  // destroyed after the sessions
    size_t m_nextShard = 0;
    int m_handingOver = 0;  // accepted, on their way to a shard
    // max_connections, or fewer when the descriptor limit cannot hold that many (listen()).
    int m_connectionCap = 0;
    QTimer m_acceptRetry;
    quint16 m_port = 0;
    bool m_shuttingDown = false;
};

}  // namespace omk::server
