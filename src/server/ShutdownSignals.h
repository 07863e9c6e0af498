#pragma once
// SIGTERM and SIGINT as a Qt signal on the event loop: the handler only writes a byte to a pipe
// (the one async-signal-safe thing to do), a QSocketNotifier reads it on the loop.
// Threading: create once, on the main thread.

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace omk::server {

class ShutdownSignals final : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void requested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

}  // namespace omk::server
