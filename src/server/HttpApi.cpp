#include "server/HttpApi.h"

#include "server/Log.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <optional>

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
        case 201:
            return "Created";
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
        case 410:
            return "Gone";
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

std::optional<HttpApi::Verb> verbOf(QHttpServerRequest::Method method) {
    switch (method) {
        case QHttpServerRequest::Method::Post:
            return HttpApi::Verb::Post;
        case QHttpServerRequest::Method::Put:
            return HttpApi::Verb::Put;
        case QHttpServerRequest::Method::Patch:
            return HttpApi::Verb::Patch;
        case QHttpServerRequest::Method::Delete:
            return HttpApi::Verb::Delete;
        default:
            return std::nullopt;
    }
}

QByteArray verbName(HttpApi::Verb verb) {
    switch (verb) {
        case HttpApi::Verb::Post:
            return QByteArrayLiteral("POST");
        case HttpApi::Verb::Put:
            return QByteArrayLiteral("PUT");
        case HttpApi::Verb::Patch:
            return QByteArrayLiteral("PATCH");
        case HttpApi::Verb::Delete:
            return QByteArrayLiteral("DELETE");
    }
    return {};
}

// Whether a path's segments match a route's; ids: the "{…}" ones, percent-decoded.
bool matches(const QStringList& route, const QStringList& path, QStringList* ids) {
    if (route.size() != path.size()) return false;
    for (qsizetype i = 0; i < route.size(); ++i) {
        if (route[i].startsWith(u'{')) {
            if (path[i].isEmpty()) return false;
            ids->append(QUrl::fromPercentEncoding(path[i].toUtf8()));
        } else if (route[i] != path[i]) {
            return false;
        }
    }
    return true;
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
    addWriteRoute(Verb::Post, path, std::move(handler));
}

void HttpApi::addPostPatternRoute(const QString& pattern, PostHandler handler) {
    addWriteRoute(Verb::Post, pattern, std::move(handler));
}

void HttpApi::addPutRoute(const QString& path, PostHandler handler, qsizetype maxBytes) {
    addWriteRoute(Verb::Put, path, std::move(handler), maxBytes);
}

void HttpApi::addWriteRoute(Verb verb, const QString& pattern, PostHandler handler,
                            qsizetype maxBytes) {
    WriteRoute route{verb, pattern.split(u'/'), std::move(handler), maxBytes};
    if (pattern.contains(u'{')) {
        m_writeRoutes.append(std::move(route));
        return;
    }
    const auto firstPattern =
        std::find_if(m_writeRoutes.begin(), m_writeRoutes.end(), [](const WriteRoute& r) {
            return std::any_of(r.segments.cbegin(), r.segments.cend(),
                               [](const QString& s) { return s.startsWith(u'{'); });
        });
    m_writeRoutes.insert(firstPattern, std::move(route));
}

bool HttpApi::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const QString path = request.url().path();
    // Qt 6.4 asks this function whether to take an upgrade: true (and nothing written) hands the
    // socket to the WebSocket side. Upgrades are taken on the WebSocket path only.
    if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
        return path == QLatin1String(kWebSocketPath);
    const auto get = m_routes.constFind(path);
    const bool hasGet = get != m_routes.constEnd();
    const auto method = request.method();
    const std::optional<Verb> verb = verbOf(method);
    // The writing routes this path matches: which verbs it has, and the one this request takes.
    // Split as sent (percent-encoded: an id may hold a "/", as %2F), each segment decoded once.
    const QStringList segments = request.url().path(QUrl::FullyEncoded).split(u'/');
    bool hasVerb[4] = {};
    const WriteRoute* write = nullptr;
    QStringList pathIds;
    for (const WriteRoute& r : m_writeRoutes) {
        QStringList ids;
        if (!matches(r.segments, segments, &ids)) continue;
        hasVerb[int(r.verb)] = true;
        if (!write && verb == r.verb) {
            write = &r;
            pathIds = ids;
        }
    }
    const bool hasWrite =
        std::any_of(std::begin(hasVerb), std::end(hasVerb), [](bool b) { return b; });
    if (!hasGet && !hasWrite) return false;
    const bool isGet =
        method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    if (!(isGet && hasGet) && !write) {
        QList<QByteArray> allowed;
        if (hasGet)
            allowed << "GET"
                    << "HEAD";
        for (const Verb v : {Verb::Post, Verb::Put, Verb::Patch, Verb::Delete})
            if (hasVerb[int(v)]) allowed << verbName(v);
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
    if (write) {
        const qsizetype maxBytes = write->maxBytes;
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
                      pathIds.value(0),
                      pathIds};
        QPointer<QTcpSocket> guard(socket);
        write->handler(r, [guard](const HttpResponse& response) {
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
