#include "preflight/LoadWorker.h"

#include "preflight/Log.h"

#include <QDateTime>

#include <chrono>

namespace omk::preflight {

using room::RoomConnection;

namespace {

constexpr int kMaxErrors = 5;

}  // namespace

QString loadMessageText(const QString& run, qint64 key, qint64 sentNs) {
    return QStringLiteral("lt %1 %2 %3").arg(run).arg(key).arg(sentNs);
}

bool parseLoadMessage(const QString& text, const QString& run, qint64* key, qint64* sentNs) {
    const auto parts = QStringView(text).split(QLatin1Char(' '));
    if (parts.size() != 4 || parts[0] != QLatin1String("lt") || parts[1] != run) return false;
    bool keyOk = false, nsOk = false;
    *key = parts[2].toLongLong(&keyOk);
    *sentNs = parts[3].toLongLong(&nsOk);
    return keyOk && nsOk;
}

qint64 steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct LoadWorker::Client {
    std::unique_ptr<RoomConnection> conn;
    QHash<QString, qint64> keyByCid;
    QHash<qint64, qint64> ackedSeq;
    int duplicateAcks = 0;
    QHash<qint64, int> received;  // key → times applied
    bool connected = false;
    bool everConnected = false;
    int pending = 0;
    qint64 abortedAtNs = 0;  // 0: not waiting to resume
    std::vector<double> resumeMs;
    int aborted = 0;
    int resets = 0;
};

LoadWorker::LoadWorker(QString run, QObject* parent) : QObject(parent), m_run(std::move(run)) {}

LoadWorker::~LoadWorker() = default;

void LoadWorker::addClient(const room::RoomConnectionConfig& config) {
    auto owned = std::make_unique<Client>();
    Client& c = *owned;
    c.conn = std::make_unique<RoomConnection>(config);
    RoomConnection* conn = c.conn.get();
    connect(conn, &RoomConnection::eventApplied, this,
            [this, &c](const protocol::Event& e) { onApplied(c, e); });
    connect(conn, &RoomConnection::stateChanged, this,
            [this, &c](RoomConnection::State s) { onState(c, s); });
    connect(conn, &RoomConnection::roomReset, this, [&c] {
        if (c.everConnected) ++c.resets;  // the first join always starts from a snapshot
    });
    connect(conn, &RoomConnection::acked, this, [&c](const protocol::Ack& a) {
        const auto it = c.keyByCid.constFind(a.cid);
        if (it == c.keyByCid.constEnd()) return;
        c.ackedSeq.insert(*it, a.seq);
        if (a.duplicate) ++c.duplicateAcks;
    });
    connect(conn, &RoomConnection::pendingCountChanged, this, [this, &c] {
        const int now = c.conn->pendingCount();
        progress.pending += now - c.pending;
        c.pending = now;
    });
    connect(conn, &RoomConnection::sendFailed, this,
            [this](const QString&, const QString& code, const QString& message) {
                ++m_failedSends;
                noteError(QStringLiteral("send refused: %1: %2").arg(code, message));
            });
    connect(conn, &RoomConnection::errorOccurred, this, &LoadWorker::noteError);
    m_clients.push_back(std::move(owned));
    conn->start();
}

void LoadWorker::noteError(const QString& message) {
    qCDebug(lcPreflight).noquote() << "client:" << message;
    if (m_errors.size() < kMaxErrors && !m_errors.contains(message)) m_errors.append(message);
}

void LoadWorker::onState(Client& c, RoomConnection::State s) {
    const bool connected = s == RoomConnection::State::Connected;
    if (connected == c.connected) return;
    c.connected = connected;
    progress.connected += connected ? 1 : -1;
    if (!connected) return;
    if (!c.everConnected) {
        c.everConnected = true;
        ++progress.everConnected;
    }
    if (c.abortedAtNs > 0) {
        c.resumeMs.push_back(double(steadyNowNs() - c.abortedAtNs) / 1e6);
        c.abortedAtNs = 0;
    }
}

void LoadWorker::onApplied(Client& c, const protocol::Event& e) {
    if (e.type != protocol::EventType::ChatMessage) return;
    qint64 key = 0, sentNs = 0;
    if (!parseLoadMessage(e.data.value(QStringLiteral("text")).toString(), m_run, &key, &sentNs))
        return;
    ++c.received[key];
    ++progress.delivered;
    // Events applied while not Connected arrive inside a resuming join: they measure the
    // outage, not fan-out, so they are counted apart.
    if (c.conn->state() != RoomConnection::State::Connected) {
        ++m_replayed;
        return;
    }
    const double ms = double(steadyNowNs() - sentNs) / 1e6;
    m_deliveries.push_back({key, float(ms)});
    double& slowest = m_slowestMs[key];
    slowest = std::max(slowest, ms);
    ++m_liveDeliveries[key];
}

void LoadWorker::sendChat(int local, qint64 key) {
    if (m_clients.empty()) return;
    // A resuming sender would hold the message in its outbox, and its latency would measure the
    // outage rather than fan-out: the next joined client of this worker sends it instead.
    const std::size_t n = m_clients.size();
    std::size_t pick = std::size_t(local) % n;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t j = (std::size_t(local) + k) % n;
        if (m_clients[j]->connected) {
            pick = j;
            break;
        }
    }
    Client& c = *m_clients[pick];
    auto cid = c.conn->sendChat(loadMessageText(m_run, key, steadyNowNs()));
    if (!cid) {
        ++m_failedSends;
        noteError(cid.error().message);
        return;
    }
    c.keyByCid.insert(*cid, key);
}

void LoadWorker::abortClient(int local) {
    Client& c = *m_clients.at(std::size_t(local));
    if (!c.connected) return;  // only a joined session can show what resuming does
    c.abortedAtNs = steadyNowNs();
    ++c.aborted;
    for (auto it = c.keyByCid.constBegin(); it != c.keyByCid.constEnd(); ++it)
        if (!c.ackedSeq.contains(it.value())) m_disrupted.insert(it.value());
    c.conn->abortSocket();
}

void LoadWorker::stopAll() {
    m_clients.clear();  // each RoomConnection drops its socket as it goes
}

WorkerAcks LoadWorker::acks() const {
    WorkerAcks a;
    a.failedSends = m_failedSends;
    a.disrupted = m_disrupted;
    a.minAppliedSeq = std::numeric_limits<qint64>::max();
    for (const auto& c : m_clients) {
        for (auto it = c->ackedSeq.constBegin(); it != c->ackedSeq.constEnd(); ++it)
            a.ackedSeq.insert(it.key(), it.value());
        a.duplicateAcks += c->duplicateAcks;
        a.minAppliedSeq = std::min(a.minAppliedSeq, c->conn->lastSeq());
    }
    if (m_clients.empty()) a.minAppliedSeq = 0;
    return a;
}

WorkerEvaluation LoadWorker::evaluate(const QSet<qint64>& expected, const QSet<qint64>& disrupted,
                                      const PlaybackReference& ref) const {
    WorkerEvaluation w;
    w.deliveryMs.reserve(m_deliveries.size());
    for (const Delivery& d : m_deliveries) {
        if (disrupted.contains(d.key))
            ++w.disruptedDeliveries;
        else
            w.deliveryMs.push_back(double(d.ms));
    }
    w.slowestMs = m_slowestMs;
    w.liveDeliveries = m_liveDeliveries;
    for (const qint64 key : disrupted) {
        w.slowestMs.remove(key);
        w.liveDeliveries.remove(key);
    }
    w.replayed = m_replayed;
    w.errors = m_errors;
    const double localNowMs = double(QDateTime::currentMSecsSinceEpoch());
    for (const auto& c : m_clients) {
        qint64 lost = 0;
        for (const qint64 key : expected)
            if (!c->received.contains(key)) ++lost;
        w.lost += lost;
        if (lost > 0) ++w.clientsWithLoss;
        for (const int times : c->received)
            if (times > 1) w.duplicates += times - 1;
        w.aborted += c->aborted;
        w.resumed += int(c->resumeMs.size());
        w.resumeMs.insert(w.resumeMs.end(), c->resumeMs.begin(), c->resumeMs.end());
        w.resets += c->resets;
        if (!ref.enabled) continue;
        const auto& mine = c->conn->playback();
        if (mine.media != ref.state.media) {
            ++w.playbackMismatches;
            continue;
        }
        const double expectedS = ref.state.expectedPosition(localNowMs + ref.serverOffsetMs);
        const double computedS = mine.expectedPosition(c->conn->serverNowMs());
        w.syncErrorMs.push_back(std::abs(computedS - expectedS) * 1000.0);
    }
    return w;
}

}  // namespace omk::preflight
