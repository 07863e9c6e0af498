#pragma once
// Delays between reconnect attempts, the one policy every reconnecting client and server link
// uses (RoomConnection, CableClient, RedisFanout, the Demuxer's live reconnect).
//
// Policy: attempt n (0-based since the last reset) waits d = min(max, base * 2^n), then that
// delay is shortened by a uniformly random part of up to `jitter` of itself, so the wait lies
// in [(1 - jitter) * d, d] (never under 1 ms). jitter 0.5 is "equal jitter", 1 "full jitter",
// 0 exact delays.
// Why shorten rather than lengthen: `max` stays a true upper bound (a "reconnecting in N s"
// countdown never shows more than the configured cap), and the spread in proportion to the
// delay still stops every client meeting a restarted server at the same instant.
// The random part comes from the object's own generator; pass a seed for repeatable delays.
//
// Threading: not thread-safe; each owner keeps its own on the thread that uses it.

#include <QRandomGenerator>

#include <chrono>

namespace omk::core {

class Backoff {
public:
    struct Policy {
        std::chrono::milliseconds base{500};
        std::chrono::milliseconds max{30000};
        double jitter = 0.0;  // 0..1: the largest part of a delay taken off at random
    };

    explicit Backoff(Policy policy, quint32 seed = QRandomGenerator::global()->generate());
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max, double jitter = 0.0,
            quint32 seed = QRandomGenerator::global()->generate())
        : Backoff(Policy{base, max, jitter}, seed) {}

    // The delay before the next attempt; each call counts one attempt.
    std::chrono::milliseconds next();
    // The capped exponential delay of attempt n, before jitter.
    std::chrono::milliseconds ceiling(int attempt) const;
    void reset() { m_attempt = 0; }
    // A new policy from the next attempt on; the attempt count stays.
    void setPolicy(Policy policy);
    int attempts() const { return m_attempt; }
    const Policy& policy() const { return m_policy; }

private:
    Policy m_policy;
    QRandomGenerator m_random;
    int m_attempt = 0;
};

}  // namespace omk::core
