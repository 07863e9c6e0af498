#include "core/ParallelRows.h"

#include <algorithm>

namespace omk {

ParallelRows::ParallelRows(int threads) {
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, 16);
    m_bands.resize(size_t(threads));
    for (int i = 0; i + 1 < threads; ++i)
        m_workers.emplace_back([this, i] { workerLoop(size_t(i)); });
}

ParallelRows::~ParallelRows() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_workers) t.join();
}

void ParallelRows::run(int rows, const std::function<void(int, int)>& body, int align) {
    if (rows <= 0) return;
    align = std::max(1, align);
    const int units = (rows + align - 1) / align;
    const int bands = std::min(threads(), units);
    if (bands <= 1) {
        body(0, rows);
        return;
    }
    // Workers take the first bands, the caller the last.
    std::vector<std::pair<int, int>> ranges(size_t(threads()), {0, 0});
    const size_t first = size_t(threads() - bands);
    for (int b = 0; b < bands; ++b) {
        const int begin = std::min(rows, units * b / bands * align);
        const int end = std::min(rows, units * (b + 1) / bands * align);
        ranges[first + size_t(b)] = {begin, end};
    }
    {
        std::lock_guard lock(m_mutex);
        m_bands = ranges;
        m_body = &body;
        m_pending = int(m_workers.size());
        ++m_generation;
    }
    m_wake.notify_all();
    const auto [begin, end] = ranges.back();
    if (begin < end) body(begin, end);
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_body = nullptr;
}

void ParallelRows::workerLoop(size_t index) {
    uint64_t seen = 0;
    for (;;) {
        std::pair<int, int> band;
        const std::function<void(int, int)>* body = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop) return;
            seen = m_generation;
            band = m_bands[index];
            body = m_body;
        }
        if (band.first < band.second) (*body)(band.first, band.second);
        {
            std::lock_guard lock(m_mutex);
            --m_pending;
        }
        m_done.notify_one();
    }
}

}  // namespace omk
