#include "media/SphericalMetadata.h"

extern "C" {
#include <libavutil/spherical.h>
#include <libavutil/stereo3d.h>
}

#include <cmath>

namespace omk::media {

namespace {

double fixed16(int32_t v) {
    return v / 65536.0;
}
double fixed32(uint32_t v) {
    return v / 4294967296.0;
}

void readProjection(const AVSphericalMapping& m, SphericalInfo& info) {
    switch (m.projection) {
        case AV_SPHERICAL_EQUIRECTANGULAR:
            info.projection = Projection::Equirect;
            break;
        case AV_SPHERICAL_EQUIRECTANGULAR_TILE: {
            info.boundLeft = fixed32(m.bound_left);
            info.boundTop = fixed32(m.bound_top);
            info.boundRight = fixed32(m.bound_right);
            info.boundBottom = fixed32(m.bound_bottom);
            // VR180 is stored as a tiled equirect whose image spans the middle half of the
            // sphere's width; any other tile is still an equirect, just cropped.
            const double covered = 1.0 - info.boundLeft - info.boundRight;
            info.projection =
                std::abs(covered - 0.5) < 0.02 ? Projection::Equirect180 : Projection::Equirect;
            break;
        }
        case AV_SPHERICAL_CUBEMAP:
            info.projection = Projection::Cubemap;
            break;
        default:
            return;  // a projection newer than this code: leave the default in place
    }
    info.projectionSource = InfoSource::Metadata;
    info.yaw = fixed16(m.yaw);
    info.pitch = fixed16(m.pitch);
    info.roll = fixed16(m.roll);
}

void readStereo(const AVStereo3D& s, SphericalInfo& info) {
    switch (s.type) {
        case AV_STEREO3D_2D:
            info.stereo = StereoLayout::Mono;
            break;
        case AV_STEREO3D_TOPBOTTOM:
            info.stereo = StereoLayout::TopBottom;
            break;
        case AV_STEREO3D_SIDEBYSIDE:
        case AV_STEREO3D_SIDEBYSIDE_QUINCUNX:
            info.stereo = StereoLayout::SideBySide;
            break;
        default:
            return;  // frame-sequential, checkerboard, ...: nothing the renderer can split
    }
    info.stereoSource = InfoSource::Metadata;
}

}  // namespace

SphericalInfo detectSpherical(const AVStream* stream) {
    SphericalInfo info;
    if (!stream) return info;
    size_t size = 0;
    const uint8_t* data = av_stream_get_side_data(stream, AV_PKT_DATA_SPHERICAL, &size);
    if (data && size >= sizeof(AVSphericalMapping))
        readProjection(*reinterpret_cast<const AVSphericalMapping*>(data), info);
    size = 0;
    data = av_stream_get_side_data(stream, AV_PKT_DATA_STEREO3D, &size);
    if (data && size >= sizeof(AVStereo3D))
        readStereo(*reinterpret_cast<const AVStereo3D*>(data), info);
    return info;
}

}  // namespace omk::media
