// Network inputs end to end: HLS on demand and live over http from a server inside the test,
// a live stream that drops and comes back, one that never comes back, and shutdown meanwhile.

#include "PipelineTestSupport.h"
#include "support/LiveHls.h"

#include "media/Player.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace omk::media;
using namespace omk::media::testing;
using omk::test::HttpTestServer;

namespace {

using Clock = std::chrono::steady_clock;

PlayerOptions untimed() {
    PlayerOptions o;
    o.enableAudio = false;
    return o;
}

// Records what a player says, and drains its frames on this thread while the event loop runs.
struct Watcher {
    explicit Watcher(Player& p) : player(p) {
        QObject::connect(&p, &Player::errorOccurred, [this](const QString& m) {
            ++errors;
            lastError = m;
        });
        QObject::connect(&p, &Player::finished, [this] { ++finishedCount; });
        QObject::connect(&p, &Player::stateChanged, [this] {
            if (player.isReconnecting()) sawReconnectingSignal = true;
        });
    }

    // Pulls frames until `done` or the timeout; returns done().
    bool drainUntil(const std::function<bool()>& done, int timeoutMs) {
        return pumpUntil(
            [&] {
                while (auto f = player.takeNextFrame(std::chrono::milliseconds(0))) {
                    ++frames;
                    lastPts = f->pts;
                    maxPts = std::max(maxPts, f->pts);
                }
                if (player.isReconnecting()) sawReconnecting = true;
                return done();
            },
            timeoutMs);
    }

    Player& player;
    long frames = 0;
    double lastPts = -1, maxPts = -1;
    int errors = 0;
    int finishedCount = 0;
    QString lastError;
    bool sawReconnecting = false;
    bool sawReconnectingSignal = false;
};

constexpr double kFrame = 1.0 / 25;

}  // namespace

TEST(PipelineLiveHls, OnDemandOverHttpPlaysEveryFrameAndSeeks) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_vod_6s"), 6);
    ASSERT_FALSE(dir.isEmpty());
    HttpTestServer server(hlsOrigin([dir](const QString& p) { return serveDir(dir, p); }));
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("out.m3u8")), &error))
        << error.toStdString();
    EXPECT_FALSE(player.isLive());
    EXPECT_TRUE(player.isSeekable());
    EXPECT_NEAR(player.duration(), 6.0, 0.1);
    EXPECT_EQ(player.mediaSize(), QSize(320, 160));

    std::vector<double> pts;
    while (auto f = player.takeNextFrame(std::chrono::seconds(10))) pts.push_back(f->pts);
    ASSERT_EQ(pts.size(), 150u);
    // mpegts timestamps do not start at 0; what counts is that no frame is missing or repeated.
    for (size_t i = 1; i < pts.size(); ++i)
        EXPECT_NEAR(pts[i] - pts[i - 1], kFrame, 1e-3) << "frame " << i;
    EXPECT_TRUE(w.drainUntil([&] { return w.finishedCount == 1; }, 5000));

    for (double target : {4.2, 1.0, 2.5}) {
        player.seek(target);
        auto f = player.takeNextFrame(std::chrono::seconds(10));
        ASSERT_TRUE(f) << "no frame after seek to " << target;
        EXPECT_LE(std::abs(f->pts - pts.front() - target), kFrame + 1e-3) << "seek to " << target;
        auto next = player.takeNextFrame(std::chrono::seconds(10));
        ASSERT_TRUE(next);
        EXPECT_NEAR(next->pts - f->pts, kFrame, 1e-3);
    }
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
}

TEST(PipelineLiveHls, LivePlaylistKeepsDeliveringNewSegments) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    ASSERT_EQ(live.segmentCount(), 40);
    HttpTestServer server(hlsOrigin([&live](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    EXPECT_TRUE(player.isLive());
    EXPECT_FALSE(player.isSeekable());

    // Frames from segments that did not exist yet when the first frame came.
    ASSERT_TRUE(w.drainUntil([&] { return w.frames > 0; }, 10000));
    const int publishedAtStart = live.published();
    const long framesAtStart = w.frames;
    ASSERT_TRUE(w.drainUntil(
        [&] { return live.published() >= publishedAtStart + 3 && w.frames >= framesAtStart + 75; },
        15000))
        << "frames " << w.frames << " published " << live.published();
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    EXPECT_EQ(w.finishedCount, 0);
    EXPECT_FALSE(w.sawReconnecting);
}

TEST(PipelineLiveHls, LiveEventThatEndsFinishesWithoutAnError) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    // Six seconds in all; EXT-X-ENDLIST goes up with the last segment.
    LivePlaylist live(dir, 3, std::chrono::seconds(1), 5, 6);
    HttpTestServer server(hlsOrigin([&live](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(player.isLive());
    // FFmpeg ends a live playlist with EOF either way, so the player reconnects once and then
    // finds a finished playlist: that is the end, not something to replay from its start.
    ASSERT_TRUE(w.drainUntil([&] { return w.finishedCount > 0; }, 15000))
        << "frames " << w.frames << " reconnecting " << player.isReconnecting();
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    // Three segments were out at the start, so everything from the live edge on arrived once.
    EXPECT_GE(w.frames, 6 * 25 - 3 * 25);
    EXPECT_LE(w.frames, 6 * 25);
    const long frames = w.frames;
    w.drainUntil([] { return false; }, 1500);
    EXPECT_EQ(w.frames, frames) << "the finished event was played again";
    EXPECT_EQ(w.finishedCount, 1);
}

TEST(PipelineLiveDrop, LiveStreamReconnectsAfterTheServerComesBack) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpTestServer server(hlsOrigin([&live](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(player.isLive());
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 50; }, 10000));

    server.setDown(true);
    QElapsedTimer outage;
    outage.start();
    EXPECT_TRUE(w.drainUntil([&] { return player.isReconnecting(); }, 10000))
        << "the player never said it was reconnecting";
    // Keep the host away for 3 s in all, then let it back.
    w.drainUntil([] { return false; }, int(std::max<qint64>(0, 3000 - outage.elapsed())));
    server.setDown(false);
    const long framesBefore = w.frames;
    const double ptsBefore = w.maxPts;
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= framesBefore + 50; }, 15000))
        << "no frames after the host came back; reconnecting=" << player.isReconnecting();
    EXPECT_FALSE(player.isReconnecting());
    EXPECT_GT(w.maxPts, ptsBefore);
    EXPECT_TRUE(w.sawReconnectingSignal) << "the overlay is never told";
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    EXPECT_EQ(w.finishedCount, 0);
    std::printf("outage to recovery: %lld ms\n", static_cast<long long>(outage.elapsed()));
}

TEST(PipelineLiveDrop, HostThatNeverComesBackEndsWithAnError) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpTestServer server(hlsOrigin([&live](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(server.ok());

    PlayerOptions o = untimed();
    o.reconnectTimeout = std::chrono::seconds(3);
    Player player(o);
    Watcher w(player);
    const QString url = server.url(QStringLiteral("live.m3u8"));
    QString error;
    ASSERT_TRUE(openAndWait(player, url, &error)) << error.toStdString();
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 25; }, 10000));

    server.setDown(true);
    ASSERT_TRUE(w.drainUntil([&] { return player.isReconnecting(); }, 10000));
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(w.drainUntil([&] { return w.errors > 0; }, 15000));
    EXPECT_EQ(w.errors, 1);
    EXPECT_TRUE(w.lastError.startsWith(url + QStringLiteral(": "))) << w.lastError.toStdString();
    EXPECT_TRUE(w.lastError.contains(QStringLiteral("Connection refused")))
        << w.lastError.toStdString();
    EXPECT_FALSE(player.isReconnecting());
    EXPECT_FALSE(player.isBuffering());
    // Not a normal end: the UI shows the error, not "finished".
    EXPECT_EQ(w.finishedCount, 0);
    std::printf("gave up %lld ms after the drop was noticed: %s\n",
                static_cast<long long>(t.elapsed()), qPrintable(w.lastError));
    // No second report later.
    w.drainUntil([] { return false; }, 1500);
    EXPECT_EQ(w.errors, 1);
}

TEST(PipelineLiveShutdown, DestroyingAPlayerWhileReconnectingIsPrompt) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpTestServer server(hlsOrigin([&live](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(server.ok());

    auto player = std::make_unique<Player>(untimed());
    Watcher w(*player);
    QString error;
    ASSERT_TRUE(openAndWait(*player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 25; }, 10000));
    server.setDown(true);
    ASSERT_TRUE(w.drainUntil([&] { return player->isReconnecting(); }, 10000));
    // Inside the backoff wait or a reopen attempt; either must give way at once.
    w.drainUntil([] { return false; }, 300);
    QElapsedTimer t;
    t.start();
    player.reset();
    EXPECT_LT(t.elapsed(), 2000);
}
