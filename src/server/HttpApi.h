#pragma once
// The HTTP side of the one listening port: GET routes (/health, /metrics, /openapi.json, and
// whatever later increments add, such as the catalog) answered from handlers; WebSocket upgrades
// on /ws are handed to the Server through QAbstractHttpServer::newWebSocketConnection.
// Threading: the server's event-loop thread.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHttpServerResponder>
#include <QString>

#include <functional>

class QHttpServerRequest;

namespace omk::server {

// The one path that accepts WebSocket upgrades.
inline constexpr const char* kWebSocketPath = "/ws";

struct HttpResponse {
    QByteArray body;
    QByteArray contentType = "application/json";
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
    // Set for documents clients cache (the catalog): a request whose If-None-Match names it
    // gets 304 and no body.
    QByteArray etag;
};

class HttpApi final : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const QHttpServerRequest&)>;

    explicit HttpApi(QObject* parent = nullptr);

    // GET (and HEAD) on exactly this path. The seam for later endpoints (the catalog).
    void addRoute(const QString& path, Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QHash<QString, Handler> m_routes;
};

// The OpenAPI document, the same bytes as docs/openapi.json (compiled in as a resource).
QByteArray openApiDocument();

}  // namespace omk::server
