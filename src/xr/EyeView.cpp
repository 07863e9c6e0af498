#include "xr/EyeView.h"

#include <cmath>

namespace omk::xr {

ViewTangents tangentsOf(const XrFovf& fov) {
    // XrFovf: angleLeft and angleDown are negative for a frustum around the view axis.
    return {std::tan(double(fov.angleLeft)), std::tan(double(fov.angleRight)),
            std::tan(double(fov.angleDown)), std::tan(double(fov.angleUp))};
}

ViewParams eyeView(const XrPosef& pose, const XrFovf& fov, int eyeIndex) {
    ViewParams v;
    v.eye = eyeIndex == 1 ? Eye::Right : Eye::Left;
    const XrQuaternionf& q = pose.orientation;
    v.orientation = ViewOrientation{q.x, q.y, q.z, q.w};
    v.tangents = tangentsOf(fov);
    // Kept meaningful for anything that still reads them (the overlay, logs).
    v.fov = (double(fov.angleRight) - double(fov.angleLeft)) * 180.0 / 3.14159265358979323846;
    return v;
}

}  // namespace omk::xr
