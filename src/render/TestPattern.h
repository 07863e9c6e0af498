#pragma once
// Synthetic frames with known content, for tests and the CLI's self-check: a pattern whose every
// texel encodes the direction it shows, and solid colours encoded with explicit YUV formulas.

#include "core/Spherical.h"
#include "media/AvPtr.h"

#include <QColor>
#include <QVector3D>

extern "C" {
#include <libavutil/pixfmt.h>
}

namespace omk::render {

// RGBA frame of width x height in projection p (and stereo layout) where each texel's colour
// encodes the direction it shows (ProjectionMath::directionForUv): rgb = (d + 1) / 2 for the left
// eye (and mono), rgb = (1 - d) / 2 for the right eye, so a wrong eye decodes to the antipode.
media::AvFramePtr directionPattern(Projection p, StereoLayout stereo, int width, int height);
// Inverse of the pattern's encoding for the given eye.
QVector3D decodeDirection(QRgb colour, Eye eye = Eye::Left);

// A frame of one colour (8-bit sRGB-style code values r, g, b) encoded to Y'CbCr with the
// BT.601/BT.709/BT.2020 matrix of `space` in `range`. Formats: yuv420p, yuv422p, yuv444p,
// yuv420p10le, yuv422p10le, yuv444p10le, nv12, p010le; nullptr for others.
media::AvFramePtr solidYuvFrame(int r, int g, int b, AVColorSpace space, AVColorRange range,
                                AVPixelFormat format, int width, int height);

}  // namespace omk::render
