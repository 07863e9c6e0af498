#pragma once
// Token buckets: `capacity` actions at once, refilled at `perSecond`. Used for per-user sends,
// per-connection frames, and abuse strikes.
// Threading: not thread-safe; owned and used on the server's event-loop thread.

#include <QHash>
#include <QString>

namespace omk::server {

class TokenBucket {
public:
    TokenBucket() = default;
    TokenBucket(double capacity, double perSecond);

    // Takes one token at nowMs (steady). If none is left, returns false and sets retryAfterMs to
    // when one will be.
    bool take(qint64 nowMs, qint64* retryAfterMs = nullptr);
    bool full(qint64 nowMs) const;

private:
    void refill(qint64 nowMs);

    double m_capacity = 1;
    double m_perSecond = 1;
    double m_tokens = 1;
    qint64 m_lastMs = -1;
};

// One bucket per key (a user id); idle full buckets are dropped so memory follows active users.
class RateLimiter {
public:
    RateLimiter(double capacity, double perSecond);
    bool take(const QString& key, qint64 nowMs, qint64* retryAfterMs = nullptr);
    int size() const { return int(m_buckets.size()); }

private:
    double m_capacity;
    double m_perSecond;
    QHash<QString, TokenBucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

}  // namespace omk::server
