#include "render/ProjectionMath.h"

#include <algorithm>
#include <cmath>

namespace omk::render {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

Rotation rotX(double a) {
    const double c = std::cos(a), s = std::sin(a);
    return {{1, 0, 0, 0, c, -s, 0, s, c}};
}
Rotation rotY(double a) {
    const double c = std::cos(a), s = std::sin(a);
    return {{c, 0, s, 0, 1, 0, -s, 0, c}};
}
Rotation rotZ(double a) {
    const double c = std::cos(a), s = std::sin(a);
    return {{c, -s, 0, s, c, 0, 0, 0, 1}};
}

QVector3D unit(double x, double y, double z) {
    const double n = std::sqrt(x * x + y * y + z * z);
    return QVector3D(float(x / n), float(y / n), float(z / n));
}

enum Face { Right, Left, Up, Down, Front, Back };

// FFmpeg v360 cube_to_xyz: a runs right and b down across the face, both in [-1, 1].
QVector3D cubeFace(Face f, double a, double b) {
    switch (f) {
        case Right:
            return unit(1, -b, a);
        case Left:
            return unit(-1, -b, -a);
        case Up:
            return unit(a, 1, -b);
        case Down:
            return unit(a, -1, b);
        case Front:
            return unit(a, -b, -1);
        case Back:
            return unit(-a, -b, 1);
    }
    return {};
}

}  // namespace

QVector3D Rotation::apply(double x, double y, double z) const {
    return QVector3D(float(m[0] * x + m[1] * y + m[2] * z), float(m[3] * x + m[4] * y + m[5] * z),
                     float(m[6] * x + m[7] * y + m[8] * z));
}

Rotation Rotation::operator*(const Rotation& o) const {
    Rotation r;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            double s = 0;
            for (int k = 0; k < 3; ++k) s += m[i * 3 + k] * o.m[k * 3 + j];
            r.m[i * 3 + j] = s;
        }
    return r;
}

Rotation orientation(double yawDeg, double pitchDeg, double rollDeg) {
    return rotY(-yawDeg * kDeg) * rotX(pitchDeg * kDeg) * rotZ(-rollDeg * kDeg);
}

Rotation fromQuaternion(const ViewOrientation& q) {
    const double n = std::sqrt(q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w);
    if (n == 0) return {};
    const double x = q.x / n, y = q.y / n, z = q.z / n, w = q.w / n;
    return {{1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),  //
             2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),  //
             2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)}};
}

Rotation cameraToWorld(const ViewParams& view, const SphericalInfo& file) {
    const Rotation viewRotation = view.orientation ? fromQuaternion(*view.orientation)
                                                   : orientation(view.yaw, view.pitch, view.roll);
    return orientation(file.yaw, file.pitch, file.roll) * viewRotation;
}

QVector3D viewDirection(const ViewParams& view, const SphericalInfo& file, double ndcX, double ndcY,
                        double aspect) {
    double x, y;
    if (view.tangents) {
        const ViewTangents& t = *view.tangents;
        x = t.left + (ndcX + 1) / 2 * (t.right - t.left);
        y = t.down + (ndcY + 1) / 2 * (t.up - t.down);
    } else {
        const double tx = std::tan(view.fov * kDeg / 2);
        const double ty = tx / aspect;
        x = ndcX * tx;
        y = ndcY * ty;
    }
    return cameraToWorld(view, file).apply(x, y, -1).normalized();
}

QVector3D viewDirection(const ViewParams& view, double ndcX, double ndcY, double aspect) {
    return viewDirection(view, SphericalInfo{}, ndcX, ndcY, aspect);
}

double pixelNdcX(int x, int width) {
    return (x + 0.5) / width * 2.0 - 1.0;
}
double pixelNdcY(int y, int height) {
    return 1.0 - (y + 0.5) / height * 2.0;
}

QVector3D directionForUv(Projection p, double u, double v, double frameAspect) {
    switch (p) {
        case Projection::Equirect:
        case Projection::Equirect180: {
            const double lon = (u - 0.5) * (p == Projection::Equirect ? 2 * kPi : kPi);
            const double lat = (0.5 - v) * kPi;
            return unit(std::cos(lat) * std::sin(lon), std::sin(lat),
                        -std::cos(lat) * std::cos(lon));
        }
        case Projection::Cubemap:
        case Projection::Eac: {
            const int col = std::clamp(int(u * 3), 0, 2);
            const int row = std::clamp(int(v * 2), 0, 1);
            double a = (u * 3 - col) * 2 - 1;
            double b = (v * 2 - row) * 2 - 1;
            if (p == Projection::Cubemap) {
                constexpr Face order[6] = {Right, Left, Up, Down, Front, Back};
                return cubeFace(order[row * 3 + col], a, b);
            }
            // Equi-angular: position on the face is proportional to the angle.
            a = std::tan(a * kPi / 4);
            b = std::tan(b * kPi / 4);
            switch (row * 3 + col) {  // FFmpeg v360 eac_to_xyz
                case 0:
                    return unit(-1, -b, -a);
                case 1:
                    return unit(a, -b, -1);
                case 2:
                    return unit(1, -b, a);
                case 3:
                    return unit(-b, -1, a);
                case 4:
                    return unit(-b, a, 1);
                default:
                    return unit(-b, 1, -a);
            }
        }
        case Projection::Flat: {
            const double hw = std::tan(kFlatScreenFovDeg * kDeg / 2);
            const double hh = hw / frameAspect;
            return unit((u * 2 - 1) * hw, (1 - v * 2) * hh, -1);
        }
    }
    return {};
}

double angleBetweenDeg(const QVector3D& a, const QVector3D& b) {
    // atan2 of |cross| and dot stays accurate for nearly parallel vectors, where acos does not.
    const QVector3D an = a.normalized(), bn = b.normalized();
    const double s = double(QVector3D::crossProduct(an, bn).length());
    const double c = double(QVector3D::dotProduct(an, bn));
    return std::atan2(s, c) / kDeg;
}

}  // namespace omk::render
