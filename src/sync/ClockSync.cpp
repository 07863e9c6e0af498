#include "sync/ClockSync.h"

namespace omk::sync {

void ClockSync::addSample(qint64 t0LocalMs, qint64 serverMs, qint64 t1LocalMs) {
    if (t1LocalMs < t0LocalMs) return;
    m_samples[size_t(m_next)] = {double(serverMs) - (double(t0LocalMs) + double(t1LocalMs)) / 2,
                                 t1LocalMs - t0LocalMs};
    m_next = (m_next + 1) % kWindow;
    if (m_count < kWindow) ++m_count;
}

std::optional<ClockSync::Sample> ClockSync::best() const {
    std::optional<Sample> out;
    for (int i = 0; i < m_count; ++i) {
        const Sample& s = m_samples[size_t(i)];
        if (!out || s.roundTripMs < out->roundTripMs) out = s;
    }
    return out;
}

double ClockSync::offsetMs() const {
    const auto b = best();
    return b ? b->offsetMs : 0.0;
}

qint64 ClockSync::roundTripMs() const {
    const auto b = best();
    return b ? b->roundTripMs : 0;
}

}  // namespace omk::sync
