#pragma once
// Splits a loop over rows across a few persistent worker threads, for per-frame CPU work that
// must finish before the caller goes on (the software sampling path of the renderer). Threads
// are started once: spawning them per frame would cost more than the work on small frames.
// Threading: run() is called from one thread at a time (the owner's); it blocks until every
// band has finished, running one band itself, so the callback may touch the caller's state.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace omk {

class ParallelRows {
public:
    // threads: total bands run at once, the caller's thread included; 0 means one per core.
    explicit ParallelRows(int threads = 0);
    ~ParallelRows();
    ParallelRows(const ParallelRows&) = delete;
    ParallelRows& operator=(const ParallelRows&) = delete;

    // Calls body(begin, end) for contiguous bands covering [0, rows). Bands are multiples of
    // `align` rows (the last may be shorter), so a body that works on pairs of rows gets whole
    // pairs.
    void run(int rows, const std::function<void(int begin, int end)>& body, int align = 1);
    int threads() const { return int(m_workers.size()) + 1; }

private:
    void workerLoop(size_t index);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(int, int)>* m_body = nullptr;
    std::vector<std::pair<int, int>> m_bands;  // one per worker, then the caller's
    uint64_t m_generation = 0;
    int m_pending = 0;
    bool m_stop = false;
};

}  // namespace omk
