#pragma once
// Everything the remap pass (render/RemapPass) reads, as one comparable value: the maps are
// current exactly while the key equals the one they were made from, so any change to the view,
// output size, projection, stereo eye, tiled bounds, file orientation or plane sizes remaps.
// Also what the CPU sampling path's tables were built from. Pure values; no GL.
// Threading: none (a value type and a pure function); any thread.

#include "core/Spherical.h"

#include <QSize>

#include <array>

namespace omk::render {

struct MapKey {
    std::array<float, 9> cameraToWorld{};
    std::array<float, 4> tanBounds{};  // left, right, down, up (ViewTangents)
    int projection = 0;
    std::array<float, 4> bounds{};  // left, top, right, bottom of a tiled equirect picture
    bool wrapX = false;
    int wrapMode = 0;  // see u_wrapMode in remap.frag: 0 clamp, 1 GL_REPEAT, 2 seam map
    std::array<float, 4> eyeRect{};
    std::array<float, 2> flatHalfExtent{};
    std::array<int, 2> size0{}, size1{};  // luma and chroma plane sizes
    int width = 0, height = 0;            // of the output
    bool operator==(const MapKey&) const = default;
};

// The key for drawing `view` of a frame of `frameSize` (planes of `planeSizes`: luma/RGB/gray,
// chroma) tagged `spherical`, into a width x height output.
MapKey makeMapKey(const ViewParams& view, const SphericalInfo& spherical, QSize frameSize,
                  const std::array<QSize, 2>& planeSizes, int width, int height);

}  // namespace omk::render
