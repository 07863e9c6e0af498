#include "server/HttpJson.h"

#include "server/Log.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace omk::server {

using Status = QHttpServerResponder::StatusCode;

HttpResponse jsonResponse(Status status, const QJsonObject& body) {
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse errorResponse(Status status, const char* code, const QString& message) {
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                            {QStringLiteral("message"), message}});
}

HttpResponse errorResponse(Status status, const omk::Error& error) {
    return jsonResponse(status,
                        QJsonObject{{QStringLiteral("error"),
                                     error.code.isEmpty() ? QStringLiteral("storage") : error.code},
                                    {QStringLiteral("message"), error.message}});
}

HttpResponse noStore(HttpResponse r) {
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

HttpResponse storageFailed(const char* what, const QString& why) {
    qCWarning(lcServer).noquote() << logLine(what, {{"reason", why}});
    return errorResponse(Status::ServiceUnavailable, "storage", QStringLiteral("try again later"));
}

std::optional<QJsonObject> bodyObject(const PostRequest& r, HttpApi::Reply& reply) {
    QJsonParseError e{};
    const auto doc = QJsonDocument::fromJson(r.body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        reply(errorResponse(Status::BadRequest, "bad_json",
                            QStringLiteral("the body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> stringField(const QJsonObject& o, const char* name, HttpApi::Reply& reply,
                                   int maxChars) {
    const auto v = o.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxChars) {
        reply(errorResponse(
            Status::BadRequest, "bad_request",
            QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(name))));
        return std::nullopt;
    }
    return v.toString();
}

}  // namespace omk::server
