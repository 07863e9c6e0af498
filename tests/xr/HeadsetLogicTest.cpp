// The headset mode's logic that needs no runtime: what a controller command does where it
// arrives, recentring's heading maths, the equirect layer's angles and image sizes, and (on real
// GL, llvmpipe) the 1:1 copy of a picture into a layer image.
#include "render/ProjectionMath.h"
#include "render/TestPattern.h"
#include "support/RenderFixture.h"
#include "xr/ControllerResponse.h"
#include "xr/EquirectLayer.h"
#include "xr/Recenter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace omk::xr {
namespace {

using C = ControllerCommand;
using E = CommandEffect;
constexpr double kPi = 3.14159265358979323846;

TEST(XrControllerResponse, HeadlessRecentresAndTogglesPlaybackOnly) {
    const CommandContext headless;  // `omnikast xr` / `xr-check`: a picture and a local player
    EXPECT_EQ(respondTo(C::Recenter, headless).effect, E::Recenter);
    EXPECT_EQ(respondTo(C::PlayPause, headless).effect, E::TogglePlayback);
    for (C c : {C::ToggleChat, C::NextChannel, C::PreviousChannel}) {
        const CommandResponse r = respondTo(c, headless);
        EXPECT_EQ(r.effect, E::NotAvailable) << commandName(c).toStdString();
        EXPECT_EQ(r.reason, QStringLiteral("not available without an event"));
    }
    EXPECT_EQ(respondTo(C::Select, headless).effect, E::NotAvailable);
    EXPECT_EQ(respondTo(C::Select, headless).reason,
              QStringLiteral("not available without a panel"));
}

TEST(XrControllerResponse, InAnEventEveryCommandActsAndPlaybackIsTheModerators) {
    CommandContext window{.hasPanel = true, .hasEvent = true, .inRoom = true};
    EXPECT_EQ(respondTo(C::Select, window).effect, E::ClickPanel);
    EXPECT_EQ(respondTo(C::ToggleChat, window).effect, E::ToggleChat);
    EXPECT_EQ(respondTo(C::NextChannel, window).effect, E::NextChannel);
    EXPECT_EQ(respondTo(C::PreviousChannel, window).effect, E::PreviousChannel);
    EXPECT_EQ(respondTo(C::Recenter, window).effect, E::Recenter);
    const CommandResponse viewer = respondTo(C::PlayPause, window);
    EXPECT_EQ(viewer.effect, E::NotAvailable);
    EXPECT_EQ(viewer.reason, QStringLiteral("only moderators may"));
    window.isModerator = true;
    EXPECT_EQ(respondTo(C::PlayPause, window).effect, E::TogglePlayback);
}

TEST(XrControllerResponse, CommandNamesAreDistinct) {
    std::set<QString> names;
    for (C c :
         {C::Select, C::ToggleChat, C::Recenter, C::NextChannel, C::PreviousChannel, C::PlayPause})
        EXPECT_TRUE(names.insert(commandName(c)).second) << commandName(c).toStdString();
    EXPECT_EQ(commandName(C::PlayPause), QStringLiteral("play_pause"));
}

XrQuaternionf about(double x, double y, double z, double radians) {
    const double n = std::sqrt(x * x + y * y + z * z), s = std::sin(radians / 2) / n;
    return {float(x * s), float(y * s), float(z * s), float(std::cos(radians / 2))};
}

// Where -z ends up under q.
std::array<double, 3> forward(const XrQuaternionf& q) {
    const double x = q.x, y = q.y, z = q.z, w = q.w;
    return {-2 * (x * z + w * y), -2 * (y * z - w * x), -(1 - 2 * (x * x + y * y))};
}

TEST(XrRecenter, HeadingIsTheYawAloneWhateverThePitchAndRoll) {
    for (double yaw : {0.0, 0.4, -1.2, 2.9, -3.0}) {
        EXPECT_NEAR(headingOf(yawRotation(yaw)), yaw, 1e-5) << yaw;
        // Yaw, then looking down 30 degrees and tilting 10: the heading is still the yaw.
        const XrQuaternionf head =
            multiply(yawRotation(yaw), multiply(about(1, 0, 0, -0.52), about(0, 0, 1, 0.17)));
        EXPECT_NEAR(headingOf(head), yaw, 1e-5) << yaw;
    }
    // Turning left is a positive rotation about +y: -z goes towards -x.
    EXPECT_LT(forward(yawRotation(0.5))[0], 0);
}

TEST(XrRecenter, RecentredViewLooksAtThePictureCentreAndKeepsItsPitch) {
    const double heading = 1.1;
    const XrQuaternionf head = multiply(yawRotation(heading), about(1, 0, 0, 0.3));
    const XrQuaternionf eye = recentred(head, heading);
    EXPECT_NEAR(headingOf(eye), 0, 1e-5);
    EXPECT_NEAR(forward(eye)[1], forward(head)[1], 1e-5) << "the pitch is the head's";
    // Not recentred: unchanged.
    const XrQuaternionf same = recentred(head, 0);
    EXPECT_NEAR(same.x, head.x, 1e-6);
    EXPECT_NEAR(same.w, head.w, 1e-6);
}

TEST(XrEquirectLayer, AnglesFollowTheProjectionAndBounds) {
    auto full = equirectLayerGeometry(SphericalInfo{});
    ASSERT_TRUE(full) << full.error().message.toStdString();
    EXPECT_NEAR(full->centralHorizontalAngle, 2 * kPi, 1e-5);
    EXPECT_NEAR(full->upperVerticalAngle, kPi / 2, 1e-5);
    EXPECT_NEAR(full->lowerVerticalAngle, -kPi / 2, 1e-5);
    EXPECT_EQ(full->yaw, 0);

    SphericalInfo vr180;
    vr180.projection = Projection::Equirect180;
    vr180.boundLeft = vr180.boundRight = 0.25;  // how VR180 files arrive
    auto half = equirectLayerGeometry(vr180);
    ASSERT_TRUE(half);
    EXPECT_NEAR(half->centralHorizontalAngle, kPi, 1e-5);
    EXPECT_NEAR(half->yaw, 0, 1e-9);

    // A crop of the left quarter and the top tenth: 270 degrees wide, centred 45 to the right.
    SphericalInfo cropped;
    cropped.boundLeft = 0.25;
    cropped.boundTop = 0.1;
    auto c = equirectLayerGeometry(cropped);
    ASSERT_TRUE(c);
    EXPECT_NEAR(c->centralHorizontalAngle, 1.5 * kPi, 1e-5);
    EXPECT_NEAR(c->upperVerticalAngle, 0.4 * kPi, 1e-5);
    EXPECT_NEAR(c->lowerVerticalAngle, -kPi / 2, 1e-5);
    EXPECT_NEAR(c->yaw, -kPi / 4, 1e-9);

    SphericalInfo cube;
    cube.projection = Projection::Cubemap;
    auto none = equirectLayerGeometry(cube);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().message, QStringLiteral("a cubemap picture is not equirectangular"));
}

TEST(XrEquirectLayer, ImageSizesAndLayerNames) {
    EXPECT_EQ(equirectImageSize({3840, 1920}, StereoLayout::Mono), QSize(3840, 1920));
    EXPECT_EQ(equirectImageSize({3840, 3840}, StereoLayout::TopBottom), QSize(3840, 1920));
    EXPECT_EQ(equirectImageSize({4096, 2048}, StereoLayout::SideBySide), QSize(2048, 2048));
    EXPECT_EQ(equirectImageSize({16384, 8192}, StereoLayout::Mono), QSize(8192, 4096));
    EXPECT_TRUE(equirectImageSize({0, 0}, StereoLayout::Mono).isEmpty());
    EXPECT_EQ(*parseVideoLayer(QStringLiteral("equirect2")), VideoLayer::Equirect2);
    EXPECT_EQ(*parseVideoLayer(QStringLiteral("projection")), VideoLayer::Projection);
    EXPECT_EQ(toString(VideoLayer::Equirect2), QStringLiteral("equirect2"));
    EXPECT_EQ(parseVideoLayer(QStringLiteral("quad")).error().message,
              QStringLiteral("--layer must be projection or equirect2, not \"quad\""));
}

// Real GL: the renderer copying a picture into a layer image through equirectCopyView.
class XrEquirectCopy : public render::test::RenderFixture {
protected:
    void SetUp() override {
        RenderFixture::SetUp();
        m_renderer.setSamplingPath(render::SamplingPath::Shader);
    }
    QImage copy(const SphericalInfo& picture, QSize frame, QSize out, Eye eye) {
        const SphericalInfo info = equirectCopyInfo(picture);
        m_renderer.setSpherical(info);
        return renderView(equirectCopyView(info, frame, eye), out.width(), out.height());
    }
    // The worst angle between what each sampled pixel shows and the direction at its place in
    // an equirect picture of the image's size.
    static double worstDegrees(const QImage& img, Eye eye) {
        double worst = 0;
        for (int y = 2; y < img.height() - 2; y += 5)
            for (int x = 2; x < img.width() - 2; x += 5) {
                const QVector3D want = render::directionForUv(
                    Projection::Equirect, (x + 0.5) / img.width(), (y + 0.5) / img.height());
                const QVector3D got = render::decodeDirection(img.pixel(x, y), eye);
                worst = std::max(worst, render::angleBetweenDeg(got, want));
            }
        return worst;
    }
};

TEST_F(XrEquirectCopy, MonoPictureIsCopiedUprightAndWhole) {
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::Mono, 512, 256);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    const QImage img = copy(SphericalInfo{}, {512, 256}, {512, 256}, Eye::Left);
    ASSERT_FALSE(img.isNull());
    EXPECT_LT(worstDegrees(img, Eye::Left), 2.0);
    // Upright: the top row shows up (+y), not down.
    EXPECT_GT(render::decodeDirection(img.pixel(256, 3)).y(), 0.9f);
}

TEST_F(XrEquirectCopy, StereoGivesEachImageItsOwnHalf) {
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::TopBottom, 512, 512);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    SphericalInfo info;
    info.stereo = StereoLayout::TopBottom;
    const QSize image = equirectImageSize({512, 512}, info.stereo);
    ASSERT_EQ(image, QSize(512, 256));
    for (Eye eye : {Eye::Left, Eye::Right}) {
        const QImage img = copy(info, {512, 512}, image, eye);
        EXPECT_LT(worstDegrees(img, eye), 2.0) << toString(eye).toStdString();
    }
}

}  // namespace
}  // namespace omk::xr
