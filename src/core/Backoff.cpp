#include "core/Backoff.h"

#include <algorithm>

namespace omk::core {

Backoff::Backoff(Policy policy, quint32 seed) : m_random(seed) {
    setPolicy(policy);
}

void Backoff::setPolicy(Policy policy) {
    m_policy = policy;
    m_policy.jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
}

std::chrono::milliseconds Backoff::ceiling(int attempt) const {
    const int shift = std::clamp(attempt, 0, 30);
    const double full = std::min(double(m_policy.max.count()),
                                 double(m_policy.base.count()) * double(qint64(1) << shift));
    return std::chrono::milliseconds(qint64(full));
}

std::chrono::milliseconds Backoff::next() {
    const double full = double(ceiling(m_attempt).count());
    ++m_attempt;
    const double cut =
        m_policy.jitter > 0 ? full * m_policy.jitter * m_random.generateDouble() : 0.0;
    return std::chrono::milliseconds(std::max<qint64>(1, qint64(full - cut)));
}

}  // namespace omk::core
