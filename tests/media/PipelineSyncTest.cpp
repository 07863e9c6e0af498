// Timed playback keeps video on the master clock: the A/V offset measured whenever a frame is
// handed to the (simulated) render thread stays within ±40 ms for 30 s. Two players run side by
// side so one real-time test covers both clocks: the system clock (no sound card here, or the
// real device where there is one) and an audio clock driven by NullAudioSinkForTests.

#include "PipelineTestSupport.h"

#include "media/Player.h"

#include <QMediaDevices>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace omk::media;
using namespace omk::media::testing;

namespace {

struct SyncRecord {
    double worstOffsetMs = 0;
    long frames = 0;
    double lastPts = -1;
    bool ordered = true;

    void take(const Player& p, const std::optional<VideoFrame>& f) {
        if (!f) return;
        ++frames;
        if (f->pts <= lastPts) ordered = false;
        lastPts = f->pts;
        if (frames > 1) worstOffsetMs = std::max(worstOffsetMs, std::abs(p.avOffsetMs()));
    }
};

}  // namespace

TEST(PipelineSync, AvOffsetStaysWithin40msFor30sOnSystemAndAudioClocks) {
    ensureApp();
    const QString clip = makeClip("pipeline_32s.mp4", 32, "160x96");
    ASSERT_FALSE(clip.isEmpty());

    Player systemClocked;  // the real AudioOutput: falls back to the system clock without a device
    NullAudioSinkForTests* sink = nullptr;
    PlayerOptions o;
    o.audioRendererFactory = [&sink] {
        auto s = std::make_unique<NullAudioSinkForTests>();
        sink = s.get();
        return s;
    };
    Player audioClocked(o);
    ASSERT_TRUE(openAndWait(systemClocked, clip));
    ASSERT_TRUE(openAndWait(audioClocked, clip));
    ASSERT_NE(sink, nullptr);
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        EXPECT_TRUE(systemClocked.audioStatus().contains("system clock"))
            << systemClocked.audioStatus().toStdString();
    }

    SyncRecord sys, aud;
    const auto start = std::chrono::steady_clock::now();
    auto tick = start;
    while (std::chrono::steady_clock::now() - start < std::chrono::seconds(30)) {
        sys.take(systemClocked, systemClocked.takeFrameForPresentation());
        aud.take(audioClocked, audioClocked.takeFrameForPresentation());
        QCoreApplication::processEvents();
        tick += std::chrono::microseconds(16667);  // ~60 Hz, like a vsync-driven render loop
        std::this_thread::sleep_until(tick);
    }

    for (const auto* r : {&sys, &aud}) {
        const char* name = r == &sys ? "system clock" : "audio clock";
        SCOPED_TRACE(name);
        std::printf("%s: %ld frames, worst A/V offset %.1f ms\n", name, r->frames,
                    r->worstOffsetMs);
        EXPECT_LE(r->worstOffsetMs, 40.0);
        EXPECT_TRUE(r->ordered);
        // 30 s at 25 fps; a few may be skipped while the machine is busy.
        EXPECT_GE(r->frames, 700);
        EXPECT_NEAR(r->lastPts, 30.0, 0.5);
    }
    EXPECT_GT(sink->clockReadings(), 1000) << "video was not timed by the audio clock";
    // The sink consumed 30 s of audio, in real time.
    EXPECT_NEAR(sink->bytesConsumed() / double(48000 * 2 * 4), 30.0, 0.5);
    EXPECT_LT(systemClocked.droppedFrames() + audioClocked.droppedFrames(), 40);
}
