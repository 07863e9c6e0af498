#pragma once
// The renderer's per-frame pass (shaders/sample.frag) done on the CPU, for software rasterizers
// only. On llvmpipe every fragment is CPU work anyway, and its fixed cost per fragment (about
// 10 ms of CPU for a plain 1080p copy, 20 ms for the YUV pass) is far above what a lookup table
// of integer taps costs: the same bilinear filtering and colour matrix, done as FFmpeg's v360
// filter does it, come out at about 10 ms of CPU per 1080p frame, and the 4K planes never have
// to be copied into textures. GPUs keep the shader path.
//
// The tables come from the remap pass's own output (read back once per mapping change), so the
// projections, stereo eyes, bounds and seams are decided in one place, remap.frag.
// Threading: render thread only; build() and sample() fan rows out over a private ParallelRows
// pool and return when every row is done.

#include "core/ParallelRows.h"
#include "render/ColorMatrix.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <cstdint>
#include <functional>
#include <vector>

namespace omk::render {

class CpuSampler {
public:
    // 8-bit planar YUV (4:2:0, 4:2:2, 4:4:4, full or limited range) and NV12 of sizes the tables
    // can address; everything else stays on the shader path.
    static bool supports(const AVFrame* frame);

    // Where a plane's samples are: width and height in samples, bytes per row, bytes between
    // horizontally adjacent samples (2 for NV12's interleaved chroma).
    struct PlaneGeometry {
        int width = 0, height = 0, linesize = 0, step = 1;
        bool operator==(const PlaneGeometry&) const = default;
    };
    static PlaneGeometry lumaGeometry(const AVFrame* frame);
    static PlaneGeometry chromaGeometry(const AVFrame* frame);

    // Fills `count` rows from `firstRow` (GL order, bottom row first) of the remap pass's two
    // maps as RGBA floats; map1 is read only when wrapMode is 2 (see remap.frag).
    using MapReader = std::function<void(int firstRow, int count, float* map0, float* map1)>;
    void build(int width, int height, PlaneGeometry luma, PlaneGeometry chroma, int wrapMode,
               const MapReader& read);
    // True when the tables were built for these planes (linesizes included).
    bool builtFor(PlaneGeometry luma, PlaneGeometry chroma) const {
        return m_width > 0 && luma == m_luma && chroma == m_chroma;
    }
    void reset() { m_width = m_height = 0; }

    // Writes `rows` rows of RGBA pixels from output row `firstRow` (even; GL order, bottom row
    // first), rows tightly packed, so callers can hand the picture on in bands.
    void sample(const AVFrame* frame, const YuvToRgb& yuv, int firstRow, int rows, uint8_t* rgba);

    // One bilinear footprint: the sample at `offset`, the one `dx` bytes to its right, and the
    // two a row below, weighted in 1/128ths. wx == kOutside marks a pixel outside the picture.
    struct Tap {
        uint32_t offset;
        int16_t dx;
        uint8_t wx, wy;
    };
    static constexpr uint8_t kOutside = 255;

private:
    int m_width = 0, m_height = 0;
    PlaneGeometry m_luma, m_chroma;
    std::vector<Tap> m_lumaTaps;    // one per output pixel
    std::vector<Tap> m_chromaTaps;  // one per 2x2 block of output pixels, as 4:2:0 output has
    ParallelRows m_rows;
};

}  // namespace omk::render
