#pragma once
// Estimates the server's clock from time.ping / time.pong exchanges, NTP-style: a sample is
// (t0 = local send time, server = server time in the pong, t1 = local receive time); its offset
// is server - (t0 + t1) / 2 and it can be wrong by at most half its round trip. Queuing delay
// only ever adds to a round trip, so the sample with the smallest round trip among the last
// eight is the most trustworthy, and that is the one used (as in NTP's clock filter).
// Threading: not thread-safe; owned by the connection's thread.

#include <QtGlobal>

#include <array>
#include <optional>

namespace omk::sync {

class ClockSync {
public:
    static constexpr int kWindow = 8;

    // Adds a sample; samples with t1 < t0 are ignored (a clock that went backwards).
    void addSample(qint64 t0LocalMs, qint64 serverMs, qint64 t1LocalMs);
    bool hasEstimate() const { return m_count > 0; }
    // Server time minus local time, in ms (0 until the first sample).
    double offsetMs() const;
    // Round trip of the sample in use: the offset is within half of it.
    qint64 roundTripMs() const;
    double serverTimeMs(qint64 localMs) const { return double(localMs) + offsetMs(); }
    void reset() { m_count = 0, m_next = 0; }

private:
    struct Sample {
        double offsetMs;
        qint64 roundTripMs;
    };
    std::optional<Sample> best() const;

    std::array<Sample, kWindow> m_samples{};
    int m_count = 0;
    int m_next = 0;
};

}  // namespace omk::sync
