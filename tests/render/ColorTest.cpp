// Solid colours encoded on the CPU with the textbook BT.601/709/2020 formulas must come back from
// the GPU conversion within +-3 code values.
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <cstdlib>
#include <string>

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace omk::render::test {
namespace {

struct ColourCase {
    AVPixelFormat format;
    AVColorSpace space;
    AVColorRange range;
    // What the frame claims; differs from `space` to test the defaults.
    AVColorSpace tagged;
    int width;
};

const QRgb kColours[] = {qRgb(255, 0, 0),     qRgb(0, 255, 0),     qRgb(0, 0, 255),
                         qRgb(128, 128, 128), qRgb(255, 255, 255), qRgb(0, 0, 0),
                         qRgb(200, 100, 50),  qRgb(16, 200, 240),  qRgb(90, 30, 160)};

class Colour : public RenderFixture, public ::testing::WithParamInterface<ColourCase> {};

TEST_P(Colour, RoundTripsWithinThree) {
    const ColourCase& c = GetParam();
    for (QRgb want : kColours) {
        auto frame = solidYuvFrame(qRed(want), qGreen(want), qBlue(want), c.space, c.range,
                                   c.format, c.width, c.width / 2);
        ASSERT_TRUE(frame);
        frame->colorspace = c.tagged;
        ASSERT_TRUE(m_renderer.upload(frame.get()));
        const QImage img = renderView(ViewParams{}, 32, 16);
        for (QPoint p : {QPoint(16, 8), QPoint(0, 0), QPoint(31, 15)}) {
            const QRgb got = img.pixel(p);
            EXPECT_LE(std::abs(qRed(got) - qRed(want)), 3) << std::hex << want << " got " << got;
            EXPECT_LE(std::abs(qGreen(got) - qGreen(want)), 3)
                << std::hex << want << " got " << got;
            EXPECT_LE(std::abs(qBlue(got) - qBlue(want)), 3) << std::hex << want << " got " << got;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    All, Colour,
    ::testing::Values(
        ColourCase{AV_PIX_FMT_YUV420P, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AVCOL_SPC_BT709, 64},
        ColourCase{AV_PIX_FMT_YUV420P10LE, AVCOL_SPC_BT2020_NCL, AVCOL_RANGE_JPEG,
                   AVCOL_SPC_BT2020_NCL, 64},
        ColourCase{AV_PIX_FMT_YUV420P10LE, AVCOL_SPC_BT2020_NCL, AVCOL_RANGE_MPEG,
                   AVCOL_SPC_BT2020_NCL, 64},
        ColourCase{AV_PIX_FMT_NV12, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AVCOL_SPC_BT709, 64},
        ColourCase{AV_PIX_FMT_P010LE, AVCOL_SPC_BT2020_NCL, AVCOL_RANGE_MPEG, AVCOL_SPC_BT2020_NCL,
                   64},
        ColourCase{AV_PIX_FMT_YUV444P, AVCOL_SPC_SMPTE170M, AVCOL_RANGE_JPEG, AVCOL_SPC_SMPTE170M,
                   64},
        ColourCase{AV_PIX_FMT_YUV422P10LE, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AVCOL_SPC_BT709, 64},
        // Untagged: BT.601 below 1280 wide, BT.709 from 1280.
        ColourCase{AV_PIX_FMT_YUV420P, AVCOL_SPC_SMPTE170M, AVCOL_RANGE_MPEG, AVCOL_SPC_UNSPECIFIED,
                   64},
        ColourCase{AV_PIX_FMT_YUV420P, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AVCOL_SPC_UNSPECIFIED,
                   1280}),
    [](const ::testing::TestParamInfo<ColourCase>& i) {
        std::string name = av_get_pix_fmt_name(i.param.format);
        name += "_" + std::to_string(int(i.param.space)) + "_" +
                std::to_string(int(i.param.range)) + "_" + std::to_string(int(i.param.tagged)) +
                "_" + std::to_string(i.param.width);
        return name;
    });

TEST_F(RenderFixture, YuvjFormatsAreFullRangeWhenUntagged) {
    auto frame =
        solidYuvFrame(200, 100, 50, AVCOL_SPC_BT709, AVCOL_RANGE_JPEG, AV_PIX_FMT_YUV420P, 64, 32);
    ASSERT_TRUE(frame);
    frame->format = AV_PIX_FMT_YUVJ420P;
    frame->color_range = AVCOL_RANGE_UNSPECIFIED;
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    const QRgb got = renderView(ViewParams{}, 32, 16).pixel(16, 8);
    EXPECT_NEAR(qRed(got), 200, 3);
    EXPECT_NEAR(qGreen(got), 100, 3);
    EXPECT_NEAR(qBlue(got), 50, 3);
}

}  // namespace
}  // namespace omk::render::test
