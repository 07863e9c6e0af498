// Cost of handing decoded frames between pipeline threads through the one bounded queue type,
// with real AVFrame handles (allocation and free included, as in the decoder).
#include "core/BoundedQueue.h"
#include "media/AvPtr.h"

#include <benchmark/benchmark.h>

#include <thread>

static void BM_FrameHandoffAcrossThreads(benchmark::State& state) {
    const auto capacity = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        omk::BoundedQueue<omk::media::AvFramePtr> q(capacity);
        constexpr int kFrames = 10000;
        std::thread producer([&] {
            for (int i = 0; i < kFrames; ++i) q.push(omk::media::makeFrame());
            q.close();
        });
        int n = 0;
        while (auto f = q.pop()) {
            benchmark::DoNotOptimize(f->get());
            ++n;
        }
        producer.join();
        state.SetItemsProcessed(state.items_processed() + n);
    }
}
BENCHMARK(BM_FrameHandoffAcrossThreads)->Arg(1)->Arg(6)->Arg(64)->UseRealTime();
