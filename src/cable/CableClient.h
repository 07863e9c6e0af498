#pragma once
// One ActionCable connection (ws(s)://host/cable) and its channel subscriptions, kept alive the
// way Rails' JS client keeps it: the server pings every 3 s, so no frame for `staleThreshold`
// (6 s, two missed pings) means a dead link and the socket is reopened; reopening backs off
// exponentially with jitter; after every welcome all subscriptions are sent again, and a
// subscribe without confirmation is repeated (Rails can drop one sent right after the welcome).
//
// Threading: GUI (or any one) thread's event loop; not thread-safe.

#include "cable/CableFrame.h"
#include "core/Backoff.h"
#include "core/ConnectionState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebSocket;

namespace omk::cable {

class CableClient : public QObject {
    Q_OBJECT
public:
    using State = core::ConnectionState;  // the same four states as room::RoomConnection

    struct Options {
        std::chrono::milliseconds staleThreshold{6000};
        std::chrono::milliseconds reconnectBase{500};  // Rails' client reopens after 500 ms
        std::chrono::milliseconds reconnectMax{30000};
        double jitter = 0.3;  // each delay is shortened by up to this part (core/Backoff.h)
        std::chrono::milliseconds subscribeRetry{2000};
    };

    explicit CableClient(QObject* parent = nullptr);
    ~CableClient() override;

    void setOptions(const Options& options);
    // ws://, wss://, or http(s):// (turned into ws(s)://). Connects and keeps connecting until
    // close() or a disconnect frame without reconnect.
    Expected<void> open(const QUrl& url);
    void close();

    // Adds a subscription (sent now if connected, else after the next welcome); returns its
    // identifier, the key for confirmed/received/rejected.
    QString subscribe(const QString& channel, const QJsonObject& params = {});
    void unsubscribe(const QString& identifier);
    bool isConfirmed(const QString& identifier) const;

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // Whole seconds until the next attempt while Reconnecting (rounded up), else 0.
    int reconnectInSeconds() const;
    // "connected", "connecting", "reconnecting in 3 s", "offline" (for a status line).
    QString statusText() const;

signals:
    // Also emitted once a second while Reconnecting, for the countdown.
    void stateChanged();
    void confirmed(const QString& identifier);
    void rejected(const QString& identifier);
    void received(const QString& identifier, const QJsonValue& message);
    // The one error signal: refused subscriptions, unusable frames, lost or refused connections.
    void errorOccurred(const QString& message);

private:
    struct Subscription {
        QString identifier;
        bool confirmed = false;
    };

    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void handle(const CableFrame& frame);
    void scheduleReconnect(const QString& why);
    void sendSubscribe(Subscription& s);
    void retryPending();
    void setState(State s);
    void fail(const QString& message);
    Subscription* find(const QString& identifier);

    Options m_options;
    QUrl m_url;
    QString m_origin;
    QPointer<QWebSocket> m_socket;
    State m_state = State::Offline;
    QList<Subscription> m_subs;
    core::Backoff m_backoff;  // its attempts: reconnects since the last welcome
    QTimer m_stale;
    QTimer m_reconnect;
    QTimer m_countdown;
    QTimer m_retry;
};

}  // namespace omk::cable
