#pragma once
// Recentring a headset view: the direction the viewer faces becomes the centre of the picture.
// Only the yaw is taken (turning about the reference space's +y): the horizon stays level and up
// stays up, however the head was tilted when the button was pressed.
// Threading: none (pure functions).

#include <openxr/openxr.h>

namespace omk::xr {

// The heading of a head or eye orientation, radians about +y (positive turning left, as a
// rotation about +y does); 0 looks along -z.
double headingOf(const XrQuaternionf& orientation);
// A rotation by radians about +y.
XrQuaternionf yawRotation(double radians);
// a * b: b first, then a.
XrQuaternionf multiply(const XrQuaternionf& a, const XrQuaternionf& b);
// An eye's orientation as the renderer should see it once the view is recentred on heading:
// turned back by heading, so looking that way looks at the picture's centre.
XrQuaternionf recentred(const XrQuaternionf& orientation, double heading);

}  // namespace omk::xr
