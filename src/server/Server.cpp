#include "Server.h"

#include "ClientSession.h"
#include "Clock.h"
#include "Log.h"
#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"
#include "protocol/ErrorCodes.h"
#include "protocol/Protocol.h"
#include "protocol/ServerMessage.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

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
    m_http.reset();
    m_rooms.reset();
    m_store.reset();
}

omk::Expected<std::unique_ptr<Server>> Server::create(ServerConfig config) {
    auto secret = requireSecret(config);
    if (!secret) return secret.unexpected();
    std::unique_ptr<Server> s(new Server(std::move(config)));
    if (!s->m_config.catalog.isEmpty()) {
        // Checked once at start: a server must not come up serving a catalog no client can read.
        auto catalog = catalog::importCatalogFile(s->m_config.catalog);
        if (!catalog) return omk::fail(QStringLiteral("catalog: ") + catalog.error().message);
        s->m_catalogJson = catalog::writeOmnikastCatalog(*catalog);
        s->m_catalogEtag = '"' +
                           QCryptographicHash::hash(s->m_catalogJson, QCryptographicHash::Sha256)
                               .toHex()
                               .left(32) +
                           '"';
    }
    auto store = SqliteRoomStore::open(s->m_config.db, s->m_config.syncFull);
    if (!store) return store.unexpected();
    s->m_store = std::move(*store);
    s->m_rooms = std::make_unique<RoomRegistry>(
        *s->m_store, s->m_metrics,
        RoomSettings{s->m_config.retention, s->m_config.presenceIntervalMs}, s->m_config.maxRooms);
    auto loaded = s->m_rooms->load();
    if (!loaded) return loaded.unexpected();

    protocol::DecodeLimits limits;
    limits.maxTextChars = s->m_config.maxTextChars;
    s->m_context.reset(new SessionContext{
        s->m_config, s->m_jwt, *s->m_rooms, s->m_metrics, s->m_sendLimiter, limits, {}});
    s->m_http = std::make_unique<HttpApi>();
    s->addRoutes();
    connect(s->m_http.get(), &QAbstractHttpServer::newWebSocketConnection, s.get(),
            &Server::onNewWebSocket);
    return s;
}

void Server::addRoutes() {
    m_http->addRoute(QStringLiteral("/health"), [this](const QHttpServerRequest&) {
        const auto db = m_store->check();
        QJsonObject o{
            {QStringLiteral("status"), db ? QStringLiteral("ok") : QStringLiteral("fail")},
            {QStringLiteral("protocol"), protocol::kVersion},
            {QStringLiteral("version"), QStringLiteral(OMNIKAST_SERVER_VERSION)},
            {QStringLiteral("server_time"), wallMs()},
            {QStringLiteral("connections"), connections()},
            {QStringLiteral("rooms"), m_rooms->size()},
            {QStringLiteral("shutting_down"), m_shuttingDown}};
        if (!db) o.insert(QStringLiteral("store_error"), db.error().message);
        HttpResponse r;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (!db || m_shuttingDown) r.status = QHttpServerResponder::StatusCode::ServiceUnavailable;
        return r;
    });
    m_http->addRoute(QStringLiteral("/metrics"), [this](const QHttpServerRequest&) {
        HttpResponse r;
        r.body = m_metrics.prometheusText(connections(), m_rooms->size(), m_rooms->viewers());
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return r;
    });
    if (!m_catalogJson.isEmpty())
        m_http->addRoute(QStringLiteral("/catalog.json"), [this](const QHttpServerRequest&) {
            HttpResponse r;
            r.body = m_catalogJson;
            r.etag = m_catalogEtag;
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
    qCInfo(lcServer).noquote() << logLine("listening",
                                          {{"address", m_config.listen},
                                           {"port", QString::number(port)},
                                           {"db", m_config.db},
                                           {"rooms", QString::number(m_rooms->size())}});
    return port;
}

void Server::onNewWebSocket() {
    while (m_http->hasPendingWebSocketConnections()) {
        auto socket = m_http->nextPendingWebSocketConnection();
        if (!socket) break;
        if (m_shuttingDown || connections() >= m_config.maxConnections) {
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
        auto* session = new ClientSession(std::move(socket), *m_context, this);
        m_sessions.insert(session);
        connect(session, &ClientSession::finished, this, [this](ClientSession* s) {
            if (m_sessions.remove(s)) s->deleteLater();
        });
    }
}

void Server::shutdown() {
    if (m_shuttingDown) return;
    m_shuttingDown = true;
    if (m_http)
        for (QTcpServer* t : m_http->servers()) t->close();
    for (ClientSession* s : std::as_const(m_sessions))
        s->closeWith(protocol::close::kGoingAway, QStringLiteral("server shutting down"));
    qCInfo(lcServer).noquote() << logLine("shutdown",
                                          {{"sessions", QString::number(connections())}});
}

}  // namespace omk::server
