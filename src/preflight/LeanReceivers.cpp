#include "preflight/LeanReceivers.h"

#include "preflight/WireFrames.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>

namespace omk::preflight {

namespace {

constexpr int kMaxErrors = 5;
constexpr std::size_t kReadChunk = 64 * 1024;

enum class Phase { Connecting, Upgrading, Hello, Joining, Joined, Closed };

// "code: message" of a protocol error frame; errors are rare, so this one is decoded.
QString errorLine(std::string_view text) {
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
    const QString code = o.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) return QStringLiteral("an error frame without a code");
    return code + QStringLiteral(": ") + o.value(QStringLiteral("message")).toString().left(200);
}

}  // namespace

struct LeanReceivers::Conn {
    int index = 0;
    int fd = -1;
    Phase phase = Phase::Connecting;
    std::string key;      // Sec-WebSocket-Key
    std::string in;       // read, not yet parsed
    std::string out;      // to write
    std::string message;  // a fragmented text message so far
    bool fragmented = false;
    bool writable = false;  // EPOLLOUT is being watched
    std::uint32_t mask = 0;
    std::vector<qint64> keys;  // this run's messages received, in arrival order
};

LeanReceivers::LeanReceivers(LeanReceiversConfig config) : m_config(std::move(config)) {
    const QUrl& u = m_config.server;
    m_host = u.host().toStdString() + ':' + std::to_string(u.port(80));
    m_path = u.path().isEmpty() ? std::string("/") : u.path().toStdString();
    m_run = m_config.run.toStdString();
}

LeanReceivers::~LeanReceivers() {
    stop();
}

void LeanReceivers::start() {
    if (m_thread.joinable()) return;
    m_stop = false;
    m_ready = false;
    // The address once for every connection; errno is per thread, so both failures are read
    // here, where the calls ran.
    const std::string host = m_config.server.host().toStdString();
    m_address.sin_family = AF_INET;
    m_address.sin_port = htons(quint16(m_config.server.port(80)));
    if (inet_pton(AF_INET, host.c_str(), &m_address.sin_addr) != 1) {
        addrinfo hints{}, *res = nullptr;
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        if (getaddrinfo(host.c_str(), nullptr, &hints, &res) != 0 || !res) {
            m_errors.append(QStringLiteral("lean receivers: cannot resolve %1")
                                .arg(QString::fromStdString(host)));
            m_failed = m_config.count;
            return;
        }
        m_address.sin_addr = reinterpret_cast<sockaddr_in*>(res->ai_addr)->sin_addr;
        freeaddrinfo(res);
    }
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        m_errors.append(QStringLiteral("lean receivers: epoll_create1: %1")
                            .arg(QString::fromLocal8Bit(strerror(errno))));
    m_ready = m_epoll >= 0;
    m_thread = std::thread([this] { loop(); });
}

void LeanReceivers::stop() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
    for (auto& c : m_conns)
        if (c->fd >= 0) {
            ::close(c->fd);
            c->fd = -1;
        }
    if (m_epoll >= 0) {
        ::close(m_epoll);
        m_epoll = -1;
    }
}

void LeanReceivers::loop() {
    if (!m_ready) {
        m_failed = m_config.count;
        return;
    }
    std::mt19937 rng(std::random_device{}());
    const auto t0 = std::chrono::steady_clock::now();
    epoll_event events[256];
    int opened = 0;
    while (!m_stop.load(std::memory_order_relaxed)) {
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const int due = std::min(m_config.count, int(s * m_config.rampPerSecond) + 1);
        for (; opened < due; ++opened) {
            auto c = std::make_unique<Conn>();
            c->index = opened;
            c->mask = rng();
            QByteArray raw(16, Qt::Uninitialized);
            for (char& b : raw) b = char(rng());
            c->key = raw.toBase64().toStdString();
            m_conns.push_back(std::move(c));
            open(opened);
        }
        const int n = epoll_wait(m_epoll, events, 256, 5);
        for (int i = 0; i < n; ++i) {
            Conn& c = *m_conns[std::size_t(events[i].data.u32)];
            if (c.phase == Phase::Closed) continue;
            if (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) onWritable(c);
            if (c.phase != Phase::Closed && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                onReadable(c);
        }
    }
}

void LeanReceivers::open(int index) {
    Conn& c = *m_conns[std::size_t(index)];
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0)
        return fail(c, QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(c.fd, reinterpret_cast<const sockaddr*>(&m_address), sizeof m_address) != 0 &&
        errno != EINPROGRESS)
        return fail(c, QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u32 = std::uint32_t(index);
    c.writable = true;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
}

void LeanReceivers::watch(Conn& c, bool writable) {
    if (c.writable == writable || c.fd < 0) return;
    c.writable = writable;
    epoll_event ev{};
    ev.events = EPOLLIN | (writable ? EPOLLOUT : 0u);
    ev.data.u32 = std::uint32_t(c.index);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void LeanReceivers::fail(Conn& c, const QString& why) {
    if (c.phase == Phase::Closed) return;
    if (c.phase == Phase::Joined) --m_joined;
    c.phase = Phase::Closed;
    ++m_failed;
    if (c.fd >= 0) {
        ::close(c.fd);
        c.fd = -1;
    }
    const QString line = QStringLiteral("lean receiver: ") + why;
    if (m_errors.size() < kMaxErrors && !m_errors.contains(line)) m_errors.append(line);
}

void LeanReceivers::queue(Conn& c, std::string bytes) {
    c.out.append(bytes);
    onWritable(c);
}

void LeanReceivers::onWritable(Conn& c) {
    if (c.phase == Phase::Connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0)
            return fail(c,
                        QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(strerror(err))));
        c.phase = Phase::Upgrading;
        c.out = wire::upgradeRequest(m_host, m_path, c.key);
    }
    while (!c.out.empty()) {
        const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (n < 0)
            return fail(c, QStringLiteral("send: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        c.out.erase(0, std::size_t(n));
    }
    watch(c, !c.out.empty());
}

void LeanReceivers::onReadable(Conn& c) {
    // Into one buffer of the thread's, then only what came is appended: most reads are one frame.
    thread_local std::vector<char> buffer(kReadChunk);
    for (;;) {
        const ssize_t n = ::recv(c.fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (n < 0)
            return fail(c, QStringLiteral("recv: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        if (n == 0) return fail(c, QStringLiteral("the server closed the connection"));
        c.in.append(buffer.data(), std::size_t(n));
        if (std::size_t(n) < buffer.size()) break;
    }
    handleFrames(c);
}

void LeanReceivers::handleFrames(Conn& c) {
    std::size_t pos = 0;
    QString why;
    if (c.phase == Phase::Upgrading) {
        std::size_t head = 0;
        switch (wire::readUpgradeResponse(c.in, c.key, &head, &why)) {
            case wire::Head::NeedMore:
                return;
            case wire::Head::Refused:
                return fail(c, why);
            case wire::Head::Upgraded:
                pos = head;
                c.phase = Phase::Hello;
                queue(c, wire::clientFrame(wire::Opcode::Text,
                                           "{\"v\":1,\"type\":\"hello\",\"name\":\"lean-" +
                                               std::to_string(c.index) +
                                               "\",\"client\":\"omnikast-loadtest-lean/0.1\"}",
                                           c.mask));
                if (c.phase == Phase::Closed) return;
        }
    }
    for (;;) {
        wire::Frame f;
        const auto r = wire::readFrame(std::string_view(c.in).substr(pos), &f, &why);
        if (r == wire::Read::NeedMore) break;
        if (r == wire::Read::Error) return fail(c, why);
        pos += f.size;
        switch (f.opcode) {
            case wire::Opcode::Ping:
                queue(c, wire::clientFrame(wire::Opcode::Pong, f.payload, c.mask));
                break;
            case wire::Opcode::Pong:
                break;
            case wire::Opcode::Close: {
                const int code = f.payload.size() >= 2
                                     ? (static_cast<unsigned char>(f.payload[0]) << 8) |
                                           static_cast<unsigned char>(f.payload[1])
                                     : 1005;
                return fail(c, QStringLiteral("the server closed with %1").arg(code));
            }
            case wire::Opcode::Binary:
                return fail(c, QStringLiteral("binary frame from the server"));
            case wire::Opcode::Text:
            case wire::Opcode::Continuation:
                if (f.opcode == wire::Opcode::Text && c.fragmented)
                    return fail(c, QStringLiteral("text frame inside a fragmented message"));
                if (f.opcode == wire::Opcode::Continuation && !c.fragmented)
                    return fail(c, QStringLiteral("continuation frame with nothing to continue"));
                if (f.fin && !c.fragmented) {
                    handleMessage(c, f.payload);
                } else {
                    c.message.append(f.payload);
                    c.fragmented = !f.fin;
                    if (f.fin) {
                        handleMessage(c, c.message);
                        c.message.clear();
                    }
                }
                break;
        }
        if (c.phase == Phase::Closed) return;
    }
    c.in.erase(0, pos);
}

void LeanReceivers::handleMessage(Conn& c, std::string_view text) {
    switch (c.phase) {
        case Phase::Hello:
            if (text.find(R"("type":"welcome")") != std::string_view::npos) {
                c.phase = Phase::Joining;
                queue(c, wire::clientFrame(
                             wire::Opcode::Text,
                             R"({"type":"join","room":")" + m_config.room.toStdString() + "\"}",
                             c.mask));
            } else if (text.find(R"("type":"error")") != std::string_view::npos) {
                fail(c, QStringLiteral("hello refused: ") + errorLine(text));
            }
            return;
        case Phase::Joining:
            if (text.find(R"("type":"joined")") != std::string_view::npos) {
                c.phase = Phase::Joined;
                ++m_joined;
            } else if (text.find(R"("type":"error")") != std::string_view::npos) {
                fail(c, QStringLiteral("join refused: ") + errorLine(text));
            }
            return;
        case Phase::Joined: {
            if (!m_config.marker.empty() && text.find(m_config.marker) != std::string_view::npos) {
                m_markedAt.push_back(steadyNowNs());
                m_markedCount.fetch_add(1, std::memory_order_relaxed);
                return;
            }
            std::int64_t key = 0, sentNs = 0;
            if (!wire::findLoadMessage(text, m_run, &key, &sentNs)) return;
            c.keys.push_back(key);
            m_deliveries.push_back({key, float(double(steadyNowNs() - sentNs) / 1e6)});
            m_delivered.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        default:
            return;
    }
}

WorkerEvaluation LeanReceivers::evaluate(const QSet<qint64>& expected,
                                         const QSet<qint64>& disrupted) const {
    WorkerEvaluation e;
    e.errors = m_errors;
    for (const Delivery& d : m_deliveries) {
        if (disrupted.contains(d.key)) {
            ++e.disruptedDeliveries;
            continue;
        }
        e.deliveryMs.push_back(d.ms);
        double& slowest = e.slowestMs[d.key];
        slowest = std::max(slowest, double(d.ms));
        ++e.liveDeliveries[d.key];
    }
    for (const auto& c : m_conns) {
        if (c->phase != Phase::Joined) continue;
        std::vector<qint64> keys = c->keys;
        std::sort(keys.begin(), keys.end());
        const auto unique = std::unique(keys.begin(), keys.end());
        e.duplicates += keys.end() - unique;
        keys.erase(unique, keys.end());
        qint64 missing = 0;
        for (const qint64 k : expected)
            if (!std::binary_search(keys.begin(), keys.end(), k)) ++missing;
        e.lost += missing;
        if (missing > 0) ++e.clientsWithLoss;
    }
    return e;
}

}  // namespace omk::preflight
