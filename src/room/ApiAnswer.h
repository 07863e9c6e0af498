#pragma once
// How the viewer asks omnikast-server's JSON APIs (/auth/*, /admin/*, /parties) and reads their
// answers: 2xx with a JSON body, or an error {"error": CODE, "message": SENTENCE}; no answer at
// all is "network", an error without a code "bad_reply". One request and one reading for
// AccountClient, AdminClient and PartyClient.
// Threading: sendApiRequest on the manager's thread; readApiAnswer a pure function of a finished
// reply.

#include <QJsonObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace omk::room {

struct ApiAnswer {
    bool ok = false;
    int status = 0;  // 0: no answer
    QJsonObject body;
    QString errorCode;  // when not ok
    QString message;
    int retryAfterS = 0;  // Retry-After, where given
};

ApiAnswer readApiAnswer(QNetworkReply& reply);

// verb (GET, DELETE, or one with a JSON body: POST, PUT, PATCH) on base + path (+ ?query, already
// encoded), with the bearer token and If-Match where not empty. The caller owns the reply.
QNetworkReply* sendApiRequest(QNetworkAccessManager& http, const QUrl& base, const QByteArray& verb,
                              const QString& path, const QString& query, const QJsonObject& body,
                              const QString& bearer, const QByteArray& ifMatch = {});

}  // namespace omk::room
