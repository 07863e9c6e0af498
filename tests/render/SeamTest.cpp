// The direction pattern is a smooth colour field over the whole sphere (including across the
// 0/360 wrap and at the poles), so any seam, pinch or eye bleed shows as a jump between
// neighbouring pixels.
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <cstdlib>

namespace omk::render::test {
namespace {

int maxNeighbourJump(const QImage& img, QPoint* where) {
    int worst = 0;
    auto diff = [](QRgb a, QRgb b) {
        return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                         std::abs(qBlue(a) - qBlue(b))});
    };
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            int d = 0;
            if (x + 1 < img.width()) d = std::max(d, diff(c, img.pixel(x + 1, y)));
            if (y + 1 < img.height()) d = std::max(d, diff(c, img.pixel(x, y + 1)));
            if (d > worst) worst = d, *where = QPoint(x, y);
        }
    return worst;
}

struct SeamCase {
    StereoLayout stereo;
    Eye eye;
    int width, height;
};

class SeamAndPoles : public RenderFixture, public ::testing::WithParamInterface<SeamCase> {};

TEST_P(SeamAndPoles, NoJumps) {
    const SeamCase& c = GetParam();
    auto frame = directionPattern(Projection::Equirect, c.stereo, c.width, c.height);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.stereo = c.stereo;
    m_renderer.setSpherical(info);
    // Neighbouring pixels are at most ~0.5 degrees apart, about one code value of the pattern.
    constexpr int kMaxJump = 4;
    for (double yaw : {180.0, -180.0, 0.0})
        for (double pitch : {0.0, 89.0, -89.0, 90.0})
            for (double fov : {60.0, 120.0}) {
                const QImage img = renderView(
                    ViewParams{.yaw = yaw, .pitch = pitch, .roll = 0, .fov = fov, .eye = c.eye},
                    256, 144);
                QPoint at;
                EXPECT_LE(maxNeighbourJump(img, &at), kMaxJump)
                    << "at " << at.x() << "," << at.y() << " yaw " << yaw << " pitch " << pitch
                    << " fov " << fov;
            }
}

INSTANTIATE_TEST_SUITE_P(
    All, SeamAndPoles,
    ::testing::Values(SeamCase{StereoLayout::Mono, Eye::Left, 1024, 512},
                      SeamCase{StereoLayout::SideBySide, Eye::Right, 2048, 512},
                      SeamCase{StereoLayout::TopBottom, Eye::Left, 1024, 1024}));

// Looking exactly at the wrap, bilinear filtering must blend the first and last columns of the
// eye's picture: a clamped lookup would show one of them, a plain GL_REPEAT on a stereo frame
// would blend in the other eye.
TEST_F(RenderFixture, WrapBlendsFirstAndLastColumnOfTheEye) {
    for (StereoLayout stereo : {StereoLayout::Mono, StereoLayout::SideBySide}) {
        const bool sbs = stereo == StereoLayout::SideBySide;
        const int eyeW = 64, h = 32, w = sbs ? 2 * eyeW : eyeW;
        media::AvFramePtr f = media::makeFrame();
        f->format = AV_PIX_FMT_RGBA;
        f->width = w;
        f->height = h;
        ASSERT_GE(av_frame_get_buffer(f.get(), 0), 0);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const int ex = sbs ? x - eyeW : x;  // right eye in the right half
                QRgb c = qRgb(255, 255, 255);
                if (ex == 0)
                    c = qRgb(255, 0, 0);
                else if (ex == eyeW - 1)
                    c = qRgb(0, 0, 255);
                else if (ex > 0)
                    c = qRgb(0, 255, 0);
                uint8_t* px = f->data[0] + y * f->linesize[0] + x * 4;
                px[0] = uint8_t(qRed(c)), px[1] = uint8_t(qGreen(c)), px[2] = uint8_t(qBlue(c));
                px[3] = 255;
            }
        ASSERT_TRUE(m_renderer.upload(f.get()));
        SphericalInfo info;
        info.stereo = stereo;
        m_renderer.setSpherical(info);
        // Odd size: the centre pixel's ray is exactly at yaw 180.
        const QImage img = renderView(ViewParams{.yaw = 180, .fov = 30, .eye = Eye::Right}, 63, 31);
        const QRgb c = img.pixel(31, 15);
        EXPECT_NEAR(qRed(c), 128, 6) << (sbs ? "sbs" : "mono");
        EXPECT_NEAR(qGreen(c), 0, 6) << (sbs ? "sbs" : "mono");
        EXPECT_NEAR(qBlue(c), 128, 6) << (sbs ? "sbs" : "mono");
    }
}

}  // namespace
}  // namespace omk::render::test
