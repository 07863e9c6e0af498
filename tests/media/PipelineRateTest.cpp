// Playback rate: audio is stretched without changing pitch (TempoFilter), media time stays exact
// through the stretch, and video follows the clock at the new rate with A/V in sync.
#include "PipelineTestSupport.h"

#include "media/Player.h"
#include "media/TempoFilter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>
#include <vector>

using namespace omk::media;
using namespace omk::media::testing;

namespace {

constexpr int kRate = 48000;

// Positive-going zero crossings per second of the first channel.
double frequency(const std::vector<float>& stereo) {
    int crossings = 0;
    const size_t frames = stereo.size() / 2;
    for (size_t i = 1; i < frames; ++i)
        if (stereo[2 * (i - 1)] < 0 && stereo[2 * i] >= 0) ++crossings;
    return crossings / (double(frames) / kRate);
}

std::vector<float> stretch(const std::vector<float>& in, double tempo) {
    auto f = TempoFilter::create(kRate, 2, tempo);
    EXPECT_TRUE(f);
    std::vector<float> out;
    if (!f) return out;
    // In decoder-sized pieces, as the stage feeds it.
    for (size_t at = 0; at < in.size(); at += 2048) {
        const size_t n = std::min<size_t>(2048, in.size() - at);
        EXPECT_TRUE((*f)->process(in.data() + at, int(n / 2), out));
    }
    return out;
}

TEST(TempoFilter, KeepsPitchAndScalesDuration) {
    std::vector<float> tone(size_t(kRate) * 4 * 2);
    for (size_t i = 0; i < tone.size() / 2; ++i)
        tone[2 * i] = tone[2 * i + 1] = float(0.5 * std::sin(2 * M_PI * 440.0 * double(i) / kRate));
    for (double tempo : {0.95, 1.05, 1.25, 0.5, 2.0}) {
        const auto out = stretch(tone, tempo);
        const double seconds = double(out.size() / 2) / kRate;
        // The filter keeps up to one window (~0.1 s) of input until more arrives.
        EXPECT_NEAR(seconds, 4.0 / tempo, 0.15) << "tempo " << tempo;
        EXPECT_NEAR(frequency(out), 440.0, 440.0 * 0.02) << "tempo " << tempo;
    }
}

TEST(TempoFilter, OutputSampleNStandsForInputPositionNTimesTempo) {
    // Clicks every second; after stretching, each click is found at (its time) / tempo.
    std::vector<float> clicks(size_t(kRate) * 6 * 2, 0.0f);
    for (int s = 1; s < 6; ++s)
        for (int i = 0; i < 96; ++i) clicks[size_t(s * kRate + i) * 2] = 0.9f;
    for (double tempo : {0.95, 1.05, 1.25}) {
        const auto out = stretch(clicks, tempo);
        std::vector<double> found;
        for (size_t i = 0; i < out.size() / 2; ++i) {
            if (std::abs(out[2 * i]) > 0.3f) {
                found.push_back(double(i) / kRate * tempo);
                i += kRate / 2;
            }
        }
        ASSERT_GE(found.size(), 4u) << "tempo " << tempo;
        for (size_t k = 0; k < found.size(); ++k)
            EXPECT_NEAR(found[k], double(k + 1), 0.03) << "click " << k << " tempo " << tempo;
    }
}

TEST(TempoFilter, RejectsRatesOutsideItsRange) {
    EXPECT_FALSE(TempoFilter::create(kRate, 2, 0.2));
    auto f = TempoFilter::create(kRate, 2, 1.0);
    ASSERT_TRUE(f);
    EXPECT_FALSE((*f)->setTempo(5.0));
    EXPECT_TRUE((*f)->setTempo(1.5));
    EXPECT_DOUBLE_EQ((*f)->tempo(), 1.5);
}

struct RateRun {
    double worstOffsetMs = 0;
    double firstPts = -1, lastPts = -1;
    long frames = 0;
};

// Presents frames at ~60 Hz for `seconds`, changing the rate to `second` halfway.
RateRun play(Player& p, double seconds, double first, double second) {
    RateRun r;
    p.setRate(first);
    const auto start = std::chrono::steady_clock::now();
    auto tick = start;
    bool switched = false;
    while (std::chrono::steady_clock::now() - start < std::chrono::duration<double>(seconds)) {
        if (!switched &&
            std::chrono::steady_clock::now() - start > std::chrono::duration<double>(seconds / 2)) {
            p.setRate(second);
            switched = true;
        }
        if (auto f = p.takeFrameForPresentation()) {
            if (r.firstPts < 0) r.firstPts = f->pts;
            r.lastPts = f->pts;
            if (++r.frames > 1)
                r.worstOffsetMs = std::max(r.worstOffsetMs, std::abs(p.avOffsetMs()));
        }
        QCoreApplication::processEvents();
        tick += std::chrono::microseconds(16667);
        std::this_thread::sleep_until(tick);
    }
    return r;
}

TEST(PipelineRate, VideoFollowsTheRateAndStaysInSyncWithStretchedAudio) {
    ensureApp();
    const QString clip = makeClip("pipeline_32s.mp4", 32, "160x96");
    ASSERT_FALSE(clip.isEmpty());
    for (auto [first, second] : {std::pair{1.25, 1.25}, std::pair{1.0, 0.95}, {1.0, 1.05}}) {
        SCOPED_TRACE(std::to_string(first) + " then " + std::to_string(second));
        NullAudioSinkForTests* sink = nullptr;
        PlayerOptions o;
        o.audioRendererFactory = [&sink] {
            auto s = std::make_unique<NullAudioSinkForTests>();
            sink = s.get();
            return s;
        };
        Player player(o);
        ASSERT_TRUE(openAndWait(player, clip));
        const RateRun r = play(player, 8.0, first, second);
        // Media time advanced at the rates asked for (the first frames come after a short
        // start-up, hence the tolerance), and video stayed on the stretched audio clock.
        const double want = 4.0 * first + 4.0 * second;
        EXPECT_NEAR(r.lastPts - r.firstPts, want, 0.35);
        EXPECT_LE(r.worstOffsetMs, 40.0);
        EXPECT_GT(sink->clockReadings(), 200) << "video was not timed by the audio clock";
        EXPECT_DOUBLE_EQ(player.rate(), second);
    }
}

}  // namespace
