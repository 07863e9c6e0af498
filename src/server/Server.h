#pragma once
// omnikast-server in one object: opens the store, rebuilds the rooms, listens on one port for
// HTTP and WebSocket upgrades, and owns every session.
// With store = postgres several Servers (processes, machines) share rooms: a Fanout tells them
// of each other's appends and a catch-up timer compares heads in case a notice was lost.
// Threading: single-threaded — everything runs on the thread that created the Server (its event
// loop). Every room append is a synchronous commit (SQLite or PostgreSQL) on that thread; Redis
// runs asynchronously on the same loop.
// With a fan-out, a PresenceExchange makes viewer counts and member lists span the processes.

#include "HttpApi.h"
#include "Jwt.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "RoomRegistry.h"
#include "RoomStore.h"
#include "ServerConfig.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace omk::server {

class ClientSession;
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

private:
    explicit Server(ServerConfig config);
    void onNewWebSocket();
    void addRoutes();
    omk::Expected<void> openStore();
    omk::Expected<void> startFanout();
    void onNotice(const QString& room, qint64 seq);

    ServerConfig m_config;
    QByteArray m_catalogJson;  // config.catalog in Omnikast's own format, read at start
    QByteArray m_catalogEtag;
    Jwt m_jwt;
    Metrics m_metrics;
    RateLimiter m_sendLimiter;
    std::unique_ptr<RoomStore> m_store;
    std::unique_ptr<Fanout> m_fanout;
    std::unique_ptr<PresenceExchange> m_presence;  // with a fan-out only
    QTimer m_catchupTimer;
    std::unique_ptr<RoomRegistry> m_rooms;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<HttpApi> m_http;
    QSet<ClientSession*> m_sessions;
    quint16 m_port = 0;
    bool m_shuttingDown = false;
};

}  // namespace omk::server
