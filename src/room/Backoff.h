#pragma once
// Reconnect delays: exponential from `baseMs`, capped at `maxMs`, each shortened by a random
// part of up to `jitter` of itself, so a server restart is not met by every client at once.
// Threading: not thread-safe; owned by RoomConnection's thread.

#include <QtGlobal>

namespace omk::room {

class Backoff {
public:
    Backoff(int baseMs, int maxMs, double jitter)
        : m_base(baseMs), m_max(maxMs), m_jitter(jitter) {}

    // The delay before the next attempt; each call counts one attempt.
    int next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_base;
    int m_max;
    double m_jitter;
    int m_attempt = 0;
};

}  // namespace omk::room
