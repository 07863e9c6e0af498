#pragma once
// The load-test engine behind `omnikast loadtest` and bench/fanout_bench: N real RoomConnections
// (the app's own client: sign-in, join, outbox, resume, clock sync; no decoding of media) join one
// room, chat at a fixed total rate, lose their sockets on purpose half-way through, and are
// judged on what arrived: fan-out latency from the sender's send to each receiver, nothing lost
// and nothing applied twice across the forced disconnects, resume time, and — given a moderator
// token — how far each client's computed playback position is from the room's.
// Threading: runLoadTest() runs a local event loop on the calling thread (a QCoreApplication
// must exist) and the clients on worker threads of its own.

#include "core/Expected.h"
#include "preflight/Stats.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace omk::preflight {

struct LoadTestOptions {
    QUrl server;  // ws://host:port/ws (http://host:port is accepted and mapped)
    QString room;
    int clients = 0;
    // Receivers beside the clients that only listen (LeanReceivers: real WebSockets that scan
    // frames instead of decoding them), so a run on one machine measures the server.
    int leanReceivers = 0;
    double durationS = 10;            // of chatting, after every client joined
    double chatRate = 10;             // messages per second in the room, all senders together
    double disconnectFraction = 0.1;  // of clients aborted half-way through, to resume
    QString token;                    // a moderator's token for the room: drives playback.state
    int threads = 0;                  // 0: picked from the core count
    double connectTimeoutS = 0;       // 0: 10 s + 10 ms per client
    double drainTimeoutS = 15;        // after sending stops, for resumes and acks to settle
    int backoffBaseMs = 250;          // of the clients' reconnects (the app uses 500)
    std::optional<double> maxP99Ms;   // a threshold for the delivery latency p99
    // Called once every client has joined, before chatting starts (bench/ reads the server's
    // memory there).
    std::function<void()> onAllJoined;
    std::function<void()> onChatEnded;  // sending stopped; the drain follows
};

struct LoadTestReport {
    int clients = 0;
    int leanReceivers = 0;
    int threads = 0;
    int connected = 0;    // clients that joined the room by the end of the connect phase
    int leanJoined = 0;   // lean receivers joined by the end of the connect phase
    int leanDropped = 0;  // lean receivers that failed or lost their connection
    double connectS = 0;
    double chatS = 0;  // how long sending actually ran
    qint64 sent = 0;
    qint64 acked = 0;
    qint64 unacked = 0;  // sends still unacknowledged after the drain
    int failedSends = 0;
    int duplicateAcks = 0;  // resends the server recognised by cid
    double sentPerSecond = 0;
    double deliveredPerSecond = 0;  // live deliveries to all receivers, per second of chatting
    Summary deliveryMs;             // send → one receiver, every live delivery
    Summary leanDeliveryMs;         // the same, lean receivers only (no client-side decoding)
    Summary fanoutMs;               // send → the last live receiver, per message
    qint64 replayed = 0;            // deliveries inside a resuming join, left out of latency
    // Sends their sender had to resend after its own forced disconnect, and their deliveries:
    // left out of latency too (they measure the sender's outage).
    qint64 resentMessages = 0;
    qint64 resentDeliveries = 0;
    qint64 lost = 0;
    qint64 duplicates = 0;
    int clientsWithLoss = 0;
    int aborted = 0;
    int resumed = 0;
    int resets = 0;
    Summary resumeMs;
    bool playback = false;
    Summary syncErrorMs;
    int playbackMismatches = 0;
    bool drained = false;
    // This process's CPU over the run, in cores: near the machine's core count the clients, not
    // the server, set the latency.
    double clientCores = 0;
    QStringList errors;
    QStringList failures;  // why the run did not pass; empty: passed

    bool passed() const { return failures.isEmpty(); }
};

QJsonObject toJson(const LoadTestReport& r);

// Progress: (phase, done, total); total 0 when unknown.
using LoadProgress = std::function<void(const QString& phase, double done, double total)>;

// Errors: only what stops the run from starting (bad options). Everything the run finds,
// including clients that never connected, is in the report.
omk::Expected<LoadTestReport> runLoadTest(const LoadTestOptions& options,
                                          const LoadProgress& progress = {});

// Whether a process allowed fileLimit descriptors (0: unknown, taken as enough) can hold a socket
// for each client and lean receiver; the error says how many it needs and how to get them.
omk::Expected<void> checkFileLimit(int clients, int leanReceivers, qint64 fileLimit);

// ws://host:port/ws from what a user types (ws, wss, http, https; /ws added when no path).
omk::Expected<QUrl> roomServerUrl(const QString& text);

}  // namespace omk::preflight
