#include "render/MapKey.h"

#include "render/ProjectionMath.h"

#include <algorithm>
#include <cmath>

namespace omk::render {
namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

MapKey makeMapKey(const ViewParams& view, const SphericalInfo& s, QSize frameSize,
                  const std::array<QSize, 2>& planeSizes, int width, int height) {
    MapKey k;
    const Rotation r = cameraToWorld(view, s);
    for (size_t i = 0; i < 9; ++i) k.cameraToWorld[i] = float(r.m[i]);
    if (view.tangents) {
        const ViewTangents& t = *view.tangents;
        k.tanBounds = {float(t.left), float(t.right), float(t.down), float(t.up)};
    } else {
        const double fov = std::clamp(view.fov, 1.0, 179.0);
        const auto tanX = float(std::tan(fov * kPi / 360.0));
        const auto tanY = float(std::tan(fov * kPi / 360.0) * height / width);
        k.tanBounds = {-tanX, tanX, -tanY, tanY};
    }
    k.projection = int(s.projection);

    // Bounds describe tiled equirect pictures only. A VR180 picture tagged both as equirect180
    // and with the 0.25/0.25 tile that makes it 180 degrees wide must not be cropped twice.
    double left = 0, top = 0, right = 0, bottom = 0;
    if (s.projection == Projection::Equirect || s.projection == Projection::Equirect180) {
        left = s.boundLeft, right = s.boundRight, top = s.boundTop, bottom = s.boundBottom;
        if (s.projection == Projection::Equirect180 && std::abs(left - 0.25) < 1e-3 &&
            std::abs(right - 0.25) < 1e-3)
            left = right = 0;
        if (left < 0 || right < 0 || left + right >= 1) left = right = 0;
        if (top < 0 || bottom < 0 || top + bottom >= 1) top = bottom = 0;
    }
    k.bounds = {float(left), float(top), float(right), float(bottom)};
    k.wrapX = s.projection == Projection::Equirect && left == 0 && right == 0;

    const float second = view.eye == Eye::Right ? 0.5f : 0.0f;
    k.eyeRect = {0, 0, 1, 1};
    if (s.stereo == StereoLayout::TopBottom) {
        k.eyeRect[1] = second, k.eyeRect[3] = 0.5f;
    } else if (s.stereo == StereoLayout::SideBySide) {
        k.eyeRect[0] = second, k.eyeRect[2] = 0.5f;
    }
    // GL_REPEAT can wrap only an eye as wide as the texture.
    k.wrapMode = !k.wrapX ? 0 : k.eyeRect[2] == 1.0f ? 1 : 2;
    const double eyeAspect =
        (frameSize.width() * double(k.eyeRect[2])) / (frameSize.height() * double(k.eyeRect[3]));
    const double flatHalfWidth = std::tan(kFlatScreenFovDeg * kPi / 360.0);
    k.flatHalfExtent = {float(flatHalfWidth), float(flatHalfWidth / eyeAspect)};

    k.size0 = {planeSizes[0].width(), planeSizes[0].height()};
    k.size1 = {planeSizes[1].width(), planeSizes[1].height()};
    k.width = width;
    k.height = height;
    return k;
}

}  // namespace omk::render
