#include "room/ApiAnswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

}  // namespace omk::room
