#pragma once
// One thread's share of the load test's simulated viewers. A thousand sockets on one event loop
// spend their time polling each other, so the clients are spread over a few threads, each with
// its own loop; nothing here is shared between workers but the atomic counters the controller
// reads for progress.
// Threading: a LoadWorker lives on its own QThread; every method but the counters must run there
// (the controller calls them through QMetaObject::invokeMethod).

#include "room/RoomConnection.h"
#include "sync/PlaybackState.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace omk::preflight {

// A chat message the load test sends: "lt RUN KEY SENT_NS". KEY is unique within the run and
// SENT_NS the sender's steady clock, so receivers on any thread measure latency without sharing
// anything with the sender.
QString loadMessageText(const QString& run, qint64 key, qint64 sentNs);
// KEY and SENT_NS back out of a text of this run; false for anything else in the room.
bool parseLoadMessage(const QString& text, const QString& run, qint64* key, qint64* sentNs);
qint64 steadyNowNs();

struct WorkerProgress {
    std::atomic<int> connected{0};      // in state Connected now
    std::atomic<int> everConnected{0};  // reached Connected at least once
    std::atomic<int> pending{0};        // sends not yet acknowledged
    std::atomic<qint64> delivered{0};   // messages of this run applied, all clients together
};

// What the controller gathers once sending has stopped.
struct WorkerAcks {
    QHash<qint64, qint64> ackedSeq;  // key → seq, for every send of this worker's clients acked
    int duplicateAcks = 0;           // acks answering a resend (the server deduplicated it)
    int failedSends = 0;             // refused for good
    qint64 minAppliedSeq = 0;        // the lowest seq every client has applied
    // Sends still unacknowledged when their sender's socket was aborted: the outbox resends
    // them after the resume, so their latency measures the sender's outage, not fan-out.
    QSet<qint64> disrupted;
};

struct WorkerEvaluation {
    std::vector<double> deliveryMs;     // every live delivery: send → this receiver
    QHash<qint64, double> slowestMs;    // key → its slowest live delivery on this worker
    QHash<qint64, int> liveDeliveries;  // key → how many live deliveries on this worker
    qint64 replayed = 0;                // deliveries that came with a resume, not live
    qint64 disruptedDeliveries = 0;     // live, but of a send its sender had to resend
    qint64 lost = 0;                    // (client, acked message) pairs never applied
    qint64 duplicates = 0;              // (client, message) pairs applied more than once
    int clientsWithLoss = 0;
    std::vector<double> resumeMs;  // abort → joined again, per aborted client
    int aborted = 0;
    int resumed = 0;
    int resets = 0;                   // re-joins the server could not recover (state replaced)
    std::vector<double> syncErrorMs;  // |client's playback position − the room's|
    int playbackMismatches = 0;       // clients showing another media or none
    QStringList errors;               // the first few distinct client errors
};

struct PlaybackReference {
    bool enabled = false;
    sync::RoomPlayback state;   // the room's state, as its moderator applied it
    double serverOffsetMs = 0;  // server clock − local clock, as the moderator measured it
};

class LoadWorker final : public QObject {
    Q_OBJECT
public:
    explicit LoadWorker(QString run, QObject* parent = nullptr);
    ~LoadWorker() override;

    WorkerProgress progress;

    void addClient(const room::RoomConnectionConfig& config);
    int clientCount() const { return int(m_clients.size()); }
    // The client's send is stamped here, on the sending thread, just before it is queued.
    void sendChat(int local, qint64 key);
    void abortClient(int local);
    void stopAll();
    WorkerAcks acks() const;
    // disrupted: every worker's WorkerAcks::disrupted together; left out of latency.
    WorkerEvaluation evaluate(const QSet<qint64>& expected, const QSet<qint64>& disrupted,
                              const PlaybackReference& ref) const;

private:
    struct Client;
    void onApplied(Client& c, const protocol::Event& e);
    void onState(Client& c, room::RoomConnection::State s);
    void noteError(const QString& message);

    QString m_run;
    std::vector<std::unique_ptr<Client>> m_clients;
    struct Delivery {
        qint64 key;
        float ms;
    };
    std::vector<Delivery> m_deliveries;
    QSet<qint64> m_disrupted;
    QHash<qint64, double> m_slowestMs;
    QHash<qint64, int> m_liveDeliveries;
    qint64 m_replayed = 0;
    QStringList m_errors;
    int m_failedSends = 0;
};

}  // namespace omk::preflight
