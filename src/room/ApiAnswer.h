#pragma once
// How the viewer reads an answer of omnikast-server's JSON APIs (/auth/*, /admin/*): 2xx with a
// JSON body, or an error {"error": CODE, "message": SENTENCE}; no answer at all is "network",
// an error without a code "bad_reply". One reading for AccountClient and AdminClient.
// Threading: a pure function of a finished reply.

#include <QJsonObject>
#include <QString>

class QNetworkReply;

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

}  // namespace omk::room
