#pragma once
// From what xrLocateViews reports for an eye to the renderer's ViewParams. OpenXR's view space
// is +x right, +y up, -z forward, which is the renderer's camera frame (render/ProjectionMath.h),
// and the reference space's -z is the centre of the picture, so the pose's orientation is the
// camera-to-world rotation as it is. The pose's position is ignored: the sphere is at infinity.

#include "core/Spherical.h"

#include <openxr/openxr.h>

namespace omk::xr {

// The eye's orientation and asymmetric field of view. The eye index picks the stereo half
// (0 left, 1 right); mono pictures show the same to both.
ViewParams eyeView(const XrPosef& pose, const XrFovf& fov, int eyeIndex);
ViewTangents tangentsOf(const XrFovf& fov);

}  // namespace omk::xr
