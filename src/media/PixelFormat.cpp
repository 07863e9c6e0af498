#include "media/PixelFormat.h"

#include <array>

namespace omk::media {

namespace {

using F = PixelFamily;

// format, family, planes, bits, bytes/sample, chroma w/h shift, interleaved chroma, msb
// aligned, bgr, full range, CPU sampled.
constexpr std::array kFormats{
    PixelFormatInfo{AV_PIX_FMT_YUV420P, F::Yuv, 3, 8, 1, 1, 1, false, false, false, false, true},
    PixelFormatInfo{AV_PIX_FMT_YUVJ420P, F::Yuv, 3, 8, 1, 1, 1, false, false, false, true, true},
    PixelFormatInfo{AV_PIX_FMT_YUV422P, F::Yuv, 3, 8, 1, 1, 0, false, false, false, false, true},
    PixelFormatInfo{AV_PIX_FMT_YUVJ422P, F::Yuv, 3, 8, 1, 1, 0, false, false, false, true, true},
    PixelFormatInfo{AV_PIX_FMT_YUV444P, F::Yuv, 3, 8, 1, 0, 0, false, false, false, false, true},
    PixelFormatInfo{AV_PIX_FMT_YUVJ444P, F::Yuv, 3, 8, 1, 0, 0, false, false, false, true, true},
    PixelFormatInfo{AV_PIX_FMT_YUV420P10LE, F::Yuv, 3, 10, 2, 1, 1, false, false, false, false,
                    false},
    PixelFormatInfo{AV_PIX_FMT_YUV422P10LE, F::Yuv, 3, 10, 2, 1, 0, false, false, false, false,
                    false},
    PixelFormatInfo{AV_PIX_FMT_YUV444P10LE, F::Yuv, 3, 10, 2, 0, 0, false, false, false, false,
                    false},
    PixelFormatInfo{AV_PIX_FMT_NV12, F::Yuv, 2, 8, 1, 1, 1, true, false, false, false, true},
    PixelFormatInfo{AV_PIX_FMT_P010LE, F::Yuv, 2, 10, 2, 1, 1, true, true, false, false, false},
    PixelFormatInfo{AV_PIX_FMT_RGBA, F::Rgb, 1, 8, 1, 0, 0, false, false, false, false, false},
    PixelFormatInfo{AV_PIX_FMT_RGB0, F::Rgb, 1, 8, 1, 0, 0, false, false, false, false, false},
    PixelFormatInfo{AV_PIX_FMT_BGRA, F::Rgb, 1, 8, 1, 0, 0, false, false, true, false, false},
    PixelFormatInfo{AV_PIX_FMT_BGR0, F::Rgb, 1, 8, 1, 0, 0, false, false, true, false, false},
    PixelFormatInfo{AV_PIX_FMT_GRAY8, F::Gray, 1, 8, 1, 0, 0, false, false, false, false, false},
};

}  // namespace

const PixelFormatInfo* pixelFormatInfo(int format) {
    for (const PixelFormatInfo& info : kFormats)
        if (info.format == format) return &info;
    return nullptr;
}

}  // namespace omk::media
