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
#include "BenchServer.h"
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

using namespace omk::bench;
using omk::preflight::LoadTestOptions;
using omk::preflight::LoadTestReport;

double envDouble(const char* name, double fallback) {
    bool ok = false;
    const double v = qEnvironmentVariable(name).toDouble(&ok);
    return ok && v > 0 ? v : fallback;
}

void BM_RoomFanout(benchmark::State& state) {
    const int clients = int(state.range(0));
    const double rate = double(state.range(1));
    const int lean = int(state.range(2));
    for (auto _ : state) {
        BenchServer server;
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
    return omk::bench::runWithClients(argc, argv);
}
