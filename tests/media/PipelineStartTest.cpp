// Opening at a position: the first frame shown is the one there, not the file's first.

#include "PipelineTestSupport.h"

#include <gtest/gtest.h>

namespace omk::media {
namespace {

using namespace omk::media::testing;

TEST(PipelineStart, TheFirstFrameShownIsAtTheStartPosition) {
    ensureApp();
    const QString clip = makeClip("pipeline_6s.mp4", 6, "160x96");
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    o.enableAudio = false;
    Player player(o);
    bool opened = false;
    QObject::connect(&player, &Player::opened, [&] { opened = true; });
    player.open(clip, OpenOptions{}, 3.5);
    EXPECT_DOUBLE_EQ(player.position(), 3.5);  // what the UI shows while it opens
    ASSERT_TRUE(pumpUntil([&] { return opened; }, 15000));
    EXPECT_TRUE(player.isSeeking());

    std::optional<VideoFrame> first;
    ASSERT_TRUE(
        pumpUntil([&] { return (first = player.takeFrameForPresentation()).has_value(); }, 10000));
    // 25 fps, keyframes every second: without the start position this would be frame 0, and
    // without dropping the lead-in it would be the keyframe at 3.0.
    EXPECT_NEAR(first->pts, 3.5, 0.041);
    EXPECT_FALSE(player.isSeeking());
    EXPECT_NEAR(player.clockPosition(), 3.5, 0.1);
}

TEST(PipelineStart, AStartPastTheEndIsClampedToIt) {
    ensureApp();
    const QString clip = makeClip("pipeline_2s.mp4", 2, "160x96");
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    o.enableAudio = false;
    Player player(o);
    bool opened = false, finished = false;
    QObject::connect(&player, &Player::opened, [&] { opened = true; });
    QObject::connect(&player, &Player::finished, [&] { finished = true; });
    player.open(clip, OpenOptions{}, 600);
    ASSERT_TRUE(pumpUntil([&] { return opened; }, 15000));
    // Nothing to show past the end: playback ends at once rather than hanging in "seeking".
    EXPECT_TRUE(pumpUntil(
        [&] {
            player.takeFrameForPresentation();
            return finished;
        },
        10000));
}

}  // namespace
}  // namespace omk::media
