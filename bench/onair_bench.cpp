// On-air switching at scale (issue 19): an organizer's POST /admin/channels/{id}/on-air to a real
// omnikast-server process on loopback, and V viewers signed in to it — lean receivers
// (src/preflight/LeanReceivers: real WebSockets that scan frames instead of decoding them) timing
// the `onair` frame's arrival. Each switch is sent once every viewer has the one before; the time
// from the request leaving to the last viewer having the switch, p50/p99 over the switches
// (target p99 <= 100 ms at 1,000 viewers), and to every viewer, p50/p99 over all deliveries.
// The time includes the HTTP request, the admin check, the store's commit (SQLite, as the server
// is deployed by default) and the fan-out. BM_ChannelEdit does the same for one part of the
// catalog changed (PATCH /admin/channels/main, a rename back and forth): the new catalog version
// stored with its audit entry, and `catalog.changed` to every viewer (the time to be told; each
// viewer's fetch of /catalog.json after it is not in it). Environment: OMNIKAST_ONAIR_SWITCHES
// (default 100).
#include "BenchServer.h"
#include "core/FileLimit.h"
#include "core/SocketEventLoop.h"
#include "preflight/LeanReceivers.h"
#include "preflight/LoadWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

using namespace omk::bench;

// A plain HTTP/1.1 request on its own connection; true on a 200.
bool send(quint16 port, const QByteArray& verb, const QByteArray& path, const QString& token,
          const QByteArray& body) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000)) return false;
    s.write(verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            token.toLatin1() +
            "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n") && s.waitForReadyRead(5000)) answer += s.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

// What each bench changes, and how a viewer's frame of that change is told apart.
struct Change {
    QByteArray verb, path;
    QByteArray bodies[2];  // alternated: each a real change every viewer is told of
    const char* marker;    // compact JSON, keys in order
};

void measure(benchmark::State& state, const Change& change) {
    const int viewers = int(state.range(0));
    const int switches = qEnvironmentVariableIsSet("OMNIKAST_ONAIR_SWITCHES")
                             ? qEnvironmentVariableIntValue("OMNIKAST_ONAIR_SWITCHES")
                             : 100;
    for (auto _ : state) {
        BenchServer server(QStringLiteral(OMNIKAST_BENCH_CATALOG), QStringLiteral("admin"),
                           QStringLiteral("*"));
        QString why;
        if (!server.start(&why)) {
            state.SkipWithError(why.toStdString().c_str());
            return;
        }
        omk::preflight::LeanReceiversConfig c;
        c.server = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port()));
        c.room = QStringLiteral("bench");
        c.run = QStringLiteral("onair");
        c.count = viewers;
        c.marker = QByteArray(change.marker);
        omk::preflight::LeanReceivers lean(c);
        lean.start();
        QElapsedTimer joining;
        joining.start();
        while (lean.joined() + lean.failed() < viewers && joining.elapsed() < 60000)
            QThread::msleep(20);
        if (lean.joined() < viewers) {
            lean.stop();
            state.SkipWithError("not every viewer joined");
            return;
        }
        std::vector<qint64> sentNs;
        int refused = 0, late = 0;
        for (int k = 0; k < switches; ++k) {
            sentNs.push_back(omk::preflight::steadyNowNs());
            if (!send(server.port(), change.verb, change.path, server.token(),
                      change.bodies[k % 2]))
                ++refused;
            QElapsedTimer wait;
            wait.start();
            while (lean.marked() < qint64(k + 1) * viewers && wait.elapsed() < 10000)
                QThread::usleep(200);
            if (lean.marked() < qint64(k + 1) * viewers) {
                ++late;
                break;
            }
            QThread::msleep(20);
        }
        lean.stop();
        countArrivals(state, sentNs, lean.markedAtNs(), viewers, "switches");
        state.counters["viewers"] = viewers;
        state.counters["refused"] = refused;
        state.counters["late"] = late;
        state.counters["server_rss_mib"] = double(rssKiB(server.pid())) / 1024.0;
    }
}

void BM_OnAirSwitch(benchmark::State& state) {
    // main: on air, off air, on air… (not the board after each welcome: "full":true).
    measure(state, {"POST",
                    "/admin/channels/main/on-air",
                    {R"({"session":"s1"})", R"({"session":null})"},
                    R"("full":false,"type":"onair")"});
}
BENCHMARK(BM_OnAirSwitch)
    ->ArgNames({"viewers"})
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

void BM_ChannelEdit(benchmark::State& state) {
    // main renamed and back (not the empty catalog.changed after each welcome).
    measure(state, {"PATCH",
                    "/admin/channels/main",
                    {R"j({"name":"Main Stage (Hall B)"})j", R"({"name":"Main Stage"})"},
                    R"("changes":{"channels":{"changed":["main"]}})"});
}
BENCHMARK(BM_ChannelEdit)
    ->ArgNames({"viewers"})
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv) {
    return omk::bench::runWithClients(argc, argv);
}
