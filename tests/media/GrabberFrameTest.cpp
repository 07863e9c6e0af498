// FrameGrabber: every frame, in order, with the right timestamps; seeking; still images.

#include "ProbeTestSupport.h"

#include "media/FrameGrabber.h"

#include <gtest/gtest.h>

#include <cmath>

namespace omk::media {
namespace {

using namespace testing;

TEST(GrabberFrame, DecodesEveryFrameWithItsTimestamp) {
    const QString clip = testsrcClip();
    ASSERT_FALSE(clip.isEmpty());
    auto g = FrameGrabber::open(clip);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    EXPECT_EQ(g->width(), 320);
    EXPECT_EQ(g->height(), 160);
    EXPECT_NEAR(g->frameRate(), 25, 1e-6);
    EXPECT_NEAR(g->duration(), 2.0, 0.05);
    EXPECT_FALSE(g->isStillImage());

    int count = 0;
    for (;;) {
        auto f = g->nextFrame();
        if (!f) {
            EXPECT_EQ(f.error().message, clip + QStringLiteral(": end of stream"));
            break;
        }
        EXPECT_NEAR(f->pts, count / 25.0, 1e-3) << "frame " << count;
        EXPECT_EQ(f->frame->width, 320);
        EXPECT_TRUE(isRenderablePixelFormat(f->frame->format));
        ++count;
        ASSERT_LT(count, 100);
    }
    EXPECT_EQ(count, 50);
}

TEST(GrabberFrame, FrameAtLandsWithinAFrame) {
    auto g = FrameGrabber::open(testsrcClip());
    ASSERT_TRUE(g) << g.error().message.toStdString();
    // Out of order on purpose: seeking backwards and forwards, onto keyframes and between.
    for (double t : {1.37, 0.0, 1.96, 0.52, 1.0, 0.04, 1.5}) {
        auto f = g->frameAt(t);
        ASSERT_TRUE(f) << t << ": " << f.error().message.toStdString();
        EXPECT_LE(std::abs(f->pts - t), 1.0 / 25 + 1e-6) << "asked " << t << " got " << f->pts;
        EXPECT_GE(f->pts, t - 0.5 / 25 - 1e-6) << "asked " << t;
    }
}

TEST(GrabberFrame, FrameAtPastTheEndIsTheLastFrame) {
    auto g = FrameGrabber::open(testsrcClip());
    ASSERT_TRUE(g);
    auto f = g->frameAt(60);
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_NEAR(f->pts, 49 / 25.0, 1e-3);
}

TEST(GrabberFrame, StillPngOpens) {
    const QString png = ffmpegMake(QStringLiteral("still.png"),
                                   QStringLiteral("-f lavfi -i testsrc2=size=256x128 -frames:v 1"));
    ASSERT_FALSE(png.isEmpty());
    auto g = FrameGrabber::open(png);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    EXPECT_TRUE(g->isStillImage());
    for (double t : {0.0, 3.0, 0.0}) {
        auto f = g->frameAt(t);
        ASSERT_TRUE(f) << f.error().message.toStdString();
        EXPECT_EQ(f->frame->width, 256);
        EXPECT_EQ(f->frame->height, 128);
        EXPECT_TRUE(isRenderablePixelFormat(f->frame->format));
    }
}

TEST(GrabberFrame, StillJpegOpens) {
    const QString jpg = ffmpegMake(QStringLiteral("still.jpg"),
                                   QStringLiteral("-f lavfi -i testsrc2=size=256x128 -frames:v 1"));
    ASSERT_FALSE(jpg.isEmpty());
    auto g = FrameGrabber::open(jpg);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    auto f = g->frameAt(0);
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(f->frame->width, 256);
}

TEST(GrabberFrame, ConvertsUnrenderableFormats) {
    // yuv410p is not one the renderer takes: it must arrive as yuv420p with its tags kept.
    const QString clip =
        ffmpegMake(QStringLiteral("yuv410p.mkv"),
                   QStringLiteral("-f lavfi -i testsrc2=size=128x64:rate=5:duration=1 -c:v ffv1 "
                                  "-pix_fmt yuv410p -color_range tv -colorspace bt709"));
    ASSERT_FALSE(clip.isEmpty());
    auto g = FrameGrabber::open(clip);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    auto f = g->nextFrame();
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_EQ(f->frame->format, AV_PIX_FMT_YUV420P);
    EXPECT_EQ(f->frame->colorspace, AVCOL_SPC_BT709);
    EXPECT_EQ(f->frame->color_range, AVCOL_RANGE_MPEG);

    const QString rgb =
        ffmpegMake(QStringLiteral("rgb48.mkv"),
                   QStringLiteral("-f lavfi -i testsrc2=size=128x64:rate=5:duration=1 "
                                  "-c:v ffv1 -pix_fmt gbrp10le"));
    auto g2 = FrameGrabber::open(rgb);
    ASSERT_TRUE(g2) << g2.error().message.toStdString();
    auto f2 = g2->nextFrame();
    ASSERT_TRUE(f2) << f2.error().message.toStdString();
    EXPECT_EQ(f2->frame->format, AV_PIX_FMT_RGBA);
}

}  // namespace
}  // namespace omk::media
