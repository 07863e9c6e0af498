#pragma once
// CPU statement of Omnikast's view and projection conventions. The shader implements the inverse
// mappings (direction -> texture position); these forward mappings are written independently from
// the format definitions so tests can check one against the other.
//
// World frame (same as FFmpeg v360's "OpenGL-like" frame): +x right, +y up, -z forward, i.e. the
// centre of an equirectangular frame is -z.
// View: yaw turns right, pitch looks up, roll is a clockwise head tilt to the right (the picture
// then turns counter-clockwise on screen). Camera-to-world = Ry(-yaw) * Rx(pitch) * Rz(-roll);
// the file's initial orientation (SphericalInfo yaw/pitch/roll) is built the same way and applied
// after the view: world = R_file * R_view * camera.

#include "core/Spherical.h"

#include <QVector3D>

#include <array>

namespace omk::render {

// Row-major 3x3 rotation.
struct Rotation {
    std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};
    QVector3D apply(double x, double y, double z) const;
    Rotation operator*(const Rotation& o) const;
};

Rotation orientation(double yawDeg, double pitchDeg, double rollDeg);
// The rotation of a unit quaternion (normalised first, so a runtime's rounding does not skew it).
Rotation fromQuaternion(const ViewOrientation& q);
// Camera-to-world rotation for a view of a file with the given initial orientation.
Rotation cameraToWorld(const ViewParams& view, const SphericalInfo& file = {});

// Direction (unit, world frame) of a screen point; ndc x right, y up, both in [-1, 1];
// aspect = width / height. fov is horizontal. With view.tangents set, ndc -1..1 spans
// left..right and down..up linearly in tangent space and aspect is not used; with
// view.orientation set, it replaces yaw/pitch/roll.
QVector3D viewDirection(const ViewParams& view, double ndcX, double ndcY, double aspect);
QVector3D viewDirection(const ViewParams& view, const SphericalInfo& file, double ndcX, double ndcY,
                        double aspect);
// NDC of the centre of pixel (x, y) of a top-down image of the given size.
double pixelNdcX(int x, int width);
double pixelNdcY(int y, int height);

// Horizontal angle the virtual screen of Projection::Flat covers.
constexpr double kFlatScreenFovDeg = 80.0;

// Direction shown at position (u, v) of one eye's picture; u right, v down, both in [0, 1].
// Cubemap is FFmpeg v360 c3x2 (rows: right left up / down front back, no face rotation); EAC is
// FFmpeg v360 eac (rows: left front right / down back up, bottom row rotated) without its
// 2-pixel face padding. frameAspect (width / height) matters only for Flat.
QVector3D directionForUv(Projection p, double u, double v, double frameAspect = 16.0 / 9.0);

// Angle between two directions, degrees.
double angleBetweenDeg(const QVector3D& a, const QVector3D& b);

}  // namespace omk::render
