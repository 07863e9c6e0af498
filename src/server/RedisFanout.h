#pragma once
// Fan-out over Redis pub/sub (hiredis, asynchronous on the event loop): PUBLISH on one
// connection, SUBSCRIBE on another (a subscribed connection can do nothing else). Lost
// connections are retried with core::Backoff (100 ms doubling up to 5 s, no jitter); after
// each resubscription the server catches every room up, since notices sent meanwhile are gone
// (pub/sub keeps nothing).
// Threading: the server's event-loop thread only.

#include "core/Backoff.h"
#include "server/Fanout.h"
#include "server/RedisConnection.h"
#include "server/ServiceUrls.h"

#include <QTimer>

#include <memory>

namespace omk::server {

class RedisFanout final : public Fanout {
    Q_OBJECT
public:
    RedisFanout(RedisParams params, QString channel, QObject* parent = nullptr);
    ~RedisFanout() override;

    // Starts both connections; waits up to timeoutMs for them, so a server does not come up
    // unable to fan out (it would still catch up by polling, only slowly).
    omk::Expected<void> start(int timeoutMs);

    QString kind() const override { return QStringLiteral("redis"); }
    omk::Expected<void> check() override;
    void flush(int timeoutMs) override;

protected:
    void send(const QByteArray& payload) override;

private:
    static constexpr core::Backoff::Policy kRetryPolicy{std::chrono::milliseconds(100),
                                                        std::chrono::milliseconds(5000), 0.0};

    void connectSubscriber();
    void connectPublisher();
    void retryLater(RedisConnection* c, core::Backoff* backoff);

    RedisParams m_params;
    QByteArray m_channel;
    std::unique_ptr<RedisConnection> m_pub;
    std::unique_ptr<RedisConnection> m_sub;
    core::Backoff m_pubBackoff{kRetryPolicy};
    core::Backoff m_subBackoff{kRetryPolicy};
    bool m_subscribed = false;
    QString m_lastError;
};

}  // namespace omk::server
