// A headset eye's view: an explicit orientation and an asymmetric frustum (ViewParams
// orientation/tangents). The shader's rays are checked against ProjectionMath's forward
// statement pixel by pixel, as ProjectionRenderTest does for the desktop's symmetric view, and a
// symmetric frustum given as tangents must draw exactly what the same fov draws.
#include "render/ProjectionMath.h"
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <cmath>

namespace omk::render::test {
namespace {

constexpr int kW = 200, kH = 160;
constexpr double kTolDeg = 2.0;

// A unit quaternion for a rotation of angleDeg about (x, y, z).
ViewOrientation aboutAxis(double x, double y, double z, double angleDeg) {
    const double n = std::sqrt(x * x + y * y + z * z);
    const double h = angleDeg * M_PI / 360.0;
    const double s = std::sin(h) / n;
    return {x * s, y * s, z * s, std::cos(h)};
}

void expectDir(const QVector3D& got, QVector3D want) {
    want.normalize();
    EXPECT_LT(angleBetweenDeg(got, want), 1e-4) << got.x() << "," << got.y() << "," << got.z();
}

TEST(AsymmetricViewMath, TangentsSpanTheFrustumLinearly) {
    ViewParams v;
    v.tangents = ViewTangents{-0.5, 1.0, -0.2, 0.6};
    // aspect is ignored: the tangents fix both axes.
    expectDir(viewDirection(v, -1, -1, 3.0), {-0.5f, -0.2f, -1});
    expectDir(viewDirection(v, 1, 1, 3.0), {1, 0.6f, -1});
    expectDir(viewDirection(v, 0, 0, 3.0), {0.25f, 0.2f, -1});
    expectDir(viewDirection(v, 0.5, -0.5, 0.1), {0.625f, 0.0f, -1});
}

TEST(AsymmetricViewMath, QuaternionIsTheCameraToWorldRotation) {
    ViewParams v;
    v.orientation = aboutAxis(0, 1, 0, -90);  // turned right
    expectDir(viewDirection(v, 0, 0, 1), {1, 0, 0});
    v.orientation = aboutAxis(1, 0, 0, 30);  // looking up 30 degrees
    expectDir(viewDirection(v, 0, 0, 1),
              {0, float(std::sin(M_PI / 6)), -float(std::cos(M_PI / 6))});
    // Not normalised, as a runtime's rounding may leave it: the same rotation.
    v.orientation = ViewOrientation{0, -2, 0, 2};
    expectDir(viewDirection(v, 0, 0, 1), {1, 0, 0});
    // Composes with the file's own orientation as yaw/pitch/roll do: file after view.
    SphericalInfo file;
    file.yaw = 90;
    expectDir(viewDirection(v, file, 0, 0, 1), {0, 0, 1});
}

class AsymmetricView : public RenderFixture {
protected:
    void SetUp() override {
        RenderFixture::SetUp();
        if (HasFatalFailure()) return;
        auto frame = directionPattern(Projection::Equirect, StereoLayout::Mono, 1024, 512);
        ASSERT_TRUE(frame);
        ASSERT_TRUE(m_renderer.upload(frame.get()));
        m_renderer.setSpherical(SphericalInfo{});
    }

    // Checks every 6th pixel; returns how many were compared.
    int checkView(const ViewParams& view) {
        const QImage img = renderView(view, kW, kH);
        if (img.isNull()) return 0;
        int compared = 0, failures = 0;
        for (int y = 0; y < kH; y += 6)
            for (int x = 0; x < kW; x += 6) {
                const QVector3D want =
                    viewDirection(view, pixelNdcX(x, kW), pixelNdcY(y, kH), double(kW) / kH);
                const double err = angleBetweenDeg(decodeDirection(img.pixel(x, y)), want);
                ++compared;
                if (err > kTolDeg && ++failures <= 3)
                    ADD_FAILURE() << "pixel " << x << "," << y << " off by " << err << " deg";
            }
        return compared;
    }
};

TEST_F(AsymmetricView, ShaderMatchesForwardMapping) {
    int compared = 0;
    // Typical headset eyes: wider towards the temple than the nose, more down than up.
    const ViewTangents eyes[] = {{-1.39, 0.84, -1.19, 0.90},
                                 {-0.84, 1.39, -1.19, 0.90},
                                 {-0.3, 0.5, 0.1, 0.7}};  // off-axis entirely
    const ViewOrientation poses[] = {{0, 0, 0, 1},
                                     aboutAxis(0, 1, 0, -90),
                                     aboutAxis(1, 0.3, -0.2, 40),
                                     aboutAxis(0.2, -1, 0.5, 170)};
    for (const ViewTangents& t : eyes)
        for (const ViewOrientation& q : poses) {
            ViewParams v;
            v.orientation = q;
            v.tangents = t;
            compared += checkView(v);
        }
    EXPECT_GT(compared, 5000);
}

TEST_F(AsymmetricView, SymmetricTangentsDrawWhatFovDraws) {
    // 90 degrees horizontally on a 200x160 target: tan 45 = 1 across, 160/200 up and down.
    ViewParams tangents;
    tangents.tangents = ViewTangents{-1, 1, -0.8, 0.8};
    EXPECT_EQ(renderView(tangents, kW, kH), renderView(ViewParams{}, kW, kH));
}

TEST_F(AsymmetricView, OrientationReplacesYawPitchRoll) {
    // Turning right by 90 degrees is a rotation of -90 degrees about +y (right-handed, +y up).
    ViewParams turned;
    turned.orientation = aboutAxis(0, 1, 0, -90);
    const QImage viaYaw = renderView(ViewParams{.yaw = 90}, kW, kH);
    const QImage viaPose = renderView(turned, kW, kH);
    int worst = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const QRgb a = viaYaw.pixel(x, y), b = viaPose.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
        }
    EXPECT_LE(worst, 2);
}

}  // namespace
}  // namespace omk::render::test
