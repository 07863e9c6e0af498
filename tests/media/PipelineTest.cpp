// The threaded pipeline, untimed: every frame arrives with the source's timestamps, seeks land
// on the right frame, memory stays bounded and shutdown never hangs.

#include "PipelineTestSupport.h"

#include "media/Input.h"
#include "media/Player.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <vector>

using namespace omk::media;
using namespace omk::media::testing;

namespace {

constexpr double kFrame = 1.0 / 25;

PlayerOptions untimed() {
    PlayerOptions o;
    o.enableAudio = false;
    return o;
}

// Video packet timestamps straight from the container, in presentation order.
std::vector<double> sourceVideoPts(const QString& path) {
    std::vector<double> out;
    auto input = openInput(path);
    if (!input) return out;
    AVFormatContext* ctx = input->get();
    const int v = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    auto pkt = makePacket();
    while (av_read_frame(ctx, pkt.get()) >= 0) {
        if (pkt->stream_index == v) out.push_back(pkt->pts * av_q2d(ctx->streams[v]->time_base));
        av_packet_unref(pkt.get());
    }
    std::sort(out.begin(), out.end());
    return out;
}

long residentKiB() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 12, '\n');
    }
    return 0;
}

}  // namespace

TEST(PipelineDecode, FrameCountAndTimestampsMatchSource) {
    ensureApp();
    const QString clip = makeClip("pipeline_3s.mp4", 3);
    ASSERT_FALSE(clip.isEmpty());
    const auto expected = sourceVideoPts(clip);
    ASSERT_EQ(expected.size(), 75u);

    Player player(untimed());
    bool finished = false;
    QObject::connect(&player, &Player::finished, [&] { finished = true; });
    ASSERT_TRUE(openAndWait(player, clip));
    EXPECT_EQ(player.mediaSize(), QSize(320, 240));
    EXPECT_FALSE(player.decoderName().isEmpty());
    EXPECT_TRUE(player.isSeekable());
    EXPECT_NEAR(player.duration(), 3.0, 0.1);

    std::vector<double> got;
    while (auto f = player.takeNextFrame(std::chrono::seconds(5))) {
        ASSERT_TRUE(f->frame);
        EXPECT_TRUE(isRenderablePixelFormat(f->frame->format));
        EXPECT_NEAR(f->duration, kFrame, 1e-6);
        got.push_back(f->pts);
    }
    ASSERT_EQ(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-6) << "frame " << i;
    EXPECT_TRUE(pumpUntil([&] { return finished; }, 2000));
    EXPECT_TRUE(player.isPaused());
    EXPECT_EQ(player.presentedFrames(), 75);
}

TEST(PipelineSeek, FirstFrameAfterSeekIsWithinOneFrame) {
    ensureApp();
    const QString clip = makeClip("pipeline_5s.mp4", 5);
    ASSERT_FALSE(clip.isEmpty());
    Player player(untimed());
    ASSERT_TRUE(openAndWait(player, clip));
    ASSERT_TRUE(player.takeNextFrame(std::chrono::seconds(5)));

    // Forwards, backwards, onto keyframes and between them, and to the very start.
    for (double target : {2.5, 1.0, 4.22, 0.3, 3.0, 2.96, 0.0, 4.9}) {
        player.seek(target);
        auto f = player.takeNextFrame(std::chrono::seconds(5));
        ASSERT_TRUE(f) << "no frame after seek to " << target;
        EXPECT_LE(std::abs(f->pts - target), kFrame + 1e-6) << "seek to " << target;
        EXPECT_NEAR(player.position(), f->pts, 1e-6);
        // Decoding carries on from there in order.
        if (target < 4.8) {
            auto next = player.takeNextFrame(std::chrono::seconds(5));
            ASSERT_TRUE(next);
            EXPECT_NEAR(next->pts - f->pts, kFrame, 1e-6);
        }
    }
}

TEST(PipelineSeek, SeekWithAudioAndTimedPresentation) {
    ensureApp();
    const QString clip = makeClip("pipeline_5s.mp4", 5);
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    o.audioRendererFactory = [] { return std::make_unique<NullAudioSinkForTests>(); };
    Player player(o);
    ASSERT_TRUE(openAndWait(player, clip));
    for (double target : {3.0, 1.2}) {
        player.seek(target);
        std::optional<VideoFrame> f;
        ASSERT_TRUE(
            pumpUntil([&] { return (f = player.takeFrameForPresentation()).has_value(); }, 5000));
        EXPECT_LE(std::abs(f->pts - target), kFrame + 1e-6) << "seek to " << target;
        // Playback continues from the target at the clock's pace.
        std::optional<VideoFrame> later;
        ASSERT_TRUE(pumpUntil(
            [&] {
                auto g = player.takeFrameForPresentation();
                if (g && g->pts > target + 0.2) later = std::move(g);
                return later.has_value();
            },
            3000));
        EXPECT_LT(later->pts, target + 0.5);
    }
}

TEST(PipelineMemory, QueuesStayWithinCapacityOnALongClip) {
    ensureApp();
    const QString clip = makeClip("pipeline_20s.mp4", 20, "256x128");
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    // Audio drained as fast as it arrives, so the audio queues are exercised too.
    o.audioRendererFactory = [] { return std::make_unique<NullAudioSinkForTests>(false); };
    Player player(o);
    ASSERT_TRUE(openAndWait(player, clip));

    long frames = 0, rssAfterWarmup = 0, rssPeak = 0;
    while (auto f = player.takeNextFrame(std::chrono::seconds(5))) {
        const PlayerStats s = player.stats();
        ASSERT_LE(s.frames, s.frameCapacity);
        ASSERT_LE(s.videoPackets, s.videoPacketCapacity);
        ASSERT_LE(s.audioPackets, s.audioPacketCapacity);
        ASSERT_LE(s.audioChunks, s.audioChunkCapacity);
        ++frames;
        if (frames == 50) rssAfterWarmup = residentKiB();
        if (frames > 50) rssPeak = std::max(rssPeak, residentKiB());
    }
    EXPECT_EQ(frames, 500);
    EXPECT_EQ(player.stats().frameCapacity, PlayerOptions{}.frameCapacity);
    // 450 more frames must not mean more memory: the queues, not the clip, bound it. (ASan's
    // quarantine holds freed memory, so there the check would measure the sanitizer.)
    std::printf("resident memory grew %ld KiB over 450 frames\n", rssPeak - rssAfterWarmup);
#if !defined(__SANITIZE_ADDRESS__)
    EXPECT_LT(rssPeak - rssAfterWarmup, 8 * 1024) << "KiB grew while decoding";
#endif
}

TEST(PipelineShutdown, DestroyingAPlayerMidPlaybackIsPrompt) {
    ensureApp();
    const QString clip = makeClip("pipeline_5s.mp4", 5);
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    o.audioRendererFactory = [] { return std::make_unique<NullAudioSinkForTests>(); };
    auto player = std::make_unique<Player>(o);
    ASSERT_TRUE(openAndWait(*player, clip));
    ASSERT_TRUE(pumpUntil([&] { return player->takeFrameForPresentation().has_value(); }, 5000));
    // Nobody consumes now: every stage ends up blocked on a full queue.
    ASSERT_TRUE(
        pumpUntil([&] { return player->stats().frames == player->stats().frameCapacity; }, 5000));
    QElapsedTimer t;
    t.start();
    player.reset();
    EXPECT_LT(t.elapsed(), 2000);
}

TEST(PipelineShutdown, DestroyingAPlayerOpeningAnUnresponsiveHostIsPrompt) {
    ensureApp();
    // A server that accepts connections (the kernel completes the handshake) and never answers.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ASSERT_EQ(::listen(fd, 4), 0);
    socklen_t len = sizeof addr;
    ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/stalled.mp4").arg(ntohs(addr.sin_port));

    auto player = std::make_unique<Player>();
    bool settled = false;
    QObject::connect(player.get(), &Player::opened, [&] { settled = true; });
    QObject::connect(player.get(), &Player::errorOccurred, [&] { settled = true; });
    player->open(url);
    pumpUntil([] { return false; }, 500);
    EXPECT_FALSE(settled) << "the stalled host should still be connecting";
    QElapsedTimer t;
    t.start();
    player.reset();
    EXPECT_LT(t.elapsed(), 2000);
    ::close(fd);
}

TEST(PipelineErrors, MissingFileReportsOneError) {
    ensureApp();
    Player player;
    QString error;
    int errors = 0;
    QObject::connect(&player, &Player::errorOccurred, [&] { ++errors; });
    EXPECT_FALSE(
        openAndWait(player, QStringLiteral(OMNIKAST_TEST_TMP "/does-not-exist.mp4"), &error));
    EXPECT_TRUE(error.contains("does-not-exist.mp4")) << error.toStdString();
    EXPECT_EQ(errors, 1);
    EXPECT_FALSE(player.isLoaded());
}
