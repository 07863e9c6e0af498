#include "room/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace omk::room {

int Backoff::next() {
    const int shift = std::min(m_attempt, 20);
    const double full = std::min(double(m_max), double(m_base) * double(1 << shift));
    ++m_attempt;
    const double cut = full * m_jitter * QRandomGenerator::global()->generateDouble();
    return std::max(1, int(full - cut));
}

}  // namespace omk::room
