// Room fan-out at scale: N real WebSocket clients (the app's RoomConnection, via the load-test
// engine of src/preflight) in one room of a real omnikast-server running as a separate process
// on loopback, so client and server CPU and memory stay apart. Reports fan-out latency from the
// sender's send to each receiver (p50/p99) and to the last receiver, messages per second, the
// server's memory per connection (RSS delta over N, from /proc) and resume time after forced
// disconnects. Targets: p99 <= 50 ms at 1,000 clients with 100 messages/s, <= 30 KB/connection.
// Arguments: clients, messages per second in the room, and how many of the clients are lean
// receivers (src/preflight/LeanReceivers: real WebSockets that only listen and scan frames
// instead of decoding them; the rest are RoomConnections that chat, lose their sockets and
// resume). Lean receivers let one 2-core machine hold the clients without starving the server.
// Environment: OMNIKAST_FANOUT_DURATION (seconds of chatting, default 20).
#include "core/FileLimit.h"
#include "core/SocketEventLoop.h"
#include "preflight/LoadTest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <unistd.h>

namespace {

using omk::preflight::LoadTestOptions;
using omk::preflight::LoadTestReport;

double envDouble(const char* name, double fallback) {
    bool ok = false;
    const double v = qEnvironmentVariable(name).toDouble(&ok);
    return ok && v > 0 ? v : fallback;
}

// VmRSS of a process, in KiB; 0 if unreadable.
qint64 rssKiB(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// CPU seconds (user + system) a process has used so far.
double cpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start at field 3.
    const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double selfCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// omnikast-server in a process of its own, with a throwaway secret and database.
class ServerProcess {
public:
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
        c.write(QJsonDocument(
                    QJsonObject{{QStringLiteral("listen"), QStringLiteral("127.0.0.1")},
                                {QStringLiteral("port"), m_port},
                                {QStringLiteral("db"), m_dir.filePath(QStringLiteral("rooms.db"))},
                                {QStringLiteral("jwt_secret_file"), secret}})
                    .toJson());
        c.close();
        QProcess invite;
        invite.start(QStringLiteral(OMNIKAST_SERVER_BIN),
                     {QStringLiteral("invite"), QStringLiteral("--role"),
                      QStringLiteral("moderator"), QStringLiteral("--room"),
                      QStringLiteral("bench"), QStringLiteral("--config"), m_config});
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
    ~ServerProcess() {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) m_process.kill();
    }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    const QString& token() const { return m_token; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_config;
    QString m_token;
    quint16 m_port = 0;
};

void BM_RoomFanout(benchmark::State& state) {
    const int clients = int(state.range(0));
    const double rate = double(state.range(1));
    const int lean = int(state.range(2));
    for (auto _ : state) {
        ServerProcess server;
        QString why;
        if (!server.start(&why)) {
            state.SkipWithError(why.toStdString().c_str());
            return;
        }
        const qint64 baseKiB = rssKiB(server.pid());
        qint64 joinedKiB = 0;
        LoadTestOptions o;
        o.server = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port()));
        o.room = QStringLiteral("bench");
        o.clients = clients - lean;
        o.leanReceivers = lean;
        o.durationS = envDouble("OMNIKAST_FANOUT_DURATION", 20);
        o.chatRate = rate;
        o.disconnectFraction = 0.1;
        o.token = server.token();
        o.drainTimeoutS = 30;
        double chatCpu0 = 0, chatCpu1 = 0;
        o.onAllJoined = [&] {
            joinedKiB = rssKiB(server.pid());
            chatCpu0 = cpuSeconds(server.pid());
        };
        o.onChatEnded = [&] { chatCpu1 = cpuSeconds(server.pid()); };
        const double serverCpu0 = cpuSeconds(server.pid()), clientCpu0 = selfCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        auto r = omk::preflight::runLoadTest(o);
        const double wallS = double(wall.elapsed()) / 1000.0;
        const double serverCpu = cpuSeconds(server.pid()) - serverCpu0;
        const double clientCpu = selfCpuSeconds() - clientCpu0;
        if (!r) {
            state.SkipWithError(r.error().message.toStdString().c_str());
            return;
        }
        const qint64 endKiB = rssKiB(server.pid());
        state.SetIterationTime(r->chatS);
        state.counters["connected"] = r->connected + r->leanJoined;
        state.counters["lean_dropped"] = r->leanDropped;
        // Cores busy over the whole run (connect, chat, drain): 1.0 is one core.
        state.counters["server_cores"] = serverCpu / wallS;
        state.counters["client_cores"] = clientCpu / wallS;
        // Server CPU while chatting only, per frame it delivered to one client: the
        // single-threaded server carries at most 1e6 / this many deliveries a second on a core.
        const double chatServerCpu = chatCpu1 - chatCpu0;
        state.counters["server_cores_chat"] = r->chatS > 0 ? chatServerCpu / r->chatS : 0;
        state.counters["server_us_per_deliv"] =
            r->deliveryMs.count > 0 ? chatServerCpu * 1e6 / double(r->deliveryMs.count) : 0;
        state.counters["p50_ms"] = r->deliveryMs.p50;
        state.counters["p99_ms"] = r->deliveryMs.p99;
        state.counters["lean_p50_ms"] = r->leanDeliveryMs.p50;
        state.counters["lean_p99_ms"] = r->leanDeliveryMs.p99;
        state.counters["fanout_p50_ms"] = r->fanoutMs.p50;
        state.counters["fanout_p99_ms"] = r->fanoutMs.p99;
        state.counters["sent_per_s"] = r->sentPerSecond;
        state.counters["deliv_per_s"] = r->deliveredPerSecond;
        state.counters["KB_per_conn"] =
            joinedKiB > 0 ? double(joinedKiB - baseKiB) * 1.024 / clients : 0;
        state.counters["KB_per_conn_end"] = double(endKiB - baseKiB) * 1.024 / clients;
        state.counters["resume_p50_ms"] = r->resumeMs.p50;
        state.counters["resume_p99_ms"] = r->resumeMs.p99;
        state.counters["resumed"] = r->resumed;
        state.counters["aborted"] = r->aborted;
        state.counters["lost"] = double(r->lost);
        state.counters["dups"] = double(r->duplicates);
        state.counters["resets"] = r->resets;
        state.counters["dup_acks"] = r->duplicateAcks;
        state.counters["sync_p99_ms"] = r->syncErrorMs.p99;
        if (!r->passed())
            state.SetLabel(r->failures.join(QStringLiteral("; ")).left(200).toStdString());
    }
}
BENCHMARK(BM_RoomFanout)
    ->ArgNames({"clients", "msgs_per_s", "lean"})
    ->Args({100, 100, 0})
    ->Args({1000, 100, 0})
    ->Args({1000, 10, 0})
    ->Args({1000, 100, 900})
    ->Args({1000, 10, 900})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv) {
    // A thousand client sockets; the server does the same (core/SocketEventLoop.h).
    omk::core::preferPollEventLoop();
    QCoreApplication app(argc, argv);
    // The clients' own reconnect notes would drown the table; warnings stay.
    QLoggingCategory::setFilterRules(
        QStringLiteral("omnikast.*.info=false\nomnikast.*.debug=false"));
    // Each client holds a socket.
    omk::core::raiseOpenFileLimit();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
