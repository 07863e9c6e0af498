// Watch-together sync on one machine: a real omnikast-server on loopback, 4 viewers that decode
// a real clip with the app's own PlayerController + PlayerSync, and 50 that run the same
// SyncController on a simulated media clock (seeks take 30–120 ms, as a real one does), all over
// real WebSockets. A moderator starts playback, then seeks; we sample every viewer's position
// every 20 ms and report the pairwise position error once converged and the time to converge,
// beside the thresholds of the peers the issue names (Jellyfin SyncPlay starts correcting at
// 60 ms, Syncplay at 1.5 s). Output: a table, or JSON with --json.
//
//   sync_bench [--real N] [--sim N] [--seconds S] [--json] [--verbose]
#include "media/Player.h"
#include "room/RoomConnection.h"
#include "server/Jwt.h"
#include "server/Server.h"
#include "sync/SyncController.h"
#include "ui/PlayerController.h"
#include "ui/PlayerSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <thread>
#include <vector>

namespace {

using omk::room::RoomConnection;
using Clock = std::chrono::steady_clock;

const QByteArray kSecret = QByteArrayLiteral("sync-bench-secret-sync-bench-secret-0123456");
const QString kRoom = QStringLiteral("bench");

double nowS() {
    return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

void pump(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

template <typename F>
bool pumpUntil(F done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

omk::room::RoomConnectionConfig connectionConfig(quint16 port, const QString& name) {
    omk::room::RoomConnectionConfig c;
    c.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    c.room = kRoom;
    c.guestName = name;
    c.timePingIntervalMs = 1000;
    return c;
}

// A media clock with no media: what a viewer's player would do, minus the decoding.
struct SimPlayer {
    QString media;
    double base = 0;  // position at baseAt
    double baseAt = nowS();
    double rate = 1.0;
    bool paused = true;
    double seekingUntil = 0;
    double resumeAt = 0;  // a held frame plays from here (SyncDecision::resumeIn)

    double position() const {
        const double t = nowS();
        if (paused) return base;
        const double from = std::max({baseAt, seekingUntil, resumeAt});
        return base + rate * std::max(0.0, t - from);
    }
    bool pausedNow() const { return paused || nowS() < resumeAt; }
    void rebase() {
        base = position();
        baseAt = std::max({nowS(), seekingUntil, resumeAt});
    }
    void seek(double to) {
        base = to;
        seekingUntil = nowS() + QRandomGenerator::global()->bounded(30, 121) / 1000.0;
        baseAt = seekingUntil;
        resumeAt = 0;
    }
};

struct SimViewer {
    std::unique_ptr<RoomConnection> connection;
    omk::sync::SyncController controller;
    SimPlayer player;
    double lastTick = 0;

    // As PlayerSync: every 100 ms, every 10 ms while a seek is in flight or a frame is held.
    void maybeTick() {
        const double interval = controller.wantsFastUpdates() ? 0.010 : 0.100;
        if (nowS() - lastTick < interval - 0.001) return;
        lastTick = nowS();
        tick();
    }
    void tick() {
        if (!connection->hasPlayback() || connection->state() != RoomConnection::State::Connected)
            return;
        omk::sync::LocalPlayback local;
        local.media = player.media;
        local.position = player.position();
        local.rate = player.rate;
        local.paused = player.pausedNow();
        local.seeking = nowS() < player.seekingUntil;
        const auto d = controller.update(connection->playback(), connection->serverNowMs(), local);
        if (d.open) {
            // As PlayerSync: open at the position the controller aims at, paused where it asks;
            // it learns how long opens take apart from seeks.
            player.media = *d.open;
            player.seek(d.seekTo.value_or(0.0));
            player.seekingUntil += 0.2;  // opening takes longer than a seek
            player.baseAt = player.seekingUntil;
            player.paused = d.paused.value_or(false);
            return;
        }
        if (d.rate) {
            player.rebase();
            player.rate = *d.rate;
        }
        if (d.seekTo) player.seek(*d.seekTo);
        if (d.paused) {
            player.rebase();
            player.paused = *d.paused;
            player.resumeAt = 0;
        }
        if (d.resumeIn) {
            // The precise timer PlayerSync starts, exact here.
            player.rebase();
            player.paused = false;
            player.resumeAt = nowS() + *d.resumeIn;
            player.baseAt = player.resumeAt;
        }
    }
};

struct RealViewer {
    std::unique_ptr<omk::ui::PlayerController> player;
    std::unique_ptr<RoomConnection> connection;
    std::unique_ptr<omk::ui::PlayerSync> sync;
    std::atomic<bool> stop{false};
    std::thread render;  // stands in for the render thread: takes frames as they fall due

    ~RealViewer() {
        stop = true;
        if (render.joinable()) render.join();
        sync.reset();
        connection.reset();
    }
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return std::nan("");
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

struct Phase {
    QString name;
    double convergeS = std::nan("");     // every pair within 10 ms
    double convergeP99S = std::nan("");  // 99% of pairs within 10 ms
    std::vector<double> pairwiseMs;      // all pairs
    std::vector<double> realPairwiseMs;  // pairs of real decoders
};

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("omnikast.*=false\nqt.*=false"));
    int realCount = 4, simCount = 50;
    double seconds = 8;
    bool json = false;
    bool verbose = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--real") && i + 1 < args.size())
            realCount = args[++i].toInt();
        else if (args[i] == QLatin1String("--sim") && i + 1 < args.size())
            simCount = args[++i].toInt();
        else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else if (args[i] == QLatin1String("--verbose"))
            verbose = true;
        else {
            QTextStream(stderr)
                << "usage: sync_bench [--real N] [--sim N] [--seconds S] [--json] [--verbose]\n";
            return 1;
        }
    }

    QTemporaryDir dir;
    const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
    if (QProcess::execute(QStringLiteral("ffmpeg"),
                          {"-v", "error", "-y", "-f", "lavfi", "-i",
                           "testsrc2=size=1280x640:rate=30:duration=60", "-c:v", "libx264",
                           "-preset", "ultrafast", "-g", "30", "-pix_fmt", "yuv420p", clip}) != 0) {
        QTextStream(stderr) << "sync_bench: ffmpeg could not make the test clip\n";
        return 1;
    }

    omk::server::ServerConfig config;
    config.listen = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.db = dir.filePath(QStringLiteral("rooms.db"));
    config.jwtSecret = kSecret;
    config.presenceIntervalMs = 1000;
    auto server = omk::server::Server::create(config);
    if (!server) {
        QTextStream(stderr) << "sync_bench: " << server.error().message << "\n";
        return 1;
    }
    auto port = (*server)->listen();
    if (!port) {
        QTextStream(stderr) << "sync_bench: " << port.error().message << "\n";
        return 1;
    }

    omk::server::TokenClaims claims{QStringLiteral("u_mod"),
                                    QStringLiteral("Moderator"),
                                    omk::protocol::Role::Moderator,
                                    kRoom,
                                    0,
                                    QDateTime::currentSecsSinceEpoch() + 3600};
    auto modConfig = connectionConfig(*port, {});
    modConfig.token = *omk::server::Jwt(kSecret).sign(claims);
    RoomConnection moderator(modConfig);
    moderator.start();

    std::vector<std::unique_ptr<RealViewer>> real;
    for (int i = 0; i < realCount; ++i) {
        auto v = std::make_unique<RealViewer>();
        v->player = std::make_unique<omk::ui::PlayerController>();
        v->player->setMuted(true);
        v->connection = std::make_unique<RoomConnection>(
            connectionConfig(*port, QStringLiteral("real%1").arg(i)));
        v->sync = std::make_unique<omk::ui::PlayerSync>(v->connection.get(), v->player.get());
        auto* raw = v.get();
        QObject::connect(v->sync.get(), &omk::ui::PlayerSync::mediaRequested, v->player.get(),
                         [raw](const QString& media, double startSeconds, bool paused) {
                             raw->player->setStartPosition(startSeconds);
                             raw->player->setStartPaused(paused);
                             raw->player->setSource(media);
                         });
        v->render = std::thread([raw] {
            while (!raw->stop) {
                if (auto p = raw->player->player()) p->takeFrameForPresentation();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        v->connection->start();
        real.push_back(std::move(v));
    }
    std::vector<std::unique_ptr<SimViewer>> sims;
    for (int i = 0; i < simCount; ++i) {
        auto s = std::make_unique<SimViewer>();
        s->connection = std::make_unique<RoomConnection>(
            connectionConfig(*port, QStringLiteral("sim%1").arg(i)));
        s->connection->start();
        sims.push_back(std::move(s));
    }
    QTimer simTicks;
    simTicks.setInterval(10);  // each viewer ticks at its own pace, as PlayerSync does
    simTicks.setTimerType(Qt::PreciseTimer);
    QObject::connect(&simTicks, &QTimer::timeout, [&] {
        for (auto& s : sims) s->maybeTick();
    });
    simTicks.start();

    const bool joined = pumpUntil(
        [&] {
            if (moderator.state() != RoomConnection::State::Connected) return false;
            for (auto& v : real)
                if (v->connection->state() != RoomConnection::State::Connected) return false;
            for (auto& s : sims)
                if (s->connection->state() != RoomConnection::State::Connected) return false;
            return true;
        },
        30000);
    if (!joined) {
        QTextStream(stderr) << "sync_bench: not every viewer could join\n";
        return 1;
    }
    pump(2500);  // a few clock-sync round trips

    // Positions of every viewer at one instant, minus where the room says playback is.
    auto errorsMs = [&](std::vector<double>& realOut) {
        std::vector<double> all;
        const double expected = moderator.playback().expectedPosition(moderator.serverNowMs());
        realOut.clear();
        for (auto& v : real) {
            auto p = v->player->player();
            // Held on a landed seek is not ready either: held viewers agree with each other on
            // a frozen frame, not on the room's moment.
            const bool ready =
                p && !p->isSeeking() && !p->isPaused() && v->player->source() == clip;
            const double e = ready ? (p->clockPosition() - expected) * 1000 : std::nan("");
            realOut.push_back(e);
            all.push_back(e);
        }
        for (auto& s : sims)
            all.push_back(s->player.media == clip && nowS() >= s->player.seekingUntil &&
                                  !s->player.pausedNow()
                              ? (s->player.position() - expected) * 1000
                              : std::nan(""));
        // A viewer more than a second from the room has not reacted to its last change yet
        // (before a seek reaches them, every viewer is still in step at the old position).
        for (auto* v : {&all, &realOut})
            for (double& e : *v)
                if (std::abs(e) > 1000.0) e = std::nan("");
        return all;
    };
    // Not everyone at the room's media and done seeking: not converged.
    auto spread = [](const std::vector<double>& e) {
        if (std::any_of(e.begin(), e.end(), [](double x) { return std::isnan(x); }))
            return std::numeric_limits<double>::infinity();
        const auto [lo, hi] = std::minmax_element(e.begin(), e.end());
        return *hi - *lo;
    };

    auto runPhase = [&](const QString& name, double position) {
        Phase phase;
        phase.name = name;
        const double sentAt = nowS();
        (void)moderator.send(omk::protocol::EventType::PlaybackState,
                             {{QStringLiteral("media"), clip},
                              {QStringLiteral("position_ms"), position * 1000},
                              {QStringLiteral("rate"), 1.0},
                              {QStringLiteral("paused"), false}});
        // Converged: every pair within 10 ms for 5 samples in a row (100 ms).
        int inARow = 0;
        std::vector<double> realErr;
        const double deadline = sentAt + 10;
        while (nowS() < deadline) {
            pump(20);
            // Until the moderator's own connection has the new state, "expected" is the old
            // room's, and everyone is trivially in step with it.
            const auto& now = moderator.playback();
            if (now.paused || std::abs(now.position - position) > 1e-6) continue;
            const auto e = errorsMs(realErr);
            inARow = spread(e) <= 10.0 ? inARow + 1 : 0;
            if (std::isnan(phase.convergeP99S) &&
                std::none_of(e.begin(), e.end(), [](double x) { return std::isnan(x); })) {
                std::vector<double> pairs;
                for (std::size_t i = 0; i < e.size(); ++i)
                    for (std::size_t j = i + 1; j < e.size(); ++j)
                        pairs.push_back(std::abs(e[i] - e[j]));
                if (percentile(pairs, 0.99) <= 10.0) phase.convergeP99S = nowS() - sentAt;
            }
            if (verbose) {
                int nan = 0;
                double worst = 0;
                for (double x : e)
                    std::isnan(x) ? ++nan : (worst = std::max(worst, std::abs(x)), 0);
                QTextStream(stderr) << QStringLiteral("  t=%1 s  not ready %2  worst %3 ms\n")
                                           .arg(nowS() - sentAt, 0, 'f', 2)
                                           .arg(nan)
                                           .arg(worst, 0, 'f', 1);
            }
            if (inARow == 5) {
                phase.convergeS = nowS() - sentAt - 0.08;
                break;
            }
        }
        const double end = nowS() + seconds;
        while (nowS() < end) {
            pump(20);
            const auto e = errorsMs(realErr);
            for (std::size_t i = 0; i < e.size(); ++i)
                for (std::size_t j = i + 1; j < e.size(); ++j)
                    if (!std::isnan(e[i]) && !std::isnan(e[j]))
                        phase.pairwiseMs.push_back(std::abs(e[i] - e[j]));
            for (std::size_t i = 0; i < realErr.size(); ++i)
                for (std::size_t j = i + 1; j < realErr.size(); ++j)
                    if (!std::isnan(realErr[i]) && !std::isnan(realErr[j]))
                        phase.realPairwiseMs.push_back(std::abs(realErr[i] - realErr[j]));
        }
        return phase;
    };

    std::vector<Phase> phases;
    phases.push_back(runPhase(QStringLiteral("join (play from 5 s)"), 5.0));
    phases.push_back(runPhase(QStringLiteral("seek to 40 s"), 40.0));

    QJsonArray out;
    QTextStream o(stdout);
    if (!json) {
        o << QStringLiteral(
                 "sync_bench: %1 decoding viewers + %2 controller-only viewers, one room, "
                 "loopback\n")
                 .arg(realCount)
                 .arg(simCount);
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg("phase", -22)
                 .arg("conv p99", 9)
                 .arg("conv all", 9)
                 .arg("p50 ms", 8)
                 .arg("p95 ms", 8)
                 .arg("p99 ms", 8)
                 .arg("dec p99", 8)
                 .arg("vs SyncPlay 60 ms", 18);
    }
    for (const Phase& p : phases) {
        const double p50 = percentile(p.pairwiseMs, 0.50), p95 = percentile(p.pairwiseMs, 0.95),
                     p99 = percentile(p.pairwiseMs, 0.99),
                     realP99 = percentile(p.realPairwiseMs, 0.99);
        out.append(QJsonObject{{"phase", p.name},
                               {"converge_all_pairs_s", p.convergeS},
                               {"converge_p99_s", p.convergeP99S},
                               {"pairwise_p50_ms", p50},
                               {"pairwise_p95_ms", p95},
                               {"pairwise_p99_ms", p99},
                               {"decoders_pairwise_p99_ms", realP99},
                               {"samples", qint64(p.pairwiseMs.size())},
                               {"p99_over_syncplay_threshold", p99 / 60.0},
                               {"p99_over_syncplay_py_threshold", p99 / 1500.0}});
        if (!json)
            o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(p.name, -22)
                     .arg(std::isnan(p.convergeP99S)
                              ? QStringLiteral("never")
                              : QStringLiteral("%1 s").arg(p.convergeP99S, 0, 'f', 2),
                          9)
                     .arg(std::isnan(p.convergeS)
                              ? QStringLiteral("never")
                              : QStringLiteral("%1 s").arg(p.convergeS, 0, 'f', 2),
                          9)
                     .arg(p50, 8, 'f', 2)
                     .arg(p95, 8, 'f', 2)
                     .arg(p99, 8, 'f', 2)
                     .arg(realP99, 8, 'f', 2)
                     .arg(QStringLiteral("%1x").arg(p99 / 60.0, 0, 'f', 3), 18);
    }
    if (json) o << QJsonDocument(out).toJson(QJsonDocument::Indented);
    real.clear();
    sims.clear();
    return 0;
}
