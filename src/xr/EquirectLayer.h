#pragma once
// The video as the runtime's own equirect layer (XR_KHR_composition_layer_equirect2) instead of
// a sphere drawn per eye: which layer the user asked for, and how a picture's projection maps to
// the layer's angles. The runtime then samples the picture at display time with the newest head
// pose, so the eyes cost the program nothing but copying the decoded frame into a swapchain.
// Threading: none (pure functions).

#include "core/Expected.h"
#include "core/Spherical.h"
#include "xr/VideoLayer.h"

#include <QSize>
#include <QString>

namespace omk::xr {

// XrCompositionLayerEquirect2KHR's angles for a picture, in radians, plus the yaw (radians, about
// +y, positive turning left) by which the layer's pose turns the picture's centre away from -z
// when a cropped equirect is not centred (its left and right bounds differ).
struct EquirectLayerGeometry {
    float centralHorizontalAngle = 0;
    float upperVerticalAngle = 0;
    float lowerVerticalAngle = 0;
    double yaw = 0;
};
// Equirect (with its bounds) and equirect180 map onto the layer; cubemap, EAC and flat do not,
// and the error says so in words the user reads as a reason to fall back to the projection layer.
Expected<EquirectLayerGeometry> equirectLayerGeometry(const SphericalInfo& info);

// The size of each layer image: the frame's own (each eye's half of it for stereo), scaled down
// to fit maxWidth x maxHeight with its aspect ratio kept.
QSize equirectImageSize(QSize frame, StereoLayout stereo, QSize max = {8192, 4096});

// The view that makes SphereRenderer copy a whole picture (or one eye's half) 1:1 into an image:
// the picture as Projection::Flat seen straight on through a frustum exactly as wide as its
// virtual screen. Use with equirectCopyInfo(), which turns the picture's info into the flat one.
ViewParams equirectCopyView(const SphericalInfo& copyInfo, QSize frame, Eye eye);
SphericalInfo equirectCopyInfo(SphericalInfo info);

}  // namespace omk::xr
