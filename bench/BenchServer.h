#pragma once
// What the server benchmarks share: omnikast-server in a process of its own (a throwaway secret,
// database and port; a minted invite), that process's memory and CPU from /proc, and main().
// Needs OMNIKAST_SERVER_BIN defined to the server's path.

#include "core/FileLimit.h"
#include "core/SocketEventLoop.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace omk::bench {

// VmRSS of a process, in KiB; 0 if unreadable.
inline qint64 rssKiB(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// CPU seconds (user + system) a process has used so far.
inline double cpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start at field 3.
    const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

inline double selfCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

inline quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// omnikast-server in a process of its own, with a throwaway secret and database.
class BenchServer {
public:
    // catalog: a catalog file for --catalog (empty: none); the invite minted for the bench has
    // inviteRole in inviteRoom.
    explicit BenchServer(QString catalog = {}, QString inviteRole = QStringLiteral("moderator"),
                         QString inviteRoom = QStringLiteral("bench"))
        : m_catalog(std::move(catalog)),
          m_inviteRole(std::move(inviteRole)),
          m_inviteRoom(std::move(inviteRoom)) {}

    bool start(QString* why) {
        const QString secret = m_dir.filePath(QStringLiteral("secret"));
        QFile s(secret);
        if (!s.open(QIODevice::WriteOnly)) return *why = QStringLiteral("no temp dir"), false;
        s.write(QByteArray(48, 'k'));
        s.close();
        m_port = freePort();
        m_config = m_dir.filePath(QStringLiteral("server.json"));
        QFile c(m_config);
        if (!c.open(QIODevice::WriteOnly)) return *why = QStringLiteral("no temp dir"), false;
        QJsonObject config{{QStringLiteral("listen"), QStringLiteral("127.0.0.1")},
                           {QStringLiteral("port"), m_port},
                           {QStringLiteral("db"), m_dir.filePath(QStringLiteral("rooms.db"))},
                           {QStringLiteral("jwt_secret_file"), secret}};
        if (!m_catalog.isEmpty()) config.insert(QStringLiteral("catalog"), m_catalog);
        c.write(QJsonDocument(config).toJson());
        c.close();
        QProcess invite;
        invite.start(
            QStringLiteral(OMNIKAST_SERVER_BIN),
            {QStringLiteral("invite"), QStringLiteral("--role"), m_inviteRole,
             QStringLiteral("--room"), m_inviteRoom, QStringLiteral("--config"), m_config});
        if (!invite.waitForFinished(10000) || invite.exitCode() != 0)
            return *why = QStringLiteral("invite failed: ") +
                          QString::fromUtf8(invite.readAllStandardError()),
                   false;
        m_token = QString::fromUtf8(invite.readAllStandardOutput()).trimmed();
        // Logs go to a file: a pipe nobody reads would stall the server.
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
        m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")),
                                       QIODevice::Append);
        m_process.start(QStringLiteral(OMNIKAST_SERVER_BIN),
                        {QStringLiteral("--config"), m_config});
        if (!m_process.waitForStarted(10000)) return *why = m_process.errorString(), false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100)) return true;
            QThread::msleep(50);
        }
        return *why = QStringLiteral("the server did not start listening"), false;
    }
    ~BenchServer() {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) m_process.kill();
    }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    const QString& token() const { return m_token; }

private:
    QString m_catalog, m_inviteRole, m_inviteRoom;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_config;
    QString m_token;
    quint16 m_port = 0;
};

// main() of a benchmark whose clients are a thousand sockets: the server's event loop kind
// (core/SocketEventLoop.h), a descriptor limit that holds them, the clients' own notes quiet
// (warnings stay), then the registered benchmarks.
inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// One change sent at sentNs[k] reaching `receivers` receivers, whose arrivals are `at` in order
// (receivers per change, change after change): how long to the last receiver of each change, and
// to each receiver, as the benches' counters last_p50_ms … all_p99_ms, and how many changes
// arrived everywhere as countName.
inline void countArrivals(benchmark::State& state, const std::vector<qint64>& sentNs,
                          const std::vector<qint64>& at, int receivers, const char* countName) {
    std::vector<double> last, all;
    for (size_t k = 0; k < sentNs.size() && (k + 1) * size_t(receivers) <= at.size(); ++k) {
        double worst = 0;
        for (size_t i = k * size_t(receivers); i < (k + 1) * size_t(receivers); ++i) {
            const double ms = double(at[i] - sentNs[k]) / 1e6;
            all.push_back(ms);
            worst = std::max(worst, ms);
        }
        last.push_back(worst);
    }
    state.counters["last_p50_ms"] = percentile(last, 0.5);
    state.counters["last_p99_ms"] = percentile(last, 0.99);
    state.counters["all_p50_ms"] = percentile(all, 0.5);
    state.counters["all_p99_ms"] = percentile(all, 0.99);
    state.counters[countName] = double(last.size());
}

inline int runWithClients(int argc, char** argv) {
    omk::core::preferPollEventLoop();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("omnikast.*.info=false\nomnikast.*.debug=false"));
    omk::core::raiseOpenFileLimit();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace omk::bench
