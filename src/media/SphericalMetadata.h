#pragma once
// Reading a stream's spherical-video metadata as FFmpeg exposes it. FFmpeg's mov/mp4 demuxer
// turns Spherical Video V2 (sv3d/st3d boxes) and V1 (the XMP in the ffcc8263 uuid box) into
// AV_PKT_DATA_SPHERICAL / AV_PKT_DATA_STEREO3D stream side data, and matroska does the same for
// its Projection/StereoMode elements, so one reader covers all of them.
//
// What FFmpeg 5.1 does not expose, and so cannot be detected here: the mesh projection ('mshp',
// used by YouTube's EAC and by fisheye VR180), and Equi-Angular Cubemap as such — an EAC file
// either carries mshp (no side data: reported as the default) or shows up as a plain cubemap.

#include "core/Spherical.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace omk::media {

// Projection and stereo layout of a video stream. Values the file does not state stay at their
// defaults (equirect, mono) with InfoSource::Default.
SphericalInfo detectSpherical(const AVStream* stream);

}  // namespace omk::media
