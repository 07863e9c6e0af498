// Renders direction patterns through the shader and checks every sampled pixel against the CPU
// statement of the conventions (ProjectionMath): the shader's direction -> texture mapping is
// tested against independently written texture -> direction mappings.
#include "render/ProjectionMath.h"
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <cmath>
#include <string>

namespace omk::render::test {
namespace {

constexpr int kW = 256, kH = 144;
constexpr double kTolDeg = 2.0;

struct Case {
    const char* name;
    Projection projection;
    StereoLayout stereo;
    Eye eye;
    int width, height;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

// Whether the picture shows direction d; nullopt near an edge, where either answer is fine.
std::optional<bool> visible(Projection p, const QVector3D& d, double frameAspect) {
    const double deg = 180.0 / M_PI;
    if (p == Projection::Equirect180) {
        const double lon = std::abs(std::atan2(d.x(), -d.z()) * deg);
        if (std::abs(lon - 90) < 1.5) return std::nullopt;
        return lon < 90;
    }
    if (p == Projection::Flat) {
        if (d.z() >= -0.05f) return false;
        const double hw = std::tan(kFlatScreenFovDeg / 2 / deg), hh = hw / frameAspect;
        const double x = std::abs(d.x() / -d.z()) / hw, y = std::abs(d.y() / -d.z()) / hh;
        if (std::abs(x - 1) < 0.03 || std::abs(y - 1) < 0.03) return std::nullopt;
        return x < 1 && y < 1;
    }
    return true;
}

class ProjectionRender : public RenderFixture, public ::testing::WithParamInterface<Case> {
protected:
    // Returns the number of pixels compared; records failures (at most a few per view).
    int checkView(const ViewParams& view, const SphericalInfo& info, double frameAspect) {
        const QImage img = renderView(view, kW, kH);
        if (img.isNull()) return 0;
        int compared = 0, failures = 0;
        for (int y = 0; y < kH; y += 7) {
            for (int x = 0; x < kW; x += 7) {
                const int px = x == 0 ? 0 : std::min(x, kW - 1);
                const QVector3D want =
                    viewDirection(view, info, pixelNdcX(px, kW), pixelNdcY(y, kH), double(kW) / kH);
                const auto vis = visible(info.projection, want, frameAspect);
                if (!vis) continue;
                const QRgb c = img.pixel(px, y);
                ++compared;
                if (!*vis) {
                    if (c != qRgb(0, 0, 0) && ++failures <= 3)
                        ADD_FAILURE() << "expected black at " << px << "," << y << describe(view);
                    continue;
                }
                const double err = angleBetweenDeg(decodeDirection(c, view.eye), want);
                if (err > kTolDeg && ++failures <= 3)
                    ADD_FAILURE() << "pixel " << px << "," << y << " off by " << err << " deg"
                                  << describe(view);
            }
        }
        return compared;
    }

    static std::string describe(const ViewParams& v) {
        return " (yaw " + std::to_string(v.yaw) + ", pitch " + std::to_string(v.pitch) + ", roll " +
               std::to_string(v.roll) + ", fov " + std::to_string(v.fov) + ")";
    }
};

TEST_P(ProjectionRender, MatchesCpuDirections) {
    const Case& c = GetParam();
    auto frame = directionPattern(c.projection, c.stereo, c.width, c.height);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.projection = c.projection;
    info.stereo = c.stereo;
    m_renderer.setSpherical(info);
    const double eyeAspect = (c.stereo == StereoLayout::SideBySide ? c.width / 2.0 : c.width) /
                             (c.stereo == StereoLayout::TopBottom ? c.height / 2.0 : c.height);
    int compared = 0;
    for (double yaw : {-170.0, -90.0, 0.0, 45.0, 180.0})
        for (double pitch : {-60.0, 0.0, 30.0, 80.0})
            for (double fov : {30.0, 90.0, 120.0}) {
                ViewParams v{.yaw = yaw, .pitch = pitch, .roll = 0, .fov = fov, .eye = c.eye};
                if (c.projection == Projection::Flat) {
                    // Only views that look at the screen tell anything; keep it small.
                    v.yaw = yaw / 9, v.pitch = pitch / 8;
                }
                compared += checkView(v, info, eyeAspect);
            }
    EXPECT_GT(compared, 1000);
}

TEST_P(ProjectionRender, RollAndFileOrientation) {
    const Case& c = GetParam();
    auto frame = directionPattern(c.projection, c.stereo, c.width, c.height);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.projection = c.projection;
    info.stereo = c.stereo;
    info.yaw = 20, info.pitch = -10, info.roll = 5;
    m_renderer.setSpherical(info);
    const double eyeAspect = (c.stereo == StereoLayout::SideBySide ? c.width / 2.0 : c.width) /
                             (c.stereo == StereoLayout::TopBottom ? c.height / 2.0 : c.height);
    for (double roll : {-30.0, 45.0})
        checkView(ViewParams{.yaw = -25, .pitch = 15, .roll = roll, .fov = 90, .eye = c.eye}, info,
                  eyeAspect);
}

INSTANTIATE_TEST_SUITE_P(
    All, ProjectionRender,
    ::testing::Values(
        Case{"Equirect", Projection::Equirect, StereoLayout::Mono, Eye::Left, 1024, 512},
        Case{"Equirect180", Projection::Equirect180, StereoLayout::Mono, Eye::Left, 512, 512},
        Case{"Cubemap", Projection::Cubemap, StereoLayout::Mono, Eye::Left, 768, 512},
        Case{"Eac", Projection::Eac, StereoLayout::Mono, Eye::Left, 768, 512},
        Case{"Flat", Projection::Flat, StereoLayout::Mono, Eye::Left, 640, 360},
        Case{"TopBottomLeft", Projection::Equirect, StereoLayout::TopBottom, Eye::Left, 1024, 1024},
        Case{"TopBottomRight", Projection::Equirect, StereoLayout::TopBottom, Eye::Right, 1024,
             1024},
        Case{"SideBySideLeft", Projection::Equirect, StereoLayout::SideBySide, Eye::Left, 2048,
             512},
        Case{"SideBySideRight", Projection::Equirect, StereoLayout::SideBySide, Eye::Right, 2048,
             512},
        Case{"SbsEquirect180Right", Projection::Equirect180, StereoLayout::SideBySide, Eye::Right,
             1024, 512}),
    [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

TEST_F(RenderFixture, FlatCentreAndBehind) {
    auto frame = directionPattern(Projection::Flat, StereoLayout::Mono, 640, 360);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.projection = Projection::Flat;
    m_renderer.setSpherical(info);
    QImage img = renderView(ViewParams{}, kW, kH);
    EXPECT_LT(angleBetweenDeg(decodeDirection(img.pixel(kW / 2, kH / 2)), {0, 0, -1}), kTolDeg);
    img = renderView(ViewParams{.yaw = 180}, kW, kH);
    EXPECT_EQ(img.pixel(kW / 2, kH / 2), qRgb(0, 0, 0));
}

TEST_F(RenderFixture, TiledEquirectBoundsCropAndBlackOutside) {
    // A VR180-style tile: the picture covers longitudes -90..90 of a full equirect.
    auto frame = directionPattern(Projection::Equirect180, StereoLayout::Mono, 512, 512);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.projection = Projection::Equirect;
    info.boundLeft = info.boundRight = 0.25;
    m_renderer.setSpherical(info);
    QImage img = renderView(ViewParams{.yaw = 45, .fov = 60}, kW, kH);
    EXPECT_LT(angleBetweenDeg(decodeDirection(img.pixel(kW / 2, kH / 2)),
                              viewDirection(ViewParams{.yaw = 45}, 0, 0, 1)),
              kTolDeg);
    img = renderView(ViewParams{.yaw = 150, .fov = 60}, kW, kH);
    EXPECT_EQ(img.pixel(kW / 2, kH / 2), qRgb(0, 0, 0));
}

}  // namespace
}  // namespace omk::render::test
