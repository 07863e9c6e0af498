// The conventions everything else relies on, stated as numbers.
#include "render/ProjectionMath.h"

#include <gtest/gtest.h>

#include <cmath>

namespace omk::render {
namespace {

void expectDir(const QVector3D& got, QVector3D want, double tolDeg = 0.01) {
    EXPECT_LT(angleBetweenDeg(got, want), tolDeg)
        << "got (" << got.x() << ", " << got.y() << ", " << got.z() << ") want (" << want.x()
        << ", " << want.y() << ", " << want.z() << ")";
}

TEST(ProjectionMathTest, ViewConventions) {
    const double aspect = 16.0 / 9.0;
    expectDir(viewDirection(ViewParams{}, 0, 0, aspect), {0, 0, -1});
    expectDir(viewDirection(ViewParams{.yaw = 90}, 0, 0, aspect), {1, 0, 0});
    expectDir(viewDirection(ViewParams{.yaw = 180}, 0, 0, aspect), {0, 0, 1});
    expectDir(viewDirection(ViewParams{.pitch = 90}, 0, 0, aspect), {0, 1, 0});
    // fov is horizontal: the right screen edge is fov/2 off axis.
    expectDir(viewDirection(ViewParams{.fov = 90}, 1, 0, aspect), QVector3D(1, 0, -1).normalized());
    // Roll 90: clockwise head tilt, the top of the screen now points right.
    expectDir(viewDirection(ViewParams{.roll = 90, .fov = 90}, 0, 1, 1.0),
              QVector3D(1, 0, -1).normalized());
}

TEST(ProjectionMathTest, FileOrientationComposesWithView) {
    SphericalInfo file;
    file.yaw = 90;
    expectDir(viewDirection(ViewParams{}, file, 0, 0, 1.0), {1, 0, 0});
    expectDir(viewDirection(ViewParams{.yaw = 90}, file, 0, 0, 1.0), {0, 0, 1});
}

TEST(ProjectionMathTest, EquirectUv) {
    expectDir(directionForUv(Projection::Equirect, 0.5, 0.5), {0, 0, -1});
    expectDir(directionForUv(Projection::Equirect, 0.75, 0.5), {1, 0, 0});
    expectDir(directionForUv(Projection::Equirect, 0.0, 0.5), {0, 0, 1});
    expectDir(directionForUv(Projection::Equirect, 0.3, 0.0), {0, 1, 0});
    expectDir(directionForUv(Projection::Equirect180, 1.0, 0.5), {1, 0, 0});
}

TEST(ProjectionMathTest, CubemapFaceCentres) {
    // c3x2: right left up / down front back.
    const QVector3D want[6] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, -1}, {0, 0, 1}};
    for (int i = 0; i < 6; ++i)
        expectDir(directionForUv(Projection::Cubemap, (i % 3 + 0.5) / 3, (i / 3 + 0.5) / 2),
                  want[i]);
    // Up face: its bottom edge meets the front face.
    expectDir(directionForUv(Projection::Cubemap, 2.5 / 3, 0.4999),
              QVector3D(0, 1, -1).normalized(), 0.1);
}

TEST(ProjectionMathTest, EacFaceCentresAndWarp) {
    // EAC: left front right / down back up.
    const QVector3D want[6] = {{-1, 0, 0}, {0, 0, -1}, {1, 0, 0}, {0, -1, 0}, {0, 0, 1}, {0, 1, 0}};
    for (int i = 0; i < 6; ++i)
        expectDir(directionForUv(Projection::Eac, (i % 3 + 0.5) / 3, (i / 3 + 0.5) / 2), want[i]);
    // Equi-angular: a quarter of the front face's width is 22.5 degrees.
    expectDir(directionForUv(Projection::Eac, 1.75 / 3, 0.25),
              QVector3D(float(std::tan(22.5 * M_PI / 180)), 0, -1).normalized());
}

}  // namespace
}  // namespace omk::render
