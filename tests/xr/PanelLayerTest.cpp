// The in-headset panel's place and the pointer's hit on it: pure geometry, no runtime.
#include "xr/PanelLayer.h"
#include "xr/Recenter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace omk::xr {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// A pointer at `position`, turned by yaw (positive left) and pitch (positive up).
XrPosef pointer(XrVector3f position, double yawDeg, double pitchDeg = 0) {
    XrPosef p{};
    const XrQuaternionf pitch{float(std::sin(pitchDeg * kDeg / 2)), 0, 0,
                              float(std::cos(pitchDeg * kDeg / 2))};
    p.orientation = multiply(yawRotation(yawDeg * kDeg), pitch);
    p.position = position;
    return p;
}

TEST(XrPanelLayer, SitsAheadAlongItsHeading) {
    PanelPlacement ahead;
    XrPosef pose = panelPose(ahead);
    EXPECT_NEAR(pose.position.x, 0, 1e-6);
    EXPECT_NEAR(pose.position.z, -1.2, 1e-6);
    EXPECT_NEAR(pose.position.y, -0.25, 1e-6);
    PanelPlacement left = ahead;
    left.heading = 90 * kDeg;  // turned left: the panel is at -x
    pose = panelPose(left);
    EXPECT_NEAR(pose.position.x, -1.2, 1e-6);
    EXPECT_NEAR(pose.position.z, 0, 1e-6);
}

TEST(XrPanelLayer, APointerAtTheCentreHitsTheMiddle) {
    const PanelPlacement panel;
    const auto hit = hitPanel(pointer({0, -0.25f, 0}, 0), panel);
    ASSERT_TRUE(hit);
    EXPECT_NEAR(hit->x(), 0.5, 1e-5);
    EXPECT_NEAR(hit->y(), 0.5, 1e-5);
}

TEST(XrPanelLayer, RightAndUpMoveTheHitRightAndUp) {
    const PanelPlacement panel;
    // From the right hand, 0.2 m right of centre, pointing straight ahead: 0.2 of a 1 m panel.
    auto hit = hitPanel(pointer({0.2f, -0.25f, 0}, 0), panel);
    ASSERT_TRUE(hit);
    EXPECT_NEAR(hit->x(), 0.7, 1e-5);
    EXPECT_NEAR(hit->y(), 0.5, 1e-5);
    // Pitched up by atan(0.1 / 1.2): 0.1 m up on a 0.625 m panel, so nearer the top (y < 0.5).
    hit = hitPanel(pointer({0, -0.25f, 0}, 0, std::atan(0.1 / 1.2) / kDeg), panel);
    ASSERT_TRUE(hit);
    EXPECT_NEAR(hit->x(), 0.5, 1e-5);
    EXPECT_NEAR(hit->y(), 0.5 - 0.1 / 0.625, 1e-4);
}

TEST(XrPanelLayer, MissesOutsideAwayAndBehind) {
    const PanelPlacement panel;
    EXPECT_FALSE(hitPanel(pointer({0, -0.25f, 0}, 40), panel)) << "past its left edge";
    EXPECT_FALSE(hitPanel(pointer({0, -0.25f, 0}, 180), panel)) << "pointing away";
    EXPECT_FALSE(hitPanel(pointer({0, -0.25f, -2}, 0), panel)) << "the panel is behind";
    EXPECT_FALSE(hitPanel(pointer({0, -0.25f, 0}, 90), panel)) << "parallel to it";
}

TEST(XrPanelLayer, AfterARecentreThePanelIsHitWhereTheViewerNowFaces) {
    PanelPlacement panel;
    panel.heading = 60 * kDeg;
    EXPECT_FALSE(hitPanel(pointer({0, -0.25f, 0}, 0), panel));
    const auto hit = hitPanel(pointer({0, -0.25f, 0}, 60), panel);
    ASSERT_TRUE(hit);
    EXPECT_NEAR(hit->x(), 0.5, 1e-5);
    EXPECT_NEAR(hit->y(), 0.5, 1e-5);
}

}  // namespace
}  // namespace omk::xr
