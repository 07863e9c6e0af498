#include "room/PartyClient.h"

#include "room/AccountClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace omk::room {

PartyClient::PartyClient(QObject* parent)
    : QObject(parent), m_http(new QNetworkAccessManager(this)) {
    m_http->setTransferTimeout(20000);
}

void PartyClient::setServer(const QString& roomServerUrl) {
    m_base = AccountClient::httpBaseOf(roomServerUrl);
}

void PartyClient::open(const QString& bearer, const QString& name, bool inviteOnly, Done done) {
    send("POST", QStringLiteral("/parties"), {},
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("invite_only"), inviteOnly}},
         bearer, std::move(done));
}

void PartyClient::describe(const QString& room, Done done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("room"), room);
    send("GET", QStringLiteral("/parties"), q.toString(QUrl::FullyEncoded), {}, {},
         std::move(done));
}

void PartyClient::redeem(const QString& bearer, const QString& room, const QString& invite,
                         Done done) {
    send("POST", QStringLiteral("/parties/join"), {},
         QJsonObject{{QStringLiteral("room"), room}, {QStringLiteral("invite"), invite}}, bearer,
         std::move(done));
}

void PartyClient::send(const QByteArray& verb, const QString& path, const QString& query,
                       const QJsonObject& body, const QString& bearer, Done done) {
    if (!hasServer()) {
        ApiAnswer a;
        a.errorCode = QStringLiteral("no_server");
        a.message = tr("This event has no Omnikast server to watch together on.");
        done(a);
        return;
    }
    QNetworkReply* reply = sendApiRequest(*m_http, m_base, verb, path, query, body, bearer);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(readApiAnswer(*reply));
    });
}

}  // namespace omk::room
