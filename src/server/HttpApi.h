#pragma once
// The HTTP side of the one listening port: GET routes (/health, /metrics, /openapi.json, the
// catalog) answered from handlers, POST routes (/auth/…) answered now or later; WebSocket
// upgrades on /ws are handed to the Server through QAbstractHttpServer::newWebSocketConnection.
// Threading: the server's event-loop thread.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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
    QList<QPair<QByteArray, QByteArray>> headers;  // more headers (Retry-After, Cache-Control)
};

// A POST or PUT request as its handler sees it.
struct PostRequest {
    QByteArray body;
    QHostAddress peer;
    QString acceptLanguage;
    QByteArray authorization;  // the Authorization header (the admin API's bearer token)
    QByteArray ifMatch;        // the If-Match header (PUT /admin/catalog, the catalog edits)
    QString pathId;            // a pattern route's first {…} segment, percent-decoded
    QStringList pathIds;       // all of its {…} segments, in order, percent-decoded
};

// POST bodies above this are refused with 413 before any handler runs.
inline constexpr qsizetype kMaxPostBytes = 8 * 1024;

class HttpApi final : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const QHttpServerRequest&)>;
    // Called once, now or later (after a mail is sent), on this thread; a reply to a client that
    // has gone is dropped.
    using Reply = std::function<void(const HttpResponse&)>;
    using PostHandler = std::function<void(const PostRequest&, Reply)>;

    explicit HttpApi(QObject* parent = nullptr);

    // GET (and HEAD) on exactly this path. The seam for later endpoints (the catalog).
    void addRoute(const QString& path, Handler handler);
    // POST on exactly this path (the /auth endpoints); answers are never cached (no-store).
    void addPostRoute(const QString& path, PostHandler handler);
    // PUT on exactly this path, bodies up to maxBytes (PUT /admin/catalog); a path may have GET,
    // POST, PUT, PATCH and DELETE, and a method it lacks is answered 405 with the ones it has.
    void addPutRoute(const QString& path, PostHandler handler, qsizetype maxBytes);
    // POST on paths of this pattern, with one {id} path segment ("/admin/channels/{id}/on-air"):
    // the handler finds the segment, percent-decoded, in PostRequest::pathId.
    void addPostPatternRoute(const QString& pattern, PostHandler handler);

    enum class Verb { Post, Put, Patch, Delete };
    // Any writing method on a path or a pattern of whole segments, each "{name}" standing for
    // one non-empty segment ("/admin/channels/{id}/streams/{index}"): the handler finds them in
    // PostRequest::pathIds. A path without "{" is matched before any pattern.
    void addWriteRoute(Verb verb, const QString& pattern, PostHandler handler,
                       qsizetype maxBytes = kMaxPostBytes);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QHash<QString, Handler> m_routes;
    struct WriteRoute {
        Verb verb;
        QStringList segments;  // the pattern split at "/"; "{…}" ones match any segment
        PostHandler handler;
        qsizetype maxBytes = 0;
    };
    QList<WriteRoute> m_writeRoutes;  // exact paths first, then patterns, each in added order
};

// The OpenAPI document, the same bytes as docs/openapi.json (compiled in as a resource).
QByteArray openApiDocument();

}  // namespace omk::server
