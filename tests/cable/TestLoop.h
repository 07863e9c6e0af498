#pragma once
// Event-loop helpers for tests that talk over loopback sockets: wait for a condition (the
// timeout only guards against a hang; nothing asserts on how long things take).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <chrono>
#include <functional>

inline void ensureApp() {
    static int argc = 1;
    static char name[] = "cable_tests";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) new QCoreApplication(argc, argv);
}

inline bool waitFor(const std::function<bool()>& done,
                    std::chrono::milliseconds guard = std::chrono::seconds(20)) {
    QDeadlineTimer deadline(guard);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// Lets the event loop run for a while (for checks that something does NOT happen).
inline void spin(std::chrono::milliseconds d) {
    QDeadlineTimer deadline(d);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
}
