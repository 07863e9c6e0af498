#include "server/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace omk::server {

TokenBucket::TokenBucket(double capacity, double perSecond)
    : m_capacity(std::max(1.0, capacity)), m_perSecond(perSecond), m_tokens(m_capacity) {}

void TokenBucket::refill(qint64 nowMs) {
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
    if (nowMs > m_lastMs) m_lastMs = nowMs;
}

bool TokenBucket::take(qint64 nowMs, qint64* retryAfterMs) {
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (retryAfterMs) {
        *retryAfterMs = m_perSecond > 0 ? qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_perSecond))
                                        : qint64(3600) * 1000;
    }
    return false;
}

bool TokenBucket::full(qint64 nowMs) const {
    if (m_lastMs < 0) return true;
    return m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0 >= m_capacity;
}

RateLimiter::RateLimiter(double capacity, double perSecond)
    : m_capacity(capacity), m_perSecond(perSecond) {}

bool RateLimiter::take(const QString& key, qint64 nowMs, qint64* retryAfterMs) {
    if (nowMs - m_lastSweepMs > 60000) {
        m_lastSweepMs = nowMs;
        m_buckets.removeIf(
            [nowMs](QHash<QString, TokenBucket>::iterator it) { return it.value().full(nowMs); });
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) it = m_buckets.insert(key, TokenBucket(m_capacity, m_perSecond));
    return it->take(nowMs, retryAfterMs);
}

}  // namespace omk::server
