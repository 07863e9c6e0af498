#include "server/HttpApi.h"

#include "server/Log.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace omk::server {

namespace {
QByteArray jsonError(const char* code, const QString& message) {
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}
const char* reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 202:
            return "Accepted";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 409:
            return "Conflict";
        case 412:
            return "Precondition Failed";
        case 413:
            return "Payload Too Large";
        case 415:
            return "Unsupported Media Type";
        case 422:
            return "Unprocessable Content";
        case 428:
            return "Precondition Required";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 501:
            return "Not Implemented";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
    }
}

// Written by hand so an answer can leave after handleRequest() returned (a mail was sent).
void writeResponse(QTcpSocket* socket, const HttpResponse& r) {
    const int status = int(r.status);
    const QByteArray body = status == 204 ? QByteArray() : r.body;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (status != 204) out += "Content-Type: " + r.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (!r.etag.isEmpty()) out += "ETag: " + r.etag + "\r\n";
    for (const auto& h : r.headers) out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

}  // namespace

QByteArray openApiDocument() {
    QFile f(QStringLiteral(":/omnikast/openapi.json"));
    if (!f.open(QIODevice::ReadOnly)) return QByteArrayLiteral("{}");
    return f.readAll();
}

HttpApi::HttpApi(QObject* parent) : QAbstractHttpServer(parent) {}

void HttpApi::addRoute(const QString& path, Handler handler) {
    m_routes.insert(path, std::move(handler));
}

void HttpApi::addPostRoute(const QString& path, PostHandler handler) {
    m_postRoutes.insert(path, std::move(handler));
}

void HttpApi::addPostPatternRoute(const QString& pattern, PostHandler handler) {
    const qsizetype at = pattern.indexOf(QLatin1String("{id}"));
    m_patternRoutes.append(PatternRoute{pattern.left(at), pattern.mid(at + 4), std::move(handler)});
}

const HttpApi::PatternRoute* HttpApi::matchPattern(const QString& path, QString* id) const {
    for (const PatternRoute& r : m_patternRoutes) {
        if (!path.startsWith(r.prefix) || !path.endsWith(r.suffix) ||
            path.size() <= r.prefix.size() + r.suffix.size())
            continue;
        const QString segment =
            path.mid(r.prefix.size(), path.size() - r.prefix.size() - r.suffix.size());
        if (segment.contains(u'/')) continue;
        *id = QUrl::fromPercentEncoding(segment.toUtf8());
        return &r;
    }
    return nullptr;
}

void HttpApi::addPutRoute(const QString& path, PostHandler handler, qsizetype maxBytes) {
    m_putRoutes.insert(path, PutRoute{std::move(handler), maxBytes});
}

bool HttpApi::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const QString path = request.url().path();
    // Qt 6.4 asks this function whether to take an upgrade: true (and nothing written) hands the
    // socket to the WebSocket side. Upgrades are taken on the WebSocket path only.
    if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
        return path == QLatin1String(kWebSocketPath);
    const auto post = m_postRoutes.constFind(path);
    const auto put = m_putRoutes.constFind(path);
    const auto get = m_routes.constFind(path);
    QString pathId;
    const PatternRoute* pattern = matchPattern(path, &pathId);
    const bool hasPost = post != m_postRoutes.constEnd() || pattern;
    const bool hasPut = put != m_putRoutes.constEnd();
    const bool hasGet = get != m_routes.constEnd();
    if (!hasPost && !hasPut && !hasGet) return false;
    const auto method = request.method();
    const bool isGet =
        method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    const bool isPost = method == QHttpServerRequest::Method::Post;
    const bool isPut = method == QHttpServerRequest::Method::Put;
    if (!(isGet && hasGet) && !(isPost && hasPost) && !(isPut && hasPut)) {
        QList<QByteArray> allowed;
        if (hasGet)
            allowed << "GET"
                    << "HEAD";
        if (hasPost) allowed << "POST";
        if (hasPut) allowed << "PUT";
        const QByteArray allow = allowed.join(", ");
        HttpResponse refusal;
        refusal.status = QHttpServerResponder::StatusCode::MethodNotAllowed;
        refusal.body =
            jsonError("method_not_allowed", QStringLiteral("only ") + QString::fromLatin1(allow));
        refusal.headers.append({QByteArrayLiteral("Allow"), allow});
        // HEAD gets the headers only (its Content-Length is the body GET would have had: none).
        if (method == QHttpServerRequest::Method::Head) refusal.body.clear();
        writeResponse(socket, refusal);
        return true;
    }
    if (isPost || isPut) {
        const qsizetype maxBytes = isPut ? put->maxBytes : kMaxPostBytes;
        if (request.body().size() > maxBytes) {
            HttpResponse refusal;
            refusal.status = QHttpServerResponder::StatusCode::PayloadTooLarge;
            refusal.body = jsonError("too_large", QStringLiteral("at most %1 bytes").arg(maxBytes));
            writeResponse(socket, refusal);
            return true;
        }
        PostRequest r{request.body(),
                      socket->peerAddress(),
                      QString::fromLatin1(request.value(QByteArrayLiteral("accept-language"))),
                      request.value(QByteArrayLiteral("authorization")),
                      request.value(QByteArrayLiteral("if-match")),
                      pathId};
        QPointer<QTcpSocket> guard(socket);
        const PostHandler& handler = isPut                             ? put->handler
                                     : post != m_postRoutes.constEnd() ? *post
                                                                       : pattern->handler;
        handler(r, [guard](const HttpResponse& response) {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeResponse(guard.data(), response);
        });
        return true;
    }
    const auto it = get;
    auto responder = makeResponder(request, socket);
    const HttpResponse r = (*it)(request);
    const bool head = method == QHttpServerRequest::Method::Head;
    if (!r.etag.isEmpty() && request.value(QByteArrayLiteral("if-none-match")) == r.etag) {
        // The route's own headers too (Cache-Control: no-store on the admin API's answers).
        responder.writeStatusLine(QHttpServerResponder::StatusCode::NotModified);
        responder.writeHeader(QByteArrayLiteral("ETag"), r.etag);
        for (const auto& h : r.headers) responder.writeHeader(h.first, h.second);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("0"));
        responder.writeBody(QByteArray());
        return true;
    }
    // HEAD: the headers GET would send (its Content-Length too), no body.
    responder.writeStatusLine(r.status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), r.contentType);
    if (!r.etag.isEmpty()) responder.writeHeader(QByteArrayLiteral("ETag"), r.etag);
    for (const auto& h : r.headers) responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size()));
    responder.writeBody(head ? QByteArray() : r.body);
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    auto responder = makeResponder(request, socket);
    responder.write(jsonError("not_found", QStringLiteral("no such path: ") + request.url().path()),
                    QByteArrayLiteral("application/json"),
                    QHttpServerResponder::StatusCode::NotFound);
}

}  // namespace omk::server
