#include "xr/Recenter.h"

#include <cmath>

namespace omk::xr {

double headingOf(const XrQuaternionf& q) {
    // Forward (-z) rotated by q; its direction in the x/z plane. Looking straight up or down
    // has no heading, and atan2(0, 0) gives 0: straight ahead, a harmless choice.
    const double x = q.x, y = q.y, z = q.z, w = q.w;
    const double fx = -2 * (x * z + w * y);
    const double fz = -(1 - 2 * (x * x + y * y));
    return std::atan2(-fx, -fz);
}

XrQuaternionf yawRotation(double radians) {
    return {0, float(std::sin(radians / 2)), 0, float(std::cos(radians / 2))};
}

XrQuaternionf multiply(const XrQuaternionf& a, const XrQuaternionf& b) {
    return {a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
            a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
            a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z};
}

XrQuaternionf recentred(const XrQuaternionf& orientation, double heading) {
    return multiply(yawRotation(-heading), orientation);
}

}  // namespace omk::xr
