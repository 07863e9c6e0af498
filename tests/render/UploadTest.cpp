// Re-uploads across sizes and formats, padded rows, RGB pass-through and rejected formats.
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <cstring>

namespace omk::render::test {
namespace {

media::AvFramePtr solidPacked(AVPixelFormat format, int w, int h, const uint8_t (&px)[4],
                              int bytesPerPixel, int align = 0) {
    media::AvFramePtr f = media::makeFrame();
    f->format = format;
    f->width = w;
    f->height = h;
    if (av_frame_get_buffer(f.get(), align) < 0) return nullptr;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            std::memcpy(f->data[0] + y * f->linesize[0] + x * bytesPerPixel, px,
                        size_t(bytesPerPixel));
    return f;
}

void expectNear(QRgb got, int r, int g, int b) {
    EXPECT_NEAR(qRed(got), r, 3);
    EXPECT_NEAR(qGreen(got), g, 3);
    EXPECT_NEAR(qBlue(got), b, 3);
}

TEST_F(RenderFixture, PackedFormatsPassThrough) {
    const uint8_t rgba[4] = {200, 100, 50, 255};
    const uint8_t bgra[4] = {50, 100, 200, 255};
    const uint8_t gray[4] = {77, 0, 0, 0};
    struct {
        AVPixelFormat format;
        const uint8_t (&px)[4];
        int bpp;
        int r, g, b;
    } cases[] = {{AV_PIX_FMT_RGBA, rgba, 4, 200, 100, 50},
                 {AV_PIX_FMT_RGB0, rgba, 4, 200, 100, 50},
                 {AV_PIX_FMT_BGRA, bgra, 4, 200, 100, 50},
                 {AV_PIX_FMT_BGR0, bgra, 4, 200, 100, 50},
                 {AV_PIX_FMT_GRAY8, gray, 1, 77, 77, 77}};
    for (const auto& c : cases) {
        auto f = solidPacked(c.format, 40, 20, c.px, c.bpp);
        ASSERT_TRUE(f);
        ASSERT_TRUE(m_renderer.upload(f.get()));
        expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), c.r, c.g, c.b);
    }
}

TEST_F(RenderFixture, ReuploadAcrossSizesAndFormats) {
    struct {
        AVPixelFormat format;
        int w, h;
    } steps[] = {{AV_PIX_FMT_YUV420P, 64, 32},     {AV_PIX_FMT_NV12, 128, 64},
                 {AV_PIX_FMT_YUV420P, 63, 31},     {AV_PIX_FMT_P010LE, 96, 48},
                 {AV_PIX_FMT_YUV444P10LE, 30, 14}, {AV_PIX_FMT_YUV420P, 64, 32}};
    int i = 0;
    for (const auto& s : steps) {
        const int r = 40 + 30 * i, g = 200 - 20 * i, b = 90 + 10 * i;
        ++i;
        auto f = solidYuvFrame(r, g, b, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, s.format, s.w, s.h);
        ASSERT_TRUE(f);
        auto up = m_renderer.upload(f.get());
        ASSERT_TRUE(up) << up.error().message.toStdString();
        EXPECT_EQ(m_renderer.frameSize(), QSize(s.w, s.h));
        expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), r, g, b);
    }
}

TEST_F(RenderFixture, PaddedAndUnalignedRows) {
    // 13 px wide RGBA with default alignment has row padding; yuv420p at odd width has chroma
    // rows that are not a multiple of anything convenient.
    const uint8_t rgba[4] = {10, 220, 120, 255};
    auto f = solidPacked(AV_PIX_FMT_RGBA, 13, 7, rgba, 4, 64);
    ASSERT_TRUE(f);
    ASSERT_GT(f->linesize[0], 13 * 4);
    ASSERT_TRUE(m_renderer.upload(f.get()));
    expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), 10, 220, 120);

    auto y =
        solidYuvFrame(30, 60, 220, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AV_PIX_FMT_YUV420P, 13, 7);
    ASSERT_TRUE(y);
    ASSERT_TRUE(m_renderer.upload(y.get()));
    expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), 30, 60, 220);
}

TEST_F(RenderFixture, UnsupportedFormatIsAnErrorAndKeepsTheOldFrame) {
    auto good =
        solidYuvFrame(255, 0, 0, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AV_PIX_FMT_YUV420P, 32, 16);
    ASSERT_TRUE(good);
    ASSERT_TRUE(m_renderer.upload(good.get()));

    media::AvFramePtr bad = media::makeFrame();
    bad->format = AV_PIX_FMT_RGB24;
    bad->width = 8;
    bad->height = 8;
    ASSERT_GE(av_frame_get_buffer(bad.get(), 0), 0);
    auto r = m_renderer.upload(bad.get());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("rgb24")))
        << r.error().message.toStdString();
    EXPECT_FALSE(m_renderer.upload(nullptr));

    EXPECT_TRUE(m_renderer.hasFrame());
    EXPECT_EQ(m_renderer.frameSize(), QSize(32, 16));
    expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), 255, 0, 0);
}

TEST_F(RenderFixture, ClearFrameDrawsBlack) {
    auto f =
        solidYuvFrame(255, 255, 255, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AV_PIX_FMT_NV12, 32, 16);
    ASSERT_TRUE(f);
    ASSERT_TRUE(m_renderer.upload(f.get()));
    m_renderer.clearFrame();
    EXPECT_FALSE(m_renderer.hasFrame());
    EXPECT_EQ(renderView(ViewParams{}, 16, 8).pixel(8, 4), qRgb(0, 0, 0));
    ASSERT_TRUE(m_renderer.upload(f.get()));
    expectNear(renderView(ViewParams{}, 16, 8).pixel(8, 4), 255, 255, 255);
}

}  // namespace
}  // namespace omk::render::test
