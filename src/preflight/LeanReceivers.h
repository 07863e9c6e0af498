#pragma once
// Receivers for the load test that cost the machine little. Each is a real WebSocket client on
// its own TCP connection (HTTP upgrade, RFC 6455 frames, a guest hello and a join, a pong for
// every ping) but reads only what it measures: a chat.message of this run, found by scanning the
// frame for the load test's text (wire::findLoadMessage) instead of decoding its JSON. On one
// machine a thousand of the app's RoomConnections cost as much CPU as the server they measure
// (docs/PERFORMANCE.md, "Room fan-out"); these cost a few microseconds per frame, so the run
// measures the server. They do not send, resume or follow playback: the RoomConnection clients
// beside them do that.
// Threading: one plain thread runs an epoll loop over every socket. start(), stop() and
// evaluate() are for the controlling thread (evaluate() only after stop()); the counters are
// atomics it may read at any time.

#include "preflight/LoadWorker.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <netinet/in.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace omk::preflight {

struct LeanReceiversConfig {
    QUrl server;  // ws://host:port/path (plain ws only)
    QString room;
    QString run;  // the load test's run id, as in its chat texts
    int count = 0;
    double rampPerSecond = 500;  // new connections per second
    // Besides the run's chat messages: frames holding this text are timed on arrival (the
    // on-air bench times `"type":"onair"` switches this way). Empty: none.
    std::string marker;
};

class LeanReceivers {
public:
    explicit LeanReceivers(LeanReceiversConfig config);
    ~LeanReceivers();
    LeanReceivers(const LeanReceivers&) = delete;
    LeanReceivers& operator=(const LeanReceivers&) = delete;

    void start();
    // Closes every connection and joins the thread.
    void stop();

    int joined() const { return m_joined.load(); }
    int failed() const { return m_failed.load(); }
    qint64 delivered() const { return m_delivered.load(); }
    // Frames holding the marker so far, and (after stop()) when each arrived (steadyNowNs), in
    // order of arrival.
    qint64 marked() const { return m_markedCount.load(); }
    const std::vector<qint64>& markedAtNs() const { return m_markedAt; }

    // As LoadWorker::evaluate, for receivers that never resume: every acked key that a joined
    // receiver did not get is lost. disrupted: sends their sender had to resend.
    WorkerEvaluation evaluate(const QSet<qint64>& expected, const QSet<qint64>& disrupted) const;

private:
    struct Conn;
    void loop();
    void open(int index);
    void onReadable(Conn& c);
    void onWritable(Conn& c);
    void handleFrames(Conn& c);
    void handleMessage(Conn& c, std::string_view text);
    void queue(Conn& c, std::string bytes);
    void fail(Conn& c, const QString& why);
    void watch(Conn& c, bool writable);

    LeanReceiversConfig m_config;
    std::string m_host;       // host:port, for the Host header
    sockaddr_in m_address{};  // resolved once, in start()
    bool m_ready = false;     // start() found an address and made the epoll instance
    std::string m_path;
    std::string m_run;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Conn>> m_conns;
    struct Delivery {
        qint64 key;
        float ms;
    };
    std::vector<Delivery> m_deliveries;
    std::vector<qint64> m_markedAt;
    std::atomic<qint64> m_markedCount{0};
    QStringList m_errors;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_joined{0};
    std::atomic<int> m_failed{0};
    std::atomic<qint64> m_delivered{0};
    std::thread m_thread;
};

}  // namespace omk::preflight
