#include "server/RedisFanout.h"

#include "server/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <hiredis/hiredis.h>

namespace omk::server {

RedisFanout::RedisFanout(RedisParams params, QString channel, QObject* parent)
    : Fanout(parent), m_params(std::move(params)), m_channel(channel.toUtf8()) {
    m_pub = std::make_unique<RedisConnection>(m_params);
    m_sub = std::make_unique<RedisConnection>(m_params);
    connect(m_pub.get(), &RedisConnection::lost, this, [this](const QString& why) {
        m_lastError = why;
        qCWarning(lcServer).noquote()
            << logLine("fanout_lost", {{"fanout", kind()}, {"link", "publish"}, {"reason", why}});
        retryLater(m_pub.get(), &m_pubBackoff);
    });
    connect(m_pub.get(), &RedisConnection::connected, this, [this] { m_pubBackoff.reset(); });
    connect(m_sub.get(), &RedisConnection::lost, this, [this](const QString& why) {
        m_subscribed = false;
        m_lastError = why;
        qCWarning(lcServer).noquote()
            << logLine("fanout_lost", {{"fanout", kind()}, {"link", "subscribe"}, {"reason", why}});
        retryLater(m_sub.get(), &m_subBackoff);
    });
    connect(m_sub.get(), &RedisConnection::connected, this, [this] { m_subBackoff.reset(); });
}

RedisFanout::~RedisFanout() = default;

void RedisFanout::connectSubscriber() {
    m_sub->open();
    // Queued behind the connect: the subscription goes out as soon as the socket is up.
    m_sub->subscribe(
        m_channel,
        [this] {
            m_subscribed = true;
            qCInfo(lcServer).noquote()
                << logLine("fanout_subscribed",
                           {{"fanout", kind()}, {"channel", QString::fromUtf8(m_channel)}});
            emit subscribed();
        },
        [this](const QByteArray& payload) { received(payload); });
}

void RedisFanout::connectPublisher() {
    m_pub->open();
}

omk::Expected<void> RedisFanout::start(int timeoutMs) {
    connectPublisher();
    connectSubscriber();
    const QDeadlineTimer deadline(timeoutMs);
    while (!(m_pub->isConnected() && m_subscribed) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    if (!m_pub->isConnected() || !m_subscribed)
        return omk::fail(
            QStringLiteral("fanout: cannot reach redis at %1:%2: %3")
                .arg(m_params.host)
                .arg(m_params.port)
                .arg(m_lastError.isEmpty() ? QStringLiteral("timed out") : m_lastError));
    return {};
}

void RedisFanout::retryLater(RedisConnection* c, core::Backoff* backoff) {
    QTimer::singleShot(backoff->next(), this, [this, c] {
        if (c == m_sub.get())
            connectSubscriber();
        else
            connectPublisher();
    });
}

void RedisFanout::send(const QByteArray& payload) {
    if (!m_pub->isConnected()) return;  // catch-up timers and presence refreshes make up for it
    m_pub->command({QByteArrayLiteral("PUBLISH"), m_channel, payload});
}

omk::Expected<void> RedisFanout::check() {
    if (m_pub->isConnected() && m_subscribed) return {};
    return omk::fail(QStringLiteral("redis: not connected (%1)").arg(m_lastError));
}

void RedisFanout::flush(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (m_pub->hasPendingWrites() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

}  // namespace omk::server
