#pragma once
// A TEST DOUBLE for Dreamkast's ActionCable endpoint (/cable). Dreamkast itself needs Rails,
// MySQL and Redis, none of which run here, so this QWebSocketServer on loopback speaks the same
// frames Rails' ActionCable::Connection does (welcome on open, a ping every interval,
// confirm/reject per subscribe command, {identifier, message} broadcasts, disconnect) and
// records what the client sent, so tests can count subscribes and check identifiers.
// broadcastToStream() delivers as Rails does: only to connections subscribed to a channel whose
// stream_from names that stream (ChatChannel: "chat_channel_<roomType><roomId>"), each with the
// identifier it subscribed with.

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

class FakeDreamkastCable : public QObject {
public:
    FakeDreamkastCable()
        : m_server(QStringLiteral("fake-dreamkast"), QWebSocketServer::NonSecureMode) {
        m_server.setSupportedSubprotocols({QStringLiteral("actioncable-v1-json")});
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] { accept(); });
        QObject::connect(&m_pings, &QTimer::timeout, this, [this] {
            for (QWebSocket* s : std::as_const(m_clients))
                if (s)
                    s->sendTextMessage(QStringLiteral(R"({"type":"ping","message":1773100000})"));
        });
    }

    ~FakeDreamkastCable() override {
        // The sockets outlive the members their handlers touch.
        for (QWebSocket* s : std::as_const(m_clients))
            if (s) QObject::disconnect(s, nullptr, this, nullptr);
    }

    QUrl url() const {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/cable").arg(m_server.serverPort()));
    }
    // 0: never ping (a dead link, as the client sees it).
    void setPingInterval(int ms) {
        if (ms > 0)
            m_pings.start(ms);
        else
            m_pings.stop();
    }

    void broadcast(const QString& identifier, const QJsonValue& message) {
        QJsonObject frame{{QStringLiteral("identifier"), identifier},
                          {QStringLiteral("message"), message}};
        sendRaw(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }
    // The stream a subscription listens to, as the channel's `subscribed` computes it.
    static QString streamOf(const QString& identifier) {
        const QJsonObject p = QJsonDocument::fromJson(identifier.toUtf8()).object();
        auto text = [&](const char* key) {
            const QJsonValue v = p.value(QLatin1String(key));
            return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        };
        if (p.value("channel").toString() == QLatin1String("ChatChannel"))
            return QStringLiteral("chat_channel_") + text("roomType") + text("roomId");
        if (p.value("channel").toString() == QLatin1String("OnAirChannel"))
            return QStringLiteral("on_air_") + text("eventAbbr");
        return {};
    }
    // Returns how many subscriptions it reached.
    int broadcastToStream(const QString& stream, const QJsonValue& message) {
        int n = 0;
        for (auto it = m_subs.cbegin(); it != m_subs.cend(); ++it) {
            if (!it.key()) continue;
            for (const QString& identifier : it.value()) {
                if (streamOf(identifier) != stream) continue;
                it.key()->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("identifier"), identifier},
                                              {QStringLiteral("message"), message}})
                        .toJson(QJsonDocument::Compact)));
                ++n;
            }
        }
        return n;
    }
    void sendRaw(const QByteArray& text) {
        for (QWebSocket* s : std::as_const(m_clients))
            if (s) s->sendTextMessage(QString::fromUtf8(text));
    }
    // The server going away under the client (a deploy, a load balancer timeout).
    void dropAll() {
        for (QWebSocket* s : std::as_const(m_clients))
            if (s) s->abort();
    }

    bool rejectSubscriptions = false;
    int connections = 0;
    QStringList subscribes;  // the identifier of every subscribe command, in order
    QString lastOrigin;
    QString lastSubprotocol;

private:
    void accept() {
        while (QWebSocket* s = m_server.nextPendingConnection()) {
            ++connections;
            lastOrigin = s->origin();
            lastSubprotocol = s->subprotocol();
            m_clients.append(s);
            QObject::connect(s, &QWebSocket::textMessageReceived, this,
                             [this, s](const QString& text) { command(s, text); });
            QObject::connect(s, &QWebSocket::disconnected, this, [this, s] { m_subs.remove(s); });
            QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            s->sendTextMessage(QStringLiteral(R"({"type":"welcome"})"));
        }
    }

    void command(QWebSocket* s, const QString& text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString identifier = o.value(QStringLiteral("identifier")).toString();
        const QString command = o.value(QStringLiteral("command")).toString();
        if (command == QLatin1String("unsubscribe")) m_subs[s].removeAll(identifier);
        if (command != QLatin1String("subscribe")) return;
        subscribes.append(identifier);
        if (!rejectSubscriptions && !m_subs[s].contains(identifier)) m_subs[s].append(identifier);
        const char* type = rejectSubscriptions ? "reject_subscription" : "confirm_subscription";
        s->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("identifier"), identifier},
                                      {QStringLiteral("type"), QLatin1String(type)}})
                .toJson(QJsonDocument::Compact)));
    }

    QWebSocketServer m_server;
    QTimer m_pings;
    QList<QPointer<QWebSocket>> m_clients;
    QHash<QWebSocket*, QStringList> m_subs;  // each connection's confirmed subscriptions
};
