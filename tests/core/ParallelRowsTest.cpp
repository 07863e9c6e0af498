#include "core/ParallelRows.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace omk {
namespace {

TEST(ParallelRows, EveryRowOnceInAlignedBands) {
    ParallelRows pool(3);
    EXPECT_EQ(pool.threads(), 3);
    for (int rows : {1, 2, 5, 64, 1081}) {
        for (int align : {1, 2, 64}) {
            std::vector<std::atomic<int>> hits(static_cast<size_t>(rows));
            std::atomic<int> misaligned{0};
            pool.run(
                rows,
                [&](int begin, int end) {
                    if (begin % align != 0) ++misaligned;
                    for (int r = begin; r < end; ++r) ++hits[size_t(r)];
                },
                align);
            EXPECT_EQ(misaligned.load(), 0) << rows << " rows, align " << align;
            for (int r = 0; r < rows; ++r)
                ASSERT_EQ(hits[size_t(r)].load(), 1) << "row " << r << " of " << rows;
        }
    }
}

TEST(ParallelRows, RunsBandsOnSeveralThreadsAndReturnsWhenAllAreDone) {
    ParallelRows pool(2);
    std::atomic<int> done{0};
    std::vector<std::thread::id> ids(2);
    for (int round = 0; round < 100; ++round) {
        pool.run(2, [&](int begin, int) {
            ids[size_t(begin)] = std::this_thread::get_id();
            std::this_thread::yield();
            ++done;
        });
        ASSERT_EQ(done.load(), 2 * (round + 1)) << "run() returned before its bands finished";
    }
    EXPECT_NE(ids[0], ids[1]);
}

}  // namespace
}  // namespace omk
