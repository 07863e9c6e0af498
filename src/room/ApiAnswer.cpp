#include "room/ApiAnswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace omk::room {

ApiAnswer readApiAnswer(QNetworkReply& reply) {
    ApiAnswer a;
    a.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (a.status == 0) {
        a.errorCode = QStringLiteral("network");
        a.message = QCoreApplication::translate("omk::room::ApiAnswer", "Cannot reach %1: %2")
                        .arg(reply.url().host(), reply.errorString());
        return a;
    }
    a.body = QJsonDocument::fromJson(reply.readAll()).object();
    if (a.status >= 200 && a.status < 300) {
        a.ok = true;
        return a;
    }
    a.errorCode = a.body.value(QStringLiteral("error")).toString();
    a.message = a.body.value(QStringLiteral("message")).toString();
    a.retryAfterS = reply.rawHeader("Retry-After").toInt();
    if (a.errorCode.isEmpty()) {
        a.errorCode = QStringLiteral("bad_reply");
        a.message = QCoreApplication::translate("omk::room::ApiAnswer", "The server answered %1.")
                        .arg(a.status);
    }
    return a;
}

QNetworkReply* sendApiRequest(QNetworkAccessManager& http, const QUrl& base, const QByteArray& verb,
                              const QString& path, const QString& query, const QJsonObject& body,
                              const QString& bearer, const QByteArray& ifMatch) {
    QUrl url = base;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty()) url.setQuery(query, QUrl::StrictMode);
    QNetworkRequest req(url);
    if (!bearer.isEmpty()) req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    if (!ifMatch.isEmpty()) req.setRawHeader("If-Match", ifMatch);
    if (verb == "GET") return http.get(req);
    if (verb == "DELETE") return http.deleteResource(req);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return http.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

}  // namespace omk::room
