#pragma once
// Opening a video decoder: hardware (VAAPI, VDPAU, CUDA through FFmpeg's hwaccel) when the
// machine has it, software with frame threading otherwise, and converting whatever the decoder
// produces into a frame the renderer uploads directly.

#include "core/Expected.h"
#include "media/AvPtr.h"
#include "media/VideoFrame.h"

#include <QString>
#include <QStringList>

namespace omk::media {

enum class HwPolicy { Auto, SoftwareOnly };

struct OpenedVideoDecoder {
    AvCodecContextPtr ctx;
    AvBufferPtr hwDevice;  // null for software decoding
    QString decoderName;   // e.g. "h264 (software, 2 threads)" or "hevc (vaapi)"
    bool hardware = false;
};

Expected<OpenedVideoDecoder> openVideoDecoder(const AVStream* stream,
                                              HwPolicy policy = HwPolicy::Auto,
                                              int threads = 0 /* 0 = one per core */);

// Hardware device types FFmpeg can open on this machine right now ("vaapi", "cuda", ...).
QStringList usableHardwareDecoders();

// Turns a decoded frame into a renderable VideoFrame: downloads hardware frames, converts
// formats the renderer does not take (via swscale, keeping colour metadata), stamps pts.
// Threading: one instance per decoding thread.
class FrameConverter {
public:
    Expected<VideoFrame> convert(AvFramePtr decoded, AVRational timeBase);

private:
    SwsContextPtr m_sws;
    int m_swsSrcFormat = -1, m_swsW = 0, m_swsH = 0;
};

}  // namespace omk::media
