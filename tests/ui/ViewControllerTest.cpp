#include "ui/ViewController.h"

#include <gtest/gtest.h>

using omk::ui::ViewController;

TEST(ViewController, DragRightTurnsTheViewLeft) {
    ViewController v;
    v.dragBy(100, 0, 900);  // fov 90 over 900 px: 0.1°/px
    EXPECT_NEAR(v.view().yaw, -10.0, 1e-9);
    v.dragBy(0, 50, 900);  // dragging down pulls the world down: look up
    EXPECT_NEAR(v.view().pitch, 5.0, 1e-9);
}

TEST(ViewController, YawWrapsAndPitchClamps) {
    ViewController v;
    v.turn(190, 0);
    EXPECT_NEAR(v.view().yaw, -170.0, 1e-9);
    v.turn(0, 200);
    EXPECT_DOUBLE_EQ(v.view().pitch, 90.0);
    v.turn(0, -500);
    EXPECT_DOUBLE_EQ(v.view().pitch, -90.0);
}

TEST(ViewController, ZoomStaysWithin30And120Degrees) {
    ViewController v;
    v.zoomBy(100);
    EXPECT_DOUBLE_EQ(v.view().fov, 30.0);
    v.zoomBy(-100);
    EXPECT_DOUBLE_EQ(v.view().fov, 120.0);
    v.zoomBy(1);
    EXPECT_LT(v.view().fov, 120.0);
}

TEST(ViewController, RecenterKeepsZoom) {
    ViewController v;
    v.turn(40, 20);
    v.setFov(60);
    v.recenter();
    EXPECT_DOUBLE_EQ(v.view().yaw, 0);
    EXPECT_DOUBLE_EQ(v.view().pitch, 0);
    EXPECT_DOUBLE_EQ(v.view().fov, 60);
}
