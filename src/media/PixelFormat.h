#pragma once
// The one table of pixel formats a decoded picture may have when it reaches the renderer: the
// decoder hand-off (isRenderablePixelFormat: anything else is converted first), the renderer's
// texture upload (render/TextureFormat) and the CPU sampler (render/CpuSampler) all read it.
// Every format listed here is uploaded by the GPU path; `cpuSampled` says whether the CPU
// sampler (software rasterizers) takes it as well.
// Threading: constant data; any thread.

extern "C" {
#include <libavutil/pixfmt.h>
}

namespace omk::media {

// What the samples are: Y'CbCr, RGB(A) in one packed plane, or grey only.
enum class PixelFamily { Yuv, Rgb, Gray };

struct PixelFormatInfo {
    AVPixelFormat format;
    PixelFamily family;
    int planes;           // data[] planes in the frame
    int bits;             // significant bits per sample
    int bytesPerSample;   // 1 or 2 (one channel; packed RGB has 4 of them per pixel)
    int log2ChromaW = 0;  // chroma subsampling, as AVPixFmtDescriptor says it
    int log2ChromaH = 0;
    // Yuv with two planes: Cb and Cr interleaved in data[1] (NV12, P010).
    bool interleavedChroma = false;
    // Samples kept in the high bits of their 16 (P010), not the low ones.
    bool msbAligned = false;
    // Rgb stored as B, G, R, A/X (BGRA, BGR0) rather than R, G, B, A/X.
    bool bgr = false;
    // Full-range Y'CbCr whatever the frame's colour range says (the yuvj formats).
    bool fullRange = false;
    // render::CpuSampler takes it: 8-bit planar YUV and NV12.
    bool cpuSampled = false;
};

// The entry for `format`; nullptr when the renderer cannot take it and the decoder must
// convert it: yuv420p/yuvj420p, yuv422p/yuvj422p, yuv444p/yuvj444p (and their 10-bit
// little-endian forms), nv12, p010le, rgba, bgra, rgb0, bgr0, gray.
const PixelFormatInfo* pixelFormatInfo(int format);

inline bool isRenderablePixelFormat(int format) {
    return pixelFormatInfo(format) != nullptr;
}

}  // namespace omk::media
