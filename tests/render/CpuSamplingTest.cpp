// The CPU sampling path (CpuSampler, used on software rasterizers) against the shader path on
// the same YUV frames: every projection, stereo eye, the 0/360 wrap and the picture's edges.
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <cmath>
#include <string>

namespace omk::render::test {
namespace {

// The direction pattern (RGBA) as BT.709 limited-range Y'CbCr in `format`.
media::AvFramePtr toYuv(const AVFrame* rgba, AVPixelFormat format) {
    media::AvFramePtr out = media::makeFrame();
    out->format = format;
    out->width = rgba->width;
    out->height = rgba->height;
    out->colorspace = AVCOL_SPC_BT709;
    out->color_range = AVCOL_RANGE_MPEG;
    if (av_frame_get_buffer(out.get(), 0) < 0) return nullptr;
    SwsContext* sws = sws_getContext(rgba->width, rgba->height, AVPixelFormat(rgba->format),
                                     out->width, out->height, format,
                                     SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    if (!sws) return nullptr;
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    sws_scale(sws, rgba->data, rgba->linesize, 0, rgba->height, out->data, out->linesize);
    sws_freeContext(sws);
    return out;
}

struct Diff {
    double mean = 0;
    int max = 0;
    QPoint at;
    double over16 = 0;  // fraction of pixels off by more than 16 in a channel
};

Diff compare(const QImage& a, const QImage& b) {
    Diff d;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int e = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                    std::abs(qBlue(p) - qBlue(q))});
            sum += e;
            if (e > 16) d.over16 += 1;
            if (e > d.max) d.max = e, d.at = QPoint(x, y);
        }
    d.mean = sum / (a.width() * a.height());
    d.over16 /= a.width() * a.height();
    return d;
}

struct Case {
    const char* name;
    Projection projection;
    StereoLayout stereo;
    Eye eye;
    AVPixelFormat format;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

class CpuSampling : public RenderFixture, public ::testing::WithParamInterface<Case> {};

TEST_P(CpuSampling, MatchesTheShaderPath) {
    const Case& c = GetParam();
    const int frameW = c.stereo == StereoLayout::SideBySide ? 1024 : 512;
    const int frameH = c.stereo == StereoLayout::TopBottom ? 512 : 256;
    auto pattern = directionPattern(c.projection, c.stereo, frameW, frameH);
    ASSERT_TRUE(pattern);
    auto frame = toYuv(pattern.get(), c.format);
    ASSERT_TRUE(frame);
    SphericalInfo info;
    info.projection = c.projection;
    info.stereo = c.stereo;

    SphereRenderer shader;
    ASSERT_TRUE(shader.initialize());
    shader.setSamplingPath(SamplingPath::Shader);
    shader.setSpherical(info);
    ASSERT_TRUE(shader.upload(frame.get()));
    ASSERT_FALSE(shader.samplesOnCpu());
    m_renderer.setSamplingPath(SamplingPath::Cpu);
    m_renderer.setSpherical(info);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    ASSERT_TRUE(m_renderer.samplesOnCpu());

    for (double yaw : {0.0, 90.0, 180.0, -135.0})
        for (double pitch : {0.0, 60.0, -89.0})
            for (double fov : {60.0, 110.0}) {
                const ViewParams view{
                    .yaw = yaw, .pitch = pitch, .roll = 10, .fov = fov, .eye = c.eye};
                // Odd sizes: the last column and row have half a chroma block.
                const QImage cpu = renderView(view, 255, 143);
                m_target->bind();
                shader.render(view, 255, 143);
                const QImage gpu = m_target->readImage();
                const Diff d = compare(cpu, gpu);
                const std::string where = " yaw " + std::to_string(yaw) + " pitch " +
                                          std::to_string(pitch) + " fov " + std::to_string(fov);
                // Rounding differs by a code value or two. Chroma is taken once per 2x2 block (as
                // 4:2:0 output has it). In cube layouts the source's 4:2:0 chroma already blends
                // each face's edge with the unrelated face beside it in the frame (both paths
                // show that line); a block on a face edge spreads it over two pixels, not one.
                const bool cube =
                    c.projection == Projection::Cubemap || c.projection == Projection::Eac;
                EXPECT_LE(d.mean, cube ? 3.0 : 1.5) << where;
                EXPECT_LE(d.over16, cube ? 0.03 : 0.002)
                    << "worst " << d.max << " at " << d.at.x() << "," << d.at.y() << where;
                if (!cube) {
                    EXPECT_LE(d.max, 24) << "at " << d.at.x() << "," << d.at.y() << where;
                }
            }
    shader.release();
}

INSTANTIATE_TEST_SUITE_P(
    All, CpuSampling,
    ::testing::Values(
        Case{"Equirect420", Projection::Equirect, StereoLayout::Mono, Eye::Left,
             AV_PIX_FMT_YUV420P},
        Case{"EquirectNv12", Projection::Equirect, StereoLayout::Mono, Eye::Left, AV_PIX_FMT_NV12},
        Case{"Equirect444", Projection::Equirect, StereoLayout::Mono, Eye::Left,
             AV_PIX_FMT_YUV444P},
        Case{"Equirect180", Projection::Equirect180, StereoLayout::Mono, Eye::Left,
             AV_PIX_FMT_YUV420P},
        Case{"Cubemap", Projection::Cubemap, StereoLayout::Mono, Eye::Left, AV_PIX_FMT_YUV420P},
        Case{"Eac", Projection::Eac, StereoLayout::Mono, Eye::Left, AV_PIX_FMT_YUV420P},
        Case{"Flat", Projection::Flat, StereoLayout::Mono, Eye::Left, AV_PIX_FMT_YUV422P},
        Case{"TopBottomRight", Projection::Equirect, StereoLayout::TopBottom, Eye::Right,
             AV_PIX_FMT_YUV420P},
        Case{"SideBySideRight", Projection::Equirect, StereoLayout::SideBySide, Eye::Right,
             AV_PIX_FMT_NV12}),
    [](const auto& param) { return std::string(param.param.name); });

TEST_F(RenderFixture, SoftwareRasterizerSamplesYuvOnTheCpuAndRgbInShaders) {
    // CI draws with llvmpipe, where Auto must pick the CPU for 8-bit YUV.
    auto pattern = directionPattern(Projection::Equirect, StereoLayout::Mono, 256, 128);
    auto yuv = toYuv(pattern.get(), AV_PIX_FMT_YUV420P);
    ASSERT_TRUE(m_renderer.upload(yuv.get()));
    EXPECT_TRUE(m_renderer.samplesOnCpu());
    ASSERT_TRUE(m_renderer.upload(pattern.get()));
    EXPECT_FALSE(m_renderer.samplesOnCpu());
    auto tenBit = toYuv(pattern.get(), AV_PIX_FMT_YUV420P10LE);
    ASSERT_TRUE(m_renderer.upload(tenBit.get()));
    EXPECT_FALSE(m_renderer.samplesOnCpu());
}

TEST_F(RenderFixture, CpuPathFollowsMappingAndFrameChanges) {
    auto a = toYuv(directionPattern(Projection::Equirect, StereoLayout::Mono, 256, 128).get(),
                   AV_PIX_FMT_YUV420P);
    m_renderer.setSamplingPath(SamplingPath::Cpu);
    ASSERT_TRUE(m_renderer.upload(a.get()));
    const QImage front = renderView(ViewParams{}, 64, 48);
    const QImage back = renderView(ViewParams{.yaw = 180}, 64, 48);
    EXPECT_GT(compare(front, back).mean, 20) << "turning must change the picture";
    // A different frame (size and linesize) under the same view rebuilds the tables.
    auto b = toYuv(directionPattern(Projection::Equirect, StereoLayout::Mono, 384, 192).get(),
                   AV_PIX_FMT_NV12);
    ASSERT_TRUE(m_renderer.upload(b.get()));
    const QImage again = renderView(ViewParams{.yaw = 180}, 64, 48);
    EXPECT_LE(compare(back, again).mean, 2.0);
    // Back to the shader path under the same view: it needs the maps the CPU path let go of.
    auto rgba = directionPattern(Projection::Equirect, StereoLayout::Mono, 384, 192);
    ASSERT_TRUE(m_renderer.upload(rgba.get()));
    ASSERT_FALSE(m_renderer.samplesOnCpu());
    EXPECT_LE(compare(back, renderView(ViewParams{.yaw = 180}, 64, 48)).mean, 3.0);
    m_renderer.clearFrame();
    const QImage black = renderView(ViewParams{}, 64, 48);
    EXPECT_EQ(black.pixel(32, 24), qRgb(0, 0, 0));
}

}  // namespace
}  // namespace omk::render::test
