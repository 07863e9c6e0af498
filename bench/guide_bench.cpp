// The guide's view to its followers (issue 21, protocol 1.5): a moderator's client sends
// guide.view to a real omnikast-server process on loopback, and V followers joined to the room —
// lean receivers (src/preflight/LeanReceivers: real WebSockets that scan frames instead of
// decoding them) — time each relayed view's arrival. Each view is sent once every follower has the
// one before, at most ten a second (the server's guide_per_second); reported: the time from the
// view leaving the guide to the last follower having it, p50/p99 over the views, and to every
// follower, p50/p99 over all deliveries. A follower's view then settles within
// GuideController::kSmoothingMs (250 ms), a fixed smoothing added to these. Environment:
// OMNIKAST_GUIDE_VIEWS (default 50).
#include "BenchServer.h"
#include "preflight/LeanReceivers.h"
#include "preflight/LoadWorker.h"
#include "protocol/ClientMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QWebSocket>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

using namespace omk::bench;

// Runs the event loop until done() or timeoutMs.
template <typename F>
bool pump(F done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(100);
    }
    return done();
}

void BM_GuideToFollowers(benchmark::State& state) {
    const int followers = int(state.range(0));
    const int views = qEnvironmentVariableIsSet("OMNIKAST_GUIDE_VIEWS")
                          ? qEnvironmentVariableIntValue("OMNIKAST_GUIDE_VIEWS")
                          : 50;
    for (auto _ : state) {
        BenchServer server;  // the invite: a moderator of room "bench"
        QString why;
        if (!server.start(&why)) {
            state.SkipWithError(why.toStdString().c_str());
            return;
        }
        omk::preflight::LeanReceiversConfig c;
        c.server = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port()));
        c.room = QStringLiteral("bench");
        c.run = QStringLiteral("guide");
        c.count = followers;
        c.marker = R"("type":"guide.view")";
        omk::preflight::LeanReceivers lean(c);
        lean.start();
        QElapsedTimer joining;
        joining.start();
        while (lean.joined() + lean.failed() < followers && joining.elapsed() < 60000)
            QThread::msleep(20);
        if (lean.joined() < followers) {
            lean.stop();
            state.SkipWithError("not every follower joined");
            return;
        }

        // The guide: the bench's moderator invite, joined to the room.
        QWebSocket guide;
        bool joined = false, welcomed = false;
        QObject::connect(&guide, &QWebSocket::textMessageReceived, [&](const QString& t) {
            if (t.contains(QLatin1String("\"type\":\"welcome\""))) welcomed = true;
            if (t.contains(QLatin1String("\"type\":\"joined\""))) joined = true;
        });
        guide.open(c.server);
        if (!pump([&] { return guide.state() == QAbstractSocket::ConnectedState; }, 10000)) {
            lean.stop();
            state.SkipWithError("the guide could not connect");
            return;
        }
        omk::protocol::Hello hello;
        hello.token = server.token();
        guide.sendTextMessage(QString::fromUtf8(omk::protocol::encode(hello)));
        pump([&] { return welcomed; }, 10000);
        guide.sendTextMessage(QString::fromUtf8(
            omk::protocol::encode(omk::protocol::Join{c.room, std::nullopt, {}})));
        if (!pump([&] { return joined; }, 10000)) {
            lean.stop();
            state.SkipWithError("the guide could not join");
            return;
        }

        std::vector<qint64> sentNs;
        int late = 0;
        for (int k = 0; k < views; ++k) {
            QElapsedTimer pace;
            pace.start();
            const omk::protocol::GuideView view{c.room, true, double(k % 360) - 179.0,
                                                double(k % 60) - 30.0, 80};
            sentNs.push_back(omk::preflight::steadyNowNs());
            guide.sendTextMessage(QString::fromUtf8(omk::protocol::encode(view)));
            guide.flush();
            if (!pump([&] { return lean.marked() >= qint64(k + 1) * followers; }, 10000)) {
                ++late;
                break;
            }
            // Ten a second at most: the server drops what is faster.
            pump([&] { return pace.elapsed() >= 1000 / 10 + 5; }, 1000);
        }
        lean.stop();
        guide.close();
        countArrivals(state, sentNs, lean.markedAtNs(), followers, "views");
        state.counters["followers"] = followers;
        state.counters["late"] = late;
    }
}
BENCHMARK(BM_GuideToFollowers)
    ->ArgNames({"followers"})
    ->Arg(50)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv) {
    return omk::bench::runWithClients(argc, argv);
}
