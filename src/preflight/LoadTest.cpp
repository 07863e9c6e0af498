#include "preflight/LoadTest.h"

#include "core/FileLimit.h"
#include "preflight/LeanReceivers.h"
#include "preflight/LoadWorker.h"
#include "preflight/Log.h"
#include "room/RoomConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>
#include <algorithm>
#include <cmath>

namespace omk::preflight {

using room::RoomConnection;

namespace {

constexpr double kRampPerSecond = 500;  // new connections per second: no accept-queue storm
constexpr int kTickMs = 5;
constexpr double kSeekPositionMs = 600000;
const QString kPlaybackMedia = QStringLiteral("omnikast-loadtest");

// Runs the calling thread's event loop for ms (the moderator's connection lives there).
void pump(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <class F>
auto onWorker(LoadWorker* w, F&& f) {
    using R = decltype(f());
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(w, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result{};
        QMetaObject::invokeMethod(
            w, [&] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }
}

// The clients of every worker, started and stopped together.
class Workers {
public:
    Workers(int count, const QString& run) {
        for (int i = 0; i < count; ++i) {
            auto* thread = new QThread;
            thread->setObjectName(QStringLiteral("loadtest-%1").arg(i));
            auto* worker = new LoadWorker(run);
            worker->moveToThread(thread);
            thread->start();
            m_threads.push_back(thread);
            m_workers.push_back(worker);
        }
    }
    ~Workers() {
        for (std::size_t i = 0; i < m_workers.size(); ++i) {
            onWorker(m_workers[i], [w = m_workers[i]] { w->stopAll(); });
            m_threads[i]->quit();
            m_threads[i]->wait();
            delete m_workers[i];
            delete m_threads[i];
        }
    }
    int size() const { return int(m_workers.size()); }
    LoadWorker* at(int i) const { return m_workers[std::size_t(i)]; }
    // Client i lives on worker i % size() as its (i / size())-th client.
    LoadWorker* of(int client) const { return at(client % size()); }
    int local(int client) const { return client / size(); }

    int sum(std::atomic<int> WorkerProgress::*field) const {
        int n = 0;
        for (auto* w : m_workers) n += (w->progress.*field).load();
        return n;
    }
    qint64 delivered() const {
        qint64 n = 0;
        for (auto* w : m_workers) n += w->progress.delivered.load();
        return n;
    }

private:
    std::vector<QThread*> m_threads;
    std::vector<LoadWorker*> m_workers;
};

double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

int defaultThreads(int clients) {
    return std::clamp(QThread::idealThreadCount(), 1, std::min(4, std::max(1, clients / 10)));
}

bool waitFor(const std::function<bool()>& done, double timeoutS,
             const std::function<void()>& tick = {}) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (double(t.elapsed()) / 1000.0 > timeoutS) return false;
        if (tick) tick();
        pump(kTickMs * 4);
    }
    return true;
}

// What every worker and the lean receivers saw, put together for the report.
struct Gathered {
    std::vector<double> delivery, resume, syncError;
    QHash<qint64, double> slowest;  // key → its slowest live delivery anywhere
    QHash<qint64, int> live;        // key → live deliveries, all receivers together

    void add(const WorkerEvaluation& w, LoadTestReport& r) {
        delivery.insert(delivery.end(), w.deliveryMs.begin(), w.deliveryMs.end());
        resume.insert(resume.end(), w.resumeMs.begin(), w.resumeMs.end());
        syncError.insert(syncError.end(), w.syncErrorMs.begin(), w.syncErrorMs.end());
        for (auto it = w.slowestMs.constBegin(); it != w.slowestMs.constEnd(); ++it) {
            double& s = slowest[it.key()];
            s = std::max(s, it.value());
        }
        for (auto it = w.liveDeliveries.constBegin(); it != w.liveDeliveries.constEnd(); ++it)
            live[it.key()] += it.value();
        r.replayed += w.replayed;
        r.resentDeliveries += w.disruptedDeliveries;
        r.lost += w.lost;
        r.duplicates += w.duplicates;
        r.clientsWithLoss += w.clientsWithLoss;
        r.aborted += w.aborted;
        r.resumed += w.resumed;
        r.resets += w.resets;
        r.playbackMismatches += w.playbackMismatches;
        for (const auto& e : w.errors)
            if (r.errors.size() < 10 && !r.errors.contains(e)) r.errors.append(e);
    }
};

}  // namespace

omk::Expected<void> checkFileLimit(int clients, int leanReceivers, qint64 fileLimit) {
    const qint64 needed = qint64(clients) + leanReceivers + 1 + core::kReservedFds;
    if (fileLimit <= 0 || fileLimit >= needed) return {};
    return fail(QStringLiteral("%1 clients need about %2 open files, and this process may open "
                               "%3; raise the limit (ulimit -n, or LimitNOFILE= in a unit)")
                    .arg(clients + leanReceivers)
                    .arg(needed)
                    .arg(fileLimit));
}

omk::Expected<QUrl> roomServerUrl(const QString& text) {
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("--server: expected ws://HOST:PORT/ws or http://HOST:PORT"));
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return fail(QStringLiteral("--server: unsupported scheme \"%1\"").arg(scheme));
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/ws"));
    return url;
}

omk::Expected<LoadTestReport> runLoadTest(const LoadTestOptions& o, const LoadProgress& progress) {
    if (!QCoreApplication::instance()) return fail(QStringLiteral("no QCoreApplication"));
    if (o.clients < 1) return fail(QStringLiteral("--clients: expected at least 1"));
    if (o.room.isEmpty()) return fail(QStringLiteral("--room: expected a room name"));
    if (o.leanReceivers < 0) return fail(QStringLiteral("--lean-receivers: expected 0 or more"));
    if (o.leanReceivers > 0 && o.server.scheme() != QLatin1String("ws"))
        return fail(QStringLiteral("--lean-receivers: only for ws:// servers (no TLS)"));
    // Past the limit sockets fail one by one as "too many open files": say it once, up front.
    if (auto fds = checkFileLimit(o.clients, o.leanReceivers, core::raiseOpenFileLimit()); !fds)
        return fds.unexpected();
    auto report = [&](const QString& phase, double done, double total) {
        if (progress) progress(phase, done, total);
    };

    LoadTestReport r;
    r.clients = o.clients;
    r.leanReceivers = o.leanReceivers;
    QElapsedTimer wall;
    wall.start();
    const double cpuAtStart = processCpuSeconds();
    r.threads = o.threads > 0 ? std::min(o.threads, o.clients) : defaultThreads(o.clients);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    Workers workers(r.threads, run);
    std::unique_ptr<LeanReceivers> lean;
    if (o.leanReceivers > 0)
        lean = std::make_unique<LeanReceivers>(
            LeanReceiversConfig{o.server, o.room, run, o.leanReceivers, kRampPerSecond, {}});

    // Connect: a steady ramp, every client retrying with the app's backoff if refused.
    room::RoomConnectionConfig base;
    base.url = o.server;
    base.room = o.room;
    base.client = QStringLiteral("omnikast-loadtest/0.1");
    base.backoffBaseMs = o.backoffBaseMs;
    base.backoffMaxMs = std::max(o.backoffBaseMs, 5000);
    std::unique_ptr<RoomConnection> moderator;
    if (!o.token.isEmpty()) {
        auto cfg = base;
        cfg.token = o.token;
        moderator = std::make_unique<RoomConnection>(cfg);
        QObject::connect(moderator.get(), &RoomConnection::errorOccurred, [&r](const QString& m) {
            if (r.errors.size() < 5) r.errors.append(QStringLiteral("moderator: ") + m);
        });
        moderator->start();
    }
    QElapsedTimer phase;
    phase.start();
    int started = 0;
    if (lean) lean->start();
    const double connectTimeout =
        o.connectTimeoutS > 0 ? o.connectTimeoutS : 10.0 + 0.01 * (o.clients + o.leanReceivers);
    const bool allConnected = waitFor(
        [&] {
            return started == o.clients && workers.sum(&WorkerProgress::connected) == o.clients &&
                   (!lean || lean->joined() == o.leanReceivers) &&
                   (!moderator || moderator->state() == RoomConnection::State::Connected);
        },
        connectTimeout,
        [&] {
            const int due =
                std::min(o.clients, int(double(phase.elapsed()) / 1000.0 * kRampPerSecond) + 1);
            for (; started < due; ++started) {
                auto cfg = base;
                cfg.guestName = QStringLiteral("loadtest-%1").arg(started);
                LoadWorker* w = workers.of(started);
                QMetaObject::invokeMethod(w, [w, cfg] { w->addClient(cfg); });
            }
            report(QStringLiteral("connecting"),
                   workers.sum(&WorkerProgress::connected) + (lean ? lean->joined() : 0),
                   o.clients + o.leanReceivers);
        });
    r.connectS = double(phase.elapsed()) / 1000.0;
    r.connected = workers.sum(&WorkerProgress::everConnected);
    r.leanJoined = lean ? lean->joined() : 0;
    if (!allConnected) {
        if (moderator && moderator->state() != RoomConnection::State::Connected)
            r.failures.append(QStringLiteral("the moderator token did not join the room"));
        if (r.connected < o.clients)
            r.failures.append(QStringLiteral("%1 of %2 clients never joined within %3 s")
                                  .arg(o.clients - r.connected)
                                  .arg(o.clients)
                                  .arg(connectTimeout));
        if (r.leanJoined < o.leanReceivers)
            r.failures.append(QStringLiteral("%1 of %2 lean receivers never joined within %3 s")
                                  .arg(o.leanReceivers - r.leanJoined)
                                  .arg(o.leanReceivers)
                                  .arg(connectTimeout));
    }

    if (r.connected == 0) {
        r.failures.append(QStringLiteral("no client could join; nothing was sent"));
        report(QStringLiteral("done"), 1, 1);
        return r;
    }

    // Chat at a steady total rate, round-robin over the clients; half-way through a fraction of
    // them lose their sockets, and three quarters through the moderator seeks.
    auto sendPlayback = [&](double positionMs) {
        if (!moderator || moderator->state() != RoomConnection::State::Connected) return;
        auto sent = moderator->send(protocol::EventType::PlaybackState,
                                    {{QStringLiteral("media"), kPlaybackMedia},
                                     {QStringLiteral("position_ms"), positionMs},
                                     {QStringLiteral("paused"), false}});
        if (!sent) r.errors.append(QStringLiteral("playback.state: ") + sent.error().message);
    };
    if (allConnected && o.onAllJoined) o.onAllJoined();
    sendPlayback(0);
    r.playback = moderator != nullptr;
    const int toAbort =
        std::clamp(int(std::lround(o.disconnectFraction * o.clients)), 0, o.clients);
    bool aborted = false, seeked = false;
    qint64 sent = 0;
    phase.restart();
    const double durationMs = o.durationS * 1000.0;
    while (double(phase.elapsed()) < durationMs) {
        const double elapsed = double(phase.elapsed());
        const auto due = qint64(elapsed / 1000.0 * o.chatRate) + 1;
        for (; sent < due; ++sent) {
            const int client = int(sent % o.clients);
            LoadWorker* w = workers.of(client);
            QMetaObject::invokeMethod(
                w, [w, local = workers.local(client), key = sent] { w->sendChat(local, key); });
        }
        if (!aborted && elapsed >= durationMs / 2) {
            aborted = true;
            for (int j = 0; j < toAbort; ++j) {
                const int client = int(qint64(j) * o.clients / toAbort);
                LoadWorker* w = workers.of(client);
                QMetaObject::invokeMethod(
                    w, [w, local = workers.local(client)] { w->abortClient(local); });
            }
        }
        if (!seeked && elapsed >= durationMs * 3 / 4) {
            seeked = true;
            sendPlayback(kSeekPositionMs);
        }
        report(QStringLiteral("chatting"), elapsed / 1000.0, o.durationS);
        pump(kTickMs);
    }
    r.chatS = double(phase.elapsed()) / 1000.0;
    r.sent = sent;
    if (o.onChatEnded) o.onChatEnded();

    // Drain: every send acknowledged, every client caught up to the same seq.
    qint64 ackedNow = 0;
    auto seqRange = [&] {
        qint64 lo = std::numeric_limits<qint64>::max(), hi = 0;
        ackedNow = 0;
        for (int i = 0; i < workers.size(); ++i) {
            auto a = onWorker(workers.at(i), [w = workers.at(i)] { return w->acks(); });
            lo = std::min(lo, a.minAppliedSeq);
            ackedNow += a.ackedSeq.size();
            for (const qint64 seq : a.ackedSeq) hi = std::max(hi, seq);
        }
        return std::pair{lo, hi};
    };
    phase.restart();
    r.drained = waitFor(
        [&] {
            if (workers.sum(&WorkerProgress::pending) > 0) return false;
            if (workers.sum(&WorkerProgress::connected) < r.connected) return false;
            if (moderator && moderator->pendingCount() > 0) return false;
            const auto [lo, hi] = seqRange();
            // Lean receivers never resume: each gets every acked message once.
            if (lean && lean->delivered() < ackedNow * lean->joined()) return false;
            return lo >= hi;
        },
        o.drainTimeoutS,
        [&] {
            report(QStringLiteral("draining"), double(phase.elapsed()) / 1000.0, o.drainTimeoutS);
        });

    // Judge: what every worker saw against what the server acknowledged.
    QSet<qint64> expected, disrupted;
    for (int i = 0; i < workers.size(); ++i) {
        auto a = onWorker(workers.at(i), [w = workers.at(i)] { return w->acks(); });
        disrupted.unite(a.disrupted);
        for (auto it = a.ackedSeq.constBegin(); it != a.ackedSeq.constEnd(); ++it)
            expected.insert(it.key());
        r.duplicateAcks += a.duplicateAcks;
        r.failedSends += a.failedSends;
    }
    r.acked = expected.size();
    r.resentMessages = disrupted.size();
    r.unacked = r.sent - r.acked;
    PlaybackReference ref;
    if (moderator && moderator->hasPlayback()) {
        ref.enabled = true;
        ref.state = moderator->playback();
        ref.serverOffsetMs = moderator->offsetMs();
    }
    Gathered all;
    for (int i = 0; i < workers.size(); ++i)
        all.add(onWorker(workers.at(i), [wk = workers.at(i), &expected, &disrupted,
                                         &ref] { return wk->evaluate(expected, disrupted, ref); }),
                r);
    if (lean) {
        lean->stop();
        r.leanDropped = lean->failed();
        auto w = lean->evaluate(expected, disrupted);
        r.leanDeliveryMs = summarize(w.deliveryMs);
        all.add(w, r);
    }
    // Fan-out time counts only messages every client received live: one that reached a
    // resuming client by replay measures the outage instead.
    std::vector<double> fanout;
    const int receivers = o.clients + r.leanJoined;
    for (auto it = all.live.constBegin(); it != all.live.constEnd(); ++it)
        if (it.value() >= receivers) fanout.push_back(all.slowest.value(it.key()));
    r.deliveryMs = summarize(all.delivery);
    r.fanoutMs = summarize(fanout);
    r.resumeMs = summarize(all.resume);
    r.syncErrorMs = summarize(all.syncError);
    if (r.chatS > 0) {
        r.sentPerSecond = double(r.sent) / r.chatS;
        r.deliveredPerSecond = double(r.deliveryMs.count) / r.chatS;
    }
    if (moderator && !ref.enabled)
        r.failures.append(QStringLiteral("the room's playback state never reached the moderator"));

    if (!r.drained)
        r.failures.append(QStringLiteral("clients had not caught up %1 s after sending stopped")
                              .arg(o.drainTimeoutS));
    if (r.unacked > 0)
        r.failures.append(QStringLiteral("%1 sends never acknowledged").arg(r.unacked));
    if (r.failedSends > 0) r.failures.append(QStringLiteral("%1 sends refused").arg(r.failedSends));
    if (r.lost > 0)
        r.failures.append(
            QStringLiteral("%1 deliveries lost (%2 clients)").arg(r.lost).arg(r.clientsWithLoss));
    if (r.duplicates > 0)
        r.failures.append(QStringLiteral("%1 messages applied twice").arg(r.duplicates));
    if (r.leanDropped > 0)
        r.failures.append(
            QStringLiteral("%1 lean receivers failed or were dropped").arg(r.leanDropped));
    if (r.resumed < r.aborted)
        r.failures.append(QStringLiteral("%1 of %2 aborted clients did not resume")
                              .arg(r.aborted - r.resumed)
                              .arg(r.aborted));
    if (r.resets > 0)
        r.failures.append(
            QStringLiteral("%1 resumes were not recovered (state replaced)").arg(r.resets));
    if (r.playbackMismatches > 0)
        r.failures.append(
            QStringLiteral("%1 clients do not show the room's media").arg(r.playbackMismatches));
    if (o.maxP99Ms && r.deliveryMs.p99 > *o.maxP99Ms)
        r.failures.append(QStringLiteral("delivery p99 %1 ms above --max-p99-ms %2")
                              .arg(r.deliveryMs.p99, 0, 'f', 1)
                              .arg(*o.maxP99Ms));
    r.clientCores =
        (processCpuSeconds() - cpuAtStart) / std::max(1e-3, double(wall.elapsed()) / 1000.0);
    report(QStringLiteral("done"), 1, 1);
    if (moderator) moderator->stop();
    return r;
}

QJsonObject toJson(const LoadTestReport& r) {
    return {
        {QStringLiteral("passed"), r.passed()},
        {QStringLiteral("failures"), QJsonArray::fromStringList(r.failures)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
        {QStringLiteral("clients"), r.clients},
        {QStringLiteral("lean_receivers"), r.leanReceivers},
        {QStringLiteral("threads"), r.threads},
        {QStringLiteral("connected"), r.connected},
        {QStringLiteral("lean_joined"), r.leanJoined},
        {QStringLiteral("lean_dropped"), r.leanDropped},
        {QStringLiteral("connect_s"), r.connectS},
        {QStringLiteral("chat_s"), r.chatS},
        {QStringLiteral("sent"), double(r.sent)},
        {QStringLiteral("acked"), double(r.acked)},
        {QStringLiteral("unacked"), double(r.unacked)},
        {QStringLiteral("failed_sends"), r.failedSends},
        {QStringLiteral("duplicate_acks"), r.duplicateAcks},
        {QStringLiteral("sent_per_s"), r.sentPerSecond},
        {QStringLiteral("delivered_per_s"), r.deliveredPerSecond},
        {QStringLiteral("delivery_ms"), toJson(r.deliveryMs)},
        {QStringLiteral("lean_delivery_ms"), toJson(r.leanDeliveryMs)},
        {QStringLiteral("fanout_ms"), toJson(r.fanoutMs)},
        {QStringLiteral("replayed"), double(r.replayed)},
        {QStringLiteral("resent_messages"), double(r.resentMessages)},
        {QStringLiteral("resent_deliveries"), double(r.resentDeliveries)},
        {QStringLiteral("lost"), double(r.lost)},
        {QStringLiteral("duplicates"), double(r.duplicates)},
        {QStringLiteral("aborted"), r.aborted},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("resets"), r.resets},
        {QStringLiteral("resume_ms"), toJson(r.resumeMs)},
        {QStringLiteral("playback"), r.playback},
        {QStringLiteral("sync_error_ms"), toJson(r.syncErrorMs)},
        {QStringLiteral("playback_mismatches"), r.playbackMismatches},
        {QStringLiteral("drained"), r.drained},
        {QStringLiteral("client_cores"), r.clientCores},
    };
}

}  // namespace omk::preflight
