// OpenXR's pose and field of view -> the renderer's ViewParams: the frames agree (+x right, +y
// up, -z forward), an identity pose looks at the centre of the picture, a head turned right by
// 90 degrees sees what `--yaw 90` sees, and the eye index picks the stereo half.
#include "render/ProjectionMath.h"
#include "render/TestPattern.h"
#include "support/RenderFixture.h"
#include "xr/EyeView.h"

#include <gtest/gtest.h>

#include <cmath>

namespace omk::xr {
namespace {

XrPosef poseAbout(float x, float y, float z, double angleDeg) {
    const double n = std::sqrt(double(x * x + y * y + z * z));
    const double h = angleDeg * M_PI / 360.0;
    const double s = std::sin(h) / n;
    XrPosef p{};
    p.orientation = {float(x * s), float(y * s), float(z * s), float(std::cos(h))};
    p.position = {0.03f, 1.6f, -0.2f};  // ignored: the sphere is at infinity
    return p;
}

// By name: XrFovf's order is left, right, up, down.
XrFovf fovOf(float left, float right, float down, float up) {
    XrFovf f{};
    f.angleLeft = left;
    f.angleRight = right;
    f.angleDown = down;
    f.angleUp = up;
    return f;
}

XrFovf symmetricFov(double degrees) {
    const float h = float(degrees * M_PI / 360.0);
    return fovOf(-h, h, -h, h);
}

void expectSameRotation(const render::Rotation& a, const render::Rotation& b) {
    for (size_t i = 0; i < 9; ++i) EXPECT_NEAR(a.m[i], b.m[i], 1e-6) << "element " << i;
}

TEST(XrEyeView, IdentityPoseLooksAtTheCentreOfThePicture) {
    const ViewParams v = eyeView(poseAbout(0, 1, 0, 0), symmetricFov(90), 0);
    const QVector3D centre = render::directionForUv(Projection::Equirect, 0.5, 0.5);
    EXPECT_LT(render::angleBetweenDeg(render::viewDirection(v, 0, 0, 1), centre), 1e-4);
    expectSameRotation(render::cameraToWorld(v), render::cameraToWorld(ViewParams{}));
}

TEST(XrEyeView, HeadTurnsMatchYawPitchRoll) {
    // OpenXR rotations are right-handed about +y up, +x right, +z towards the viewer.
    expectSameRotation(render::cameraToWorld(eyeView(poseAbout(0, 1, 0, -90), symmetricFov(90), 0)),
                       render::cameraToWorld(ViewParams{.yaw = 90}));
    expectSameRotation(render::cameraToWorld(eyeView(poseAbout(1, 0, 0, 30), symmetricFov(90), 0)),
                       render::cameraToWorld(ViewParams{.pitch = 30}));
    // A head tilted right (clockwise as the wearer sees it) turns about -z.
    expectSameRotation(render::cameraToWorld(eyeView(poseAbout(0, 0, 1, -20), symmetricFov(90), 0)),
                       render::cameraToWorld(ViewParams{.roll = 20}));
    const QVector3D right = render::directionForUv(Projection::Equirect, 0.75, 0.5);
    EXPECT_LT(
        render::angleBetweenDeg(
            render::viewDirection(eyeView(poseAbout(0, 1, 0, -90), symmetricFov(90), 0), 0, 0, 1),
            right),
        1e-3);
}

TEST(XrEyeView, FieldOfViewBecomesTangents) {
    const XrFovf fov = fovOf(-0.9f, 0.7f, -0.8f, 0.6f);
    const ViewParams v = eyeView(poseAbout(0, 1, 0, 0), fov, 1);
    ASSERT_TRUE(v.tangents);
    EXPECT_NEAR(v.tangents->left, std::tan(-0.9), 1e-6);
    EXPECT_NEAR(v.tangents->right, std::tan(0.7), 1e-6);
    EXPECT_NEAR(v.tangents->down, std::tan(-0.8), 1e-6);
    EXPECT_NEAR(v.tangents->up, std::tan(0.6), 1e-6);
    EXPECT_EQ(v.eye, Eye::Right);
    EXPECT_EQ(eyeView(poseAbout(0, 1, 0, 0), fov, 0).eye, Eye::Left);
    // The frustum's edges: ndc -1 is the left edge at angleLeft.
    const QVector3D leftEdge = render::viewDirection(v, -1, 0, 1);
    EXPECT_NEAR(std::atan2(leftEdge.x(), -leftEdge.z()), -0.9, 1e-5);
    const QVector3D topEdge = render::viewDirection(v, 0, 1, 1);
    EXPECT_NEAR(std::atan2(topEdge.y(), -topEdge.z()), 0.6, 1e-5);
}

// Real GL: the same renderer the desktop uses, through an eye's ViewParams.
class XrEyeRender : public render::test::RenderFixture {
protected:
    QImage draw(const ViewParams& v) { return renderView(v, 96, 96); }
    static int maxDifference(const QImage& a, const QImage& b) {
        int worst = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                worst = std::max({worst, std::abs(qRed(p) - qRed(q)),
                                  std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            }
        return worst;
    }
};

TEST_F(XrEyeRender, TurnedRightSeesWhatYaw90Sees) {
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::Mono, 1024, 512);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    m_renderer.setSpherical(SphericalInfo{});
    const QImage headset = draw(eyeView(poseAbout(0, 1, 0, -90), symmetricFov(90), 0));
    const QImage desktop = draw(ViewParams{.yaw = 90, .fov = 90});
    EXPECT_LE(maxDifference(headset, desktop), 2);
    // And it is not the view straight ahead.
    EXPECT_GT(maxDifference(headset, draw(ViewParams{})), 60);
}

TEST_F(XrEyeRender, EyeIndexPicksTheStereoHalf) {
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::TopBottom, 512, 512);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.stereo = StereoLayout::TopBottom;
    m_renderer.setSpherical(info);
    const XrPosef pose = poseAbout(0.2f, 1, 0, 35);
    for (int eye : {0, 1}) {
        const QImage img = draw(eyeView(pose, symmetricFov(80), eye));
        const Eye which = eye == 1 ? Eye::Right : Eye::Left;
        const QVector3D want = render::viewDirection(eyeView(pose, symmetricFov(80), eye), 0, 0, 1);
        // The pattern encodes each half differently; decoding with the other eye's rule would
        // give the opposite direction.
        EXPECT_LT(render::angleBetweenDeg(render::decodeDirection(img.pixel(48, 48), which), want),
                  3.0)
            << "eye " << eye;
    }
}

TEST_F(XrEyeRender, MonoGivesBothEyesTheSamePicture) {
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::Mono, 512, 256);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    m_renderer.setSpherical(SphericalInfo{});
    const XrPosef pose = poseAbout(0, 1, 0.3f, 50);
    EXPECT_EQ(draw(eyeView(pose, symmetricFov(90), 0)), draw(eyeView(pose, symmetricFov(90), 1)));
}

}  // namespace
}  // namespace omk::xr
