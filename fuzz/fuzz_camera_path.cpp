// Any bytes as a camera path (--camera PATH.json): a path or a reason, never a crash; an
// accepted path gives finite views within the documented ranges at any time.
#include "replay/CameraPath.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using omk::replay::CameraPath;
    auto path = CameraPath::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!path) {
        if (path.error().message.isEmpty()) std::abort();
        return 0;
    }
    if (path->keyframes().isEmpty()) std::abort();
    double minYaw = path->keyframes().first().yaw, maxYaw = minYaw;
    for (const auto& k : path->keyframes()) {
        minYaw = std::min(minYaw, k.yaw);
        maxYaw = std::max(maxYaw, k.yaw);
    }
    const double last = path->keyframes().last().t;
    for (double t : {-1.0, 0.0, last * 0.25, last * 0.5, last, last + 1,
                     std::numeric_limits<double>::quiet_NaN()}) {
        const auto v = path->at(t);
        const bool ok = std::isfinite(v.yaw) && std::isfinite(v.pitch) && std::isfinite(v.fov) &&
                        v.pitch >= -90 && v.pitch <= 90 && v.fov >= 1 && v.fov <= 179 &&
                        v.yaw >= minYaw - 1e-6 && v.yaw <= maxYaw + 1e-6;
        if (!ok) {
            std::fprintf(stderr, "view out of range at t=%g: %g %g %g\n", t, v.yaw, v.pitch, v.fov);
            std::abort();
        }
    }
    return 0;
}
