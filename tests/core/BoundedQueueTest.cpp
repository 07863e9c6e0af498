#include "core/BoundedQueue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using omk::BoundedQueue;

TEST(BoundedQueue, DeliversInOrderAcrossThreads) {
    BoundedQueue<int> q(4);
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i) ASSERT_TRUE(q.push(i));
        q.close();
    });
    int expected = 0;
    while (auto v = q.pop()) EXPECT_EQ(*v, expected++);
    producer.join();
    EXPECT_EQ(expected, 1000);
}

TEST(BoundedQueue, NeverHoldsMoreThanCapacity) {
    BoundedQueue<int> q(3);
    std::atomic<std::size_t> maxSeen{0};
    std::thread producer([&] {
        for (int i = 0; i < 200; ++i) q.push(i);
        q.close();
    });
    while (true) {
        maxSeen = std::max(maxSeen.load(), q.size());
        std::this_thread::sleep_for(50us);
        if (!q.pop()) break;
    }
    producer.join();
    EXPECT_LE(maxSeen.load(), 3u);
}

TEST(BoundedQueue, AbortWakesBlockedProducerAndConsumer) {
    BoundedQueue<int> full(1);
    ASSERT_TRUE(full.push(1));
    BoundedQueue<int> empty(1);
    std::atomic<int> woke{0};
    std::thread p([&] {
        EXPECT_FALSE(full.push(2));
        ++woke;
    });
    std::thread c([&] {
        EXPECT_FALSE(empty.pop().has_value());
        ++woke;
    });
    std::this_thread::sleep_for(20ms);
    full.abort();
    empty.abort();
    p.join();
    c.join();
    EXPECT_EQ(woke.load(), 2);
}

TEST(BoundedQueue, PopTimesOutWhenEmpty) {
    BoundedQueue<int> q(2);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(q.pop(30ms).has_value());
    EXPECT_GE(std::chrono::steady_clock::now() - start, 25ms);
}

TEST(BoundedQueue, ResetDropsItemsAndReopens) {
    BoundedQueue<int> q(4);
    q.push(1);
    q.push(2);
    q.close();
    q.reset();
    EXPECT_EQ(q.size(), 0u);
    EXPECT_TRUE(q.push(3));
    EXPECT_EQ(q.tryPop().value(), 3);
}

TEST(BoundedQueue, MoveOnlyItems) {
    BoundedQueue<std::unique_ptr<int>> q(2);
    q.push(std::make_unique<int>(7));
    auto v = q.pop();
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(**v, 7);
}
