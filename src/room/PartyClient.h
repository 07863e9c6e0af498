#pragma once
// The viewer's side of omnikast-server's watch parties (docs/PROTOCOL.md "Watch parties"): open
// one (a signed-in account's token), read a party's name from its room id (anyone), redeem its
// invite (a signed-in account). Every answer comes back as an ApiAnswer: the JSON body, or the
// server's error code (party_limit, no_party, invite_invalid, invite_expired, account_required,
// …) and sentence, or "network"/"no_server".
// Threading: GUI (or any one) thread; callbacks run on it.

#include "room/ApiAnswer.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace omk::room {

class PartyClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ApiAnswer&)>;

    explicit PartyClient(QObject* parent = nullptr);

    // The room server as the viewer knows it (ws://host:port/ws); the API is beside it.
    void setServer(const QString& roomServerUrl);
    bool hasServer() const { return m_base.isValid() && !m_base.host().isEmpty(); }
    QUrl httpBase() const { return m_base; }

    // POST /parties: {room, name, invite_only, invite, invite_expires_ms, link?}.
    void open(const QString& bearer, const QString& name, bool inviteOnly, Done done);
    // GET /parties?room=ROOM: {room, name, invite_only}.
    void describe(const QString& room, Done done);
    // POST /parties/join: {room, name}.
    void redeem(const QString& bearer, const QString& room, const QString& invite, Done done);

private:
    void send(const QByteArray& verb, const QString& path, const QString& query,
              const QJsonObject& body, const QString& bearer, Done done);

    QNetworkAccessManager* m_http;
    QUrl m_base;
};

}  // namespace omk::room
