#pragma once
// The one queue type frames and packets cross threads through. Bounded, so a fast producer
// blocks instead of growing memory; closable, so a consumer learns the stream ended; abortable,
// so shutdown never waits on a full or empty queue.
//
// Threading: any number of producers and consumers; every member is thread-safe.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace omk {

template <class T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // Blocks while full. Returns false (and drops the item) once closed or aborted.
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed || m_aborted; });
        if (m_closed || m_aborted) return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks while empty. nullopt once closed and drained, or aborted, or after the timeout.
    std::optional<T> pop(std::chrono::milliseconds timeout = std::chrono::milliseconds::max()) {
        std::unique_lock lock(m_mutex);
        auto ready = [&] { return !m_items.empty() || m_closed || m_aborted; };
        if (timeout == std::chrono::milliseconds::max()) {
            m_notEmpty.wait(lock, ready);
        } else if (!m_notEmpty.wait_for(lock, timeout, ready)) {
            return std::nullopt;
        }
        return takeFrontLocked();
    }

    std::optional<T> tryPop() {
        std::lock_guard lock(m_mutex);
        return takeFrontLocked();
    }

    // Looks at the front without taking it; the callback runs under the lock.
    template <class F>
    auto peek(F&& f) const -> std::optional<decltype(f(std::declval<const T&>()))> {
        std::lock_guard lock(m_mutex);
        if (m_items.empty() || m_aborted) return std::nullopt;
        return f(m_items.front());
    }

    // Producer is done: consumers drain what is left, then see nullopt.
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    // Shutdown: everyone wakes, nothing more is handed out.
    void abort() {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_items.clear();
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    // Drops queued items and reopens the queue (used on seek).
    void reset() {
        std::lock_guard lock(m_mutex);
        m_items.clear();
        m_closed = false;
        m_aborted = false;
        m_notFull.notify_all();
    }

    std::size_t size() const {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }
    std::size_t capacity() const { return m_capacity; }
    bool isClosed() const {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    std::optional<T> takeFrontLocked() {
        if (m_items.empty() || m_aborted) return std::nullopt;
        std::optional<T> out(std::move(m_items.front()));
        m_items.pop_front();
        m_notFull.notify_one();
        return out;
    }

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_aborted = false;
};

}  // namespace omk
