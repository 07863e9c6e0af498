#pragma once
// A decoded picture on its way to the renderer: a CPU-side AVFrame in one of the pixel formats
// the renderer uploads directly (see isRenderablePixelFormat), plus its presentation time.
// Decoders convert anything else (and download hardware frames) before handing it on, so the
// render thread never converts colour on the CPU.

#include "media/AvPtr.h"

extern "C" {
#include <libavutil/pixfmt.h>
}

namespace omk::media {

struct VideoFrame {
    AvFramePtr frame;
    double pts = 0;       // seconds on the media timeline
    double duration = 0;  // seconds; 0 if unknown
    bool hardwareDecoded = false;
};

// yuv420p/yuvj420p, yuv422p, yuv444p (and their 10-bit little-endian forms), nv12, p010le,
// rgba, bgra, rgb0, bgr0, gray.
inline bool isRenderablePixelFormat(int fmt) {
    switch (fmt) {
        case AV_PIX_FMT_YUV420P:
        case AV_PIX_FMT_YUVJ420P:
        case AV_PIX_FMT_YUV422P:
        case AV_PIX_FMT_YUVJ422P:
        case AV_PIX_FMT_YUV444P:
        case AV_PIX_FMT_YUVJ444P:
        case AV_PIX_FMT_YUV420P10LE:
        case AV_PIX_FMT_YUV422P10LE:
        case AV_PIX_FMT_YUV444P10LE:
        case AV_PIX_FMT_NV12:
        case AV_PIX_FMT_P010LE:
        case AV_PIX_FMT_RGBA:
        case AV_PIX_FMT_BGRA:
        case AV_PIX_FMT_RGB0:
        case AV_PIX_FMT_BGR0:
        case AV_PIX_FMT_GRAY8:
            return true;
        default:
            return false;
    }
}

}  // namespace omk::media
