// Server: the process's lifecycle — the store, the rooms, the fan-out and its catch-up, listening,
// the WebSocket sessions and their delivery shards, the server's own routes (/health, /metrics,
// /catalog.json, /openapi.json) and shutdown. The event's services and admin APIs are built,
// wired and routed by EventServices; the hooks it is handed reach back here through
// EventBroadcasts.
#include "server/Server.h"

#include "core/FileLimit.h"
#include "protocol/ErrorCodes.h"
#include "protocol/Protocol.h"
#include "protocol/ServerMessage.h"
#include "server/ClientSession.h"
#include "server/Clock.h"
#include "server/DeliveryShard.h"
#include "server/Fanout.h"
#include "server/HttpJson.h"
#include "server/Log.h"
#include "server/PostgresFanout.h"
#include "server/PostgresRoomStore.h"
#include "server/PresenceExchange.h"
#include "server/RedisFanout.h"
#include "server/ServiceUrls.h"
#include "server/SqliteRoomStore.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <limits>
#include <memory>
#include <variant>

namespace omk::server {

Server::Server(ServerConfig config)
    : m_config(std::move(config)),
      m_jwt(m_config.jwtSecret),
      m_sendLimiter(m_config.sendBurst, m_config.sendPerSecond) {}

Server::~Server() {
    shutdown();
    // Sessions unsubscribe from rooms as they go, so they go before the rooms and the store —
    // those already finished and waiting for deleteLater included.
    m_sessions.clear();
    qDeleteAll(findChildren<ClientSession*>(QString(), Qt::FindDirectChildrenOnly));
    // Each waits for its releases, then stops its thread.
    m_shards.clear();
    // Refused sockets and those still on their way to a shard sit on TCP sockets the listening
    // servers own: they go first.
    qDeleteAll(findChildren<QWebSocket*>(QString(), Qt::FindDirectChildrenOnly));
    m_http.reset();
    // The schedule's fetches in flight first; the BanApi before the rooms (~EventServices).
    m_services.reset();
    m_catchupTimer.stop();
    if (m_partySweep) m_partySweep->stop();
    m_rooms.reset();
    m_presence.reset();
    m_broadcasts.reset();
    m_fanout.reset();
    m_accounts.reset();
    m_store.reset();
}

omk::Expected<std::unique_ptr<Server>> Server::create(ServerConfig config) {
    auto secret = requireSecret(config);
    if (!secret) return secret.unexpected();
    std::unique_ptr<Server> s(new Server(std::move(config)));
    auto store = s->openStore();
    if (!store) return store.unexpected();
    auto accounts = openAccounts(s->m_config);
    if (!accounts) return accounts.unexpected();
    s->m_accounts = std::move(*accounts);
    Server* self = s.get();
    // The services' changes are told through m_broadcasts, made once the fan-out has started.
    auto services = EventServices::create(
        s->m_config, s->m_jwt, *s->m_accounts,
        EventServices::Hooks{
            [self](const CatalogChange& change) { self->m_broadcasts->catalogChanged(change); },
            [self] { self->m_broadcasts->refreshCatalog(); },
            [self](const QString& account) { self->m_broadcasts->rolesChanged(account); },
            [self](const QString& channel) { self->m_broadcasts->onAirSwitched(channel); },
            [self](const protocol::Announcement& a) { self->m_broadcasts->announced(a); }});
    if (!services) return services.unexpected();
    s->m_services = std::move(*services);
    auto fanout = s->startFanout();
    if (!fanout) return fanout.unexpected();
    s->m_broadcasts = std::make_unique<EventBroadcasts>(
        s->m_services->catalog(), s->m_services->onAir(), s->m_services->announcements(),
        s->m_fanout.get(),
        EventBroadcasts::Hooks{
            [self](const QByteArray& frame) { self->broadcastToSignedIn(frame); },
            [self](const QString& title) {
                if (self->m_services) self->m_services->setEventName(title);
            },
            [self](const QString& account) { self->pushRoles(account); }});
    RoomSettings settings;
    settings.retention = s->m_config.retention;
    settings.presenceIntervalMs = s->m_config.presenceIntervalMs;
    settings.rulesOf = [self](const QString& room) {
        return self->m_services->catalog().live().index->roomRules.value(room);
    };
    if (s->m_fanout) {
        Fanout* f = s->m_fanout.get();
        settings.onAppended = [f](const QString& room, qint64 seq) { f->publish(room, seq); };
        s->m_presence = std::make_unique<PresenceExchange>(
            *f, s->m_metrics, s->m_config.presenceTtlMs, s->m_config.presenceIntervalMs,
            s->m_config.maxRooms);
        PresenceExchange* p = s->m_presence.get();
        settings.remote = &p->remote();
        settings.onPresenceChanged = [p](const QString& room) { p->localChanged(room); };
    }
    s->m_rooms = std::make_unique<RoomRegistry>(*s->m_store, s->m_metrics, std::move(settings),
                                                s->m_config.maxRooms);
    auto loaded = s->m_rooms->load();
    if (!loaded) return loaded.unexpected();
    if (s->m_presence) s->m_presence->attach(*s->m_rooms);
    if (s->m_store->shared()) {
        Server* raw = s.get();
        s->m_catchupTimer.setInterval(s->m_config.catchupIntervalMs);
        connect(&s->m_catchupTimer, &QTimer::timeout, raw, [raw] {
            if (raw->m_fanout) (void)raw->m_fanout->check();
            raw->catchUpAll();
        });
        s->m_catchupTimer.start();
        if (s->m_fanout) {
            connect(s->m_fanout.get(), &Fanout::notice, raw, &Server::onNotice);
            connect(s->m_fanout.get(), &Fanout::subscribed, raw, &Server::catchUpAll);
        }
    }

    s->m_partySweep = std::make_unique<PartySweep>(
        s->m_services->parties(), *s->m_rooms, *s->m_accounts, s->m_config.partyExpiryMinutes,
        [server = s.get()](const QString& account) { server->pushRoles(account); });
    s->m_partySweep->start();

    // Guides' views and markers (1.5): relayed here and, with a fan-out, through the others.
    s->m_views = s->m_fanout ? std::make_unique<ViewRelay>(*s->m_fanout, *s->m_rooms)
                             : std::make_unique<ViewRelay>();
    protocol::DecodeLimits limits;
    limits.maxTextChars = s->m_config.maxTextChars;
    s->m_context.reset(new SessionContext{s->m_config,
                                          s->m_jwt,
                                          *s->m_rooms,
                                          s->m_metrics,
                                          s->m_sendLimiter,
                                          limits,
                                          {},
                                          s->m_accounts.get(),
                                          &s->m_services->catalog(),
                                          &s->m_services->onAir(),
                                          &s->m_services->parties(),
                                          s->m_views.get()});
    if (s->m_config.deliveryThreads >= 2)
        for (int i = 0; i < s->m_config.deliveryThreads; ++i)
            s->m_shards.push_back(std::make_unique<DeliveryShard>(i));
    s->m_connectionCap = s->m_config.maxConnections;
    s->m_acceptRetry.setSingleShot(true);
    s->m_acceptRetry.setInterval(1000);
    Server* server = s.get();
    connect(&s->m_acceptRetry, &QTimer::timeout, server, [server] {
        if (server->m_shuttingDown || !server->m_http) return;
        for (QTcpServer* t : server->m_http->servers()) t->resumeAccepting();
    });
    s->m_http = std::make_unique<HttpApi>();
    s->addRoutes();
    // After the server's own routes, the fan-out and the broadcasts (an import at start tells
    // every client) and the rooms (the BanApi's).
    if (auto added = s->m_services->addRoutes(*s->m_http, *s->m_rooms); !added)
        return added.unexpected();
    connect(s->m_http.get(), &QAbstractHttpServer::newWebSocketConnection, s.get(),
            &Server::onNewWebSocket);
    return s;
}

omk::Expected<void> Server::openStore() {
    if (m_config.store == ServerConfig::Store::Sqlite) {
        auto store = SqliteRoomStore::open(m_config.db, m_config.syncFull);
        if (!store) return store.unexpected();
        m_store = std::move(*store);
        return {};
    }
    auto params = parsePostgresUrl(m_config.postgres);
    if (!params) return omk::fail(QStringLiteral("postgres: ") + params.error().message);
    auto store = PostgresRoomStore::open(*params);
    if (!store) return store.unexpected();
    m_store = std::move(*store);
    return {};
}

omk::Expected<void> Server::startFanout() {
    switch (m_config.fanout) {
        case ServerConfig::Fanout::None:
            return {};
        case ServerConfig::Fanout::Redis: {
            auto params = parseRedisUrl(m_config.redis);
            if (!params) return omk::fail(QStringLiteral("redis: ") + params.error().message);
            auto f = std::make_unique<RedisFanout>(*params, m_config.fanoutChannel);
            auto started = f->start(10000);
            if (!started) return started.unexpected();
            m_fanout = std::move(f);
            return {};
        }
        case ServerConfig::Fanout::Postgres: {
            auto params = parsePostgresUrl(m_config.postgres);
            if (!params) return omk::fail(QStringLiteral("postgres: ") + params.error().message);
            auto f = std::make_unique<PostgresFanout>(*params, m_config.fanoutChannel);
            auto started = f->start();
            if (!started) return started.unexpected();
            m_fanout = std::move(f);
            return {};
        }
    }
    return {};
}

void Server::onNotice(const QString& room, qint64 seq) {
    ++m_metrics.fanoutNotices;
    if (m_broadcasts->onNotice(room, seq)) return;
    // Rooms nobody here has joined are loaded (with everything in them) on their first join.
    Room* r = m_rooms ? m_rooms->find(room) : nullptr;
    if (!r || seq <= r->head()) return;
    auto caught = r->catchUp();
    if (!caught)
        qCWarning(lcServer).noquote()
            << logLine("catchup_failed", {{"room", room}, {"reason", caught.error().message}});
}

void Server::pushRoles(const QString& account) {
    auto found = m_accounts->byId(account);
    if (!found || !*found) return;  // the store failed, or no such account: nothing to tell
    const auto sessions = m_sessions.values();  // a copy: sending may end a session
    for (ClientSession* s : sessions)
        if (m_sessions.contains(s) && s->account() == account) s->rolesChanged((*found)->roles);
}

void Server::broadcastToSignedIn(const QByteArray& bytes) {
    const QString frame = QString::fromUtf8(bytes);
    QHash<DeliveryShard*, QList<ShardSocket*>> byShard;
    // A copy: delivering may close a connection, which ends its session.
    const auto sessions = m_sessions.values();
    for (ClientSession* s : sessions) {
        if (!m_sessions.contains(s) || !s->welcomed()) continue;
        if (ShardSocket* socket = s->shardSocket())
            byShard[&socket->shard()].append(socket);
        else
            s->deliver(frame);
    }
    // One shared frame per delivery shard, as a room's broadcast does.
    for (auto it = byShard.cbegin(); it != byShard.cend(); ++it) {
        it.key()->post(frame, it.value());
        m_metrics.messagesSent += it.value().size();
    }
}

void Server::catchUpAll() {
    if (!m_rooms || !m_store->shared()) return;
    m_broadcasts->refreshAll();
    auto heads = m_store->heads();
    if (!heads) {
        qCWarning(lcServer).noquote()
            << logLine("catchup_failed", {{"reason", heads.error().message}});
        return;
    }
    for (Room* r : m_rooms->all()) {
        if (heads->value(r->name(), 0) <= r->head()) continue;
        auto caught = r->catchUp();
        if (!caught)
            qCWarning(lcServer).noquote() << logLine(
                "catchup_failed", {{"room", r->name()}, {"reason", caught.error().message}});
    }
}

void Server::addRoutes() {
    m_http->addRoute(QStringLiteral("/health"), [this](const QHttpServerRequest&) {
        const auto db = m_store->check();
        const auto fan = m_fanout ? m_fanout->check() : omk::Expected<void>();
        // A fan-out outage only slows cross-server delivery to catchup_interval_ms: degraded,
        // still serving.
        const QString status = !db    ? QStringLiteral("fail")
                               : !fan ? QStringLiteral("degraded")
                                      : QStringLiteral("ok");
        QJsonObject o{{QStringLiteral("status"), status},
                      {QStringLiteral("store"), m_store->kind()},
                      {QStringLiteral("fanout"), QLatin1String(fanoutName(m_config.fanout))},
                      {QStringLiteral("protocol"), protocol::kVersion},
                      {QStringLiteral("version"), QStringLiteral(OMNIKAST_SERVER_VERSION)},
                      {QStringLiteral("server_time"), wallMs()},
                      {QStringLiteral("connections"), connections()},
                      {QStringLiteral("rooms"), m_rooms->size()},
                      {QStringLiteral("shutting_down"), m_shuttingDown}};
        if (m_presence) {
            o.insert(QStringLiteral("presence_instance"), m_presence->instance());
            o.insert(QStringLiteral("presence_remote_instances"), m_presence->remote().instances());
            o.insert(QStringLiteral("presence_remote_viewers"),
                     m_presence->remote().totalViewers());
        }
        if (!db) o.insert(QStringLiteral("store_error"), db.error().message);
        if (!fan) o.insert(QStringLiteral("fanout_error"), fan.error().message);
        HttpResponse r;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (!db || m_shuttingDown) r.status = QHttpServerResponder::StatusCode::ServiceUnavailable;
        return r;
    });
    m_http->addRoute(QStringLiteral("/metrics"), [this](const QHttpServerRequest&) {
        HttpResponse r;
        Metrics::Gauges g;
        g.connections = connections();
        g.rooms = m_rooms->size();
        g.viewers = m_rooms->viewers();
        if (m_presence) {
            g.remoteInstances = m_presence->remote().instances();
            g.remoteViewers = m_presence->remote().totalViewers();
            g.presenceDropped = m_presence->remote().dropped();
        }
        r.body = m_metrics.prometheusText(g);
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return r;
    });
    m_http->addRoute(QStringLiteral("/catalog.json"), [this](const QHttpServerRequest&) {
        const LiveCatalog& live = m_services->catalog().live();
        if (live.version == 0)
            return errorResponse(QHttpServerResponder::StatusCode::NotFound, "no_catalog",
                                 QStringLiteral("this server serves no catalog"));
        HttpResponse r;
        r.body = live.body;
        r.etag = live.etag;
        return r;
    });
    m_http->addRoute(QStringLiteral("/openapi.json"), [](const QHttpServerRequest&) {
        HttpResponse r;
        r.body = openApiDocument();
        return r;
    });
}

omk::Expected<quint16> Server::listen() {
    QHostAddress address;
    if (!address.setAddress(m_config.listen))
        return omk::fail(QStringLiteral("not an IP address: %1").arg(m_config.listen));
    const quint16 port = m_http->listen(address, quint16(m_config.port));
    if (port == 0)
        return omk::fail(
            QStringLiteral("cannot listen on %1:%2").arg(m_config.listen).arg(m_config.port));
    m_port = port;
    // A full descriptor table makes accept() fail and clients hang in "connecting": take what
    // the hard limit allows, and where max_connections still cannot fit, refuse connections past
    // what does fit with too_many_connections (4029) while descriptors remain to say so.
    const qint64 fds = core::raiseOpenFileLimit();
    if (fds > 0 && fds < qint64(m_config.maxConnections) + core::kReservedFds) {
        m_connectionCap = int(std::max<qint64>(1, fds - core::kReservedFds));
        qCWarning(lcServer).noquote()
            << logLine("fd_limit", {{"limit", QString::number(fds)},
                                    {"max_connections", QString::number(m_config.maxConnections)},
                                    {"connections_cap", QString::number(m_connectionCap)},
                                    {"hint", QStringLiteral("raise LimitNOFILE / ulimit -n")}});
    }
    for (QTcpServer* t : m_http->servers())
        connect(t, &QTcpServer::acceptError, this, &Server::onAcceptError);
    qCInfo(lcServer).noquote() << logLine(
        "listening",
        {{"address", m_config.listen},
         {"port", QString::number(port)},
         {"store", m_store->kind()},
         {"fanout", QLatin1String(fanoutName(m_config.fanout))},
         {"db", m_config.store == ServerConfig::Store::Sqlite ? m_config.db : QStringLiteral("-")},
         {"rooms", QString::number(m_rooms->size())}});
    return port;
}

void Server::onAcceptError(QAbstractSocket::SocketError error) {
    ++m_metrics.connectionsRefused;
    qCWarning(lcServer).noquote() << logLine(
        "accept_failed", {{"error", QString::number(int(error))},
                          {"reason", error == QAbstractSocket::SocketResourceError
                                         ? QStringLiteral("out of file descriptors")
                                         : QStringLiteral("accept failed")},
                          {"connections", QString::number(connections())}});
    // QTcpServer pauses accepting after a failed accept and never resumes by itself: without
    // this, one full moment would leave the port deaf for good.
    if (!m_acceptRetry.isActive()) m_acceptRetry.start();
}

QTcpSocket* Server::tcpSocketOf(const QWebSocket& socket) const {
    // QWebSocket does not parent its TCP socket, which stays the listening QTcpServer's child;
    // both have to move to a shard, so it is found by its ports.
    for (QTcpServer* t : m_http->servers())
        for (QTcpSocket* c : t->findChildren<QTcpSocket*>(QString(), Qt::FindDirectChildrenOnly))
            if (c->peerPort() == socket.peerPort() && c->localPort() == socket.localPort() &&
                c->peerAddress() == socket.peerAddress())
                return c;
    return nullptr;
}

ClientSession* Server::startSession(std::unique_ptr<QWebSocket> socket, QTcpSocket* tcp) {
    ShardSocket* remote = nullptr;
    if (tcp) {
        DeliveryShard& shard = *m_shards[m_nextShard++ % m_shards.size()];
        remote = new ShardSocket(std::move(socket), tcp, shard);
    }
    auto* session = new ClientSession(std::move(socket), remote, *m_context, this);
    if (remote) remote->start();
    m_sessions.insert(session);
    connect(session, &ClientSession::finished, this, [this](ClientSession* s) {
        if (m_sessions.remove(s)) s->deleteLater();
    });
    return session;
}

void Server::onNewWebSocket() {
    while (m_http->hasPendingWebSocketConnections()) {
        auto socket = m_http->nextPendingWebSocketConnection();
        if (!socket) break;
        if (m_shuttingDown || connections() + m_handingOver >= m_connectionCap) {
            ++m_metrics.connectionsRefused;
            const auto error = protocol::toJson(
                protocol::ErrorMessage{QString::fromLatin1(protocol::error::kTooManyConnections),
                                       m_shuttingDown ? QStringLiteral("shutting down")
                                                      : QStringLiteral("the server is full"),
                                       {},
                                       {},
                                       {}});
            socket->sendTextMessage(QString::fromUtf8(protocol::toFrame(error)));
            socket->close(QWebSocketProtocol::CloseCode(m_shuttingDown
                                                            ? protocol::close::kGoingAway
                                                            : protocol::close::kTooManyConnections),
                          QStringLiteral("refused"));
            // Owned by the server until the peer has gone, so none outlives it.
            QWebSocket* raw = socket.release();
            raw->setParent(this);
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            continue;
        }
        ++m_metrics.connectionsAccepted;
        // Frames a little above the limit still arrive, to be answered with too_large; far above
        // it the socket refuses them itself (close 1009) before buffering them.
        const qint64 hardCap = qint64(m_config.maxFrameBytes) * 4;
        socket->setMaxAllowedIncomingFrameSize(quint64(hardCap));
        socket->setMaxAllowedIncomingMessageSize(quint64(hardCap));
        // A room sends many small frames to each socket: with Nagle's algorithm on, a frame waits
        // for the ACK of the one before it, which the client may delay by up to 40 ms; that
        // was most of the fan-out p99 (docs/PERFORMANCE.md, "Room fan-out").
        QTcpSocket* tcp = tcpSocketOf(*socket);
        if (tcp) tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_shards.empty()) {
            startSession(std::move(socket), nullptr);
            continue;
        }
        if (!tcp) {
            qCWarning(lcServer).noquote() << logLine(
                "shard_unavailable", {{"reason", QStringLiteral("TCP socket not found")}});
            startSession(std::move(socket), nullptr);
            continue;
        }
        // Handed to a shard one event-loop turn later: this runs inside the TCP socket's own
        // read handler, which re-arms its notifier on this thread when it returns, so moving
        // the socket now would leave it deaf on the shard. Until then the Server owns it.
        QWebSocket* raw = socket.release();
        raw->setParent(this);
        ++m_handingOver;
        // Frames read before the hand-over have no session yet: kept, and given to it first.
        auto early = std::make_shared<QList<std::variant<QString, QByteArray>>>();
        const auto text = connect(raw, &QWebSocket::textMessageReceived, this,
                                  [early](const QString& t) { early->append(t); });
        const auto binary = connect(raw, &QWebSocket::binaryMessageReceived, this,
                                    [early](const QByteArray& b) { early->append(b); });
        QMetaObject::invokeMethod(
            this,
            [this, raw, tcp, early, text, binary] {
                --m_handingOver;
                disconnect(text);
                disconnect(binary);
                raw->setParent(nullptr);
                std::unique_ptr<QWebSocket> ws(raw);
                if (ws->state() != QAbstractSocket::ConnectedState) return;
                ClientSession* session = startSession(std::move(ws), tcp);
                for (const auto& frame : *early)
                    std::visit([session](const auto& f) { session->receive(f); }, frame);
            },
            Qt::QueuedConnection);
    }
}

void Server::shutdown() {
    if (m_shuttingDown) return;
    m_shuttingDown = true;
    if (m_http)
        for (QTcpServer* t : m_http->servers()) t->close();
    m_catchupTimer.stop();
    for (ClientSession* s : std::as_const(m_sessions))
        s->closeWith(protocol::close::kGoingAway, QStringLiteral("server shutting down"));
    // The last notices tell the other servers about this one's last appends now rather than at
    // their next catch-up, and that its viewers are gone rather than at their expiry.
    if (m_presence) m_presence->withdrawAll();
    if (m_fanout) m_fanout->flush(500);
    qCInfo(lcServer).noquote() << logLine("shutdown",
                                          {{"sessions", QString::number(connections())}});
}

}  // namespace omk::server
