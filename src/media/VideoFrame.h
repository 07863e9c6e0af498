#pragma once
// A decoded picture on its way to the renderer: a CPU-side AVFrame in one of the pixel formats
// the renderer uploads directly (media/PixelFormat.h, isRenderablePixelFormat), plus its
// presentation time.
// Decoders convert anything else (and download hardware frames) before handing it on, so the
// render thread never converts colour on the CPU.

#include "media/AvPtr.h"
#include "media/PixelFormat.h"

namespace omk::media {

struct VideoFrame {
    AvFramePtr frame;
    double pts = 0;       // seconds on the media timeline
    double duration = 0;  // seconds; 0 if unknown
    bool hardwareDecoded = false;
};

}  // namespace omk::media
