#include "server/HttpApi.h"

#include "server/Log.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

namespace omk::server {

namespace {
QByteArray jsonError(const char* code, const QString& message) {
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
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

bool HttpApi::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const QString path = request.url().path();
    // Qt 6.4 asks this function whether to take an upgrade: true (and nothing written) hands the
    // socket to the WebSocket side. Upgrades are taken on the WebSocket path only.
    if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
        return path == QLatin1String(kWebSocketPath);
    const auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd()) return false;
    auto responder = makeResponder(request, socket);
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        responder.write(jsonError("method_not_allowed", QStringLiteral("only GET")),
                        QByteArrayLiteral("application/json"),
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    const HttpResponse r = (*it)(request);
    const bool head = method == QHttpServerRequest::Method::Head;
    if (r.etag.isEmpty()) {
        responder.write(head ? QByteArray() : r.body, r.contentType, r.status);
        return true;
    }
    if (request.value(QByteArrayLiteral("if-none-match")) == r.etag) {
        responder.write(QByteArray(), {{QByteArrayLiteral("ETag"), r.etag}},
                        QHttpServerResponder::StatusCode::NotModified);
        return true;
    }
    responder.write(
        head ? QByteArray() : r.body,
        {{QByteArrayLiteral("Content-Type"), r.contentType}, {QByteArrayLiteral("ETag"), r.etag}},
        r.status);
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    auto responder = makeResponder(request, socket);
    responder.write(jsonError("not_found", QStringLiteral("no such path: ") + request.url().path()),
                    QByteArrayLiteral("application/json"),
                    QHttpServerResponder::StatusCode::NotFound);
}

}  // namespace omk::server
