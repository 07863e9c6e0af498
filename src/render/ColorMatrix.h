#pragma once
// YUV -> RGB conversion constants for a frame, computed on the CPU and applied in the shader as
// rgb = matrix * texel - offset, where texel is what the GPU returns for the plane textures.

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

#include <array>

namespace omk::render {

struct LumaCoefficients {
    double kr = 0.2126, kb = 0.0722;
};

// BT.601 (incl. SMPTE 170M, BT.470BG), BT.709, BT.2020; unspecified means BT.709 for HD widths
// (>= 1280) and BT.601 below.
LumaCoefficients lumaCoefficients(AVColorSpace space, int width);
// yuvj* formats and AVCOL_RANGE_JPEG are full range; everything else is limited (MPEG).
bool isFullRange(AVPixelFormat format, AVColorRange range);

struct YuvToRgb {
    std::array<float, 9> matrix{};  // row-major
    std::array<float, 3> offset{};
};

// bits: significant bits per sample (8 or 10); textureScale: factor from the texture's normalised
// value to code / (2^bits - 1) (65535/1023 for 10-bit in the low bits of R16 textures).
YuvToRgb yuvToRgb(LumaCoefficients k, bool fullRange, int bits, double textureScale);

}  // namespace omk::render
