#include "render/CpuSampler.h"

#include "media/PixelFormat.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

namespace omk::render {
namespace {

constexpr int kChunkRows = 64;  // map rows read back at a time: 2 MB of floats at 1080p

// Mirrors GL_LINEAR on a texture of the plane's size at normalised (u, v): CLAMP_TO_EDGE on t,
// REPEAT or CLAMP_TO_EDGE on s. A seam weight above zero means remap.frag asked for a blend of
// the column at u with the column at seamU instead (the two ends of a side-by-side eye).
CpuSampler::Tap makeTap(float u, float v, float seamU, float seamWeight,
                        const CpuSampler::PlaneGeometry& plane, bool repeat) {
    const int w = plane.width, h = plane.height;
    const double py = double(v) * h - 0.5;
    int y0 = int(std::floor(py));
    double fy = py - y0;
    if (y0 < 0) {
        y0 = 0;
        fy = 0;
    } else if (y0 >= h - 1) {
        // The row below would be outside the plane: read the last row with full weight.
        y0 = h - 2;
        fy = 1;
    }
    int x0 = 0, x1 = 0;
    double fx = 0;
    if (seamWeight > 0) {
        x0 = std::clamp(int(std::lround(double(u) * w - 0.5)), 0, w - 1);
        x1 = std::clamp(int(std::lround(double(seamU) * w - 0.5)), 0, w - 1);
        fx = seamWeight;
    } else {
        const double px = double(u) * w - 0.5;
        x0 = int(std::floor(px));
        fx = px - x0;
        x1 = x0 + 1;
        if (repeat) {
            x0 = ((x0 % w) + w) % w;
            x1 = ((x1 % w) + w) % w;
        } else {
            x0 = std::clamp(x0, 0, w - 1);
            x1 = std::clamp(x1, 0, w - 1);
        }
    }
    CpuSampler::Tap t;
    t.offset = uint32_t(y0) * uint32_t(plane.linesize) + uint32_t(x0 * plane.step);
    t.dx = int16_t((x1 - x0) * plane.step);
    t.wx = uint8_t(std::clamp(int(std::lround(fx * 128)), 0, 128));
    t.wy = uint8_t(std::clamp(int(std::lround(fy * 128)), 0, 128));
    return t;
}

// Bilinear sample scaled by 128 * 128.
inline int bilinear(const uint8_t* plane, CpuSampler::Tap t, int linesize) {
    const uint8_t* a = plane + t.offset;
    const int wx = t.wx, wy = t.wy;
    const int top = (a[0] << 7) + (a[t.dx] - a[0]) * wx;
    const int bottom = (a[linesize] << 7) + (a[linesize + t.dx] - a[linesize]) * wx;
    return (top << 7) + (bottom - top) * wy;
}

struct Job {
    const uint8_t* y;
    const uint8_t* u;
    const uint8_t* v;
    int lumaLinesize, chromaLinesize;
    const CpuSampler::Tap* lumaTaps;
    const CpuSampler::Tap* chromaTaps;
    int width, height, blocksWide;
    int firstRow;  // of the output band that `out` holds
    // rgb * 65536 = coeff * sample * 64 + bias: three rows of (y, u, v, bias).
    std::array<int, 12> m;
    uint32_t* out;
};

// One output row's inputs, laid out so the arithmetic runs as one vector loop: the gathers
// (scattered byte loads, which no SIMD unit does well) are a scalar loop of their own.
struct RowScratch {
    std::vector<uint16_t> top, bottom;  // the two horizontal neighbours of each tap, lo | hi << 8
    std::vector<uint8_t> wx, wy;
    std::vector<int32_t> r, g, b;  // each pixel's chroma contribution (its block's)
    void resize(size_t n) {
        for (auto* v : {&top, &bottom}) v->resize(n);
        for (auto* v : {&wx, &wy}) v->resize(n);
        for (auto* v : {&r, &g, &b}) v->resize(n);
    }
};

inline uint16_t pairAt(const uint8_t* a, int dx) {
    if (dx == 1) {
        uint16_t p;
        std::memcpy(&p, a, 2);  // little-endian: a[0] low, a[1] high
        return p;
    }
    return uint16_t(a[0] | (a[dx] << 8));
}

// The arithmetic of one row: built for AVX2 and for the baseline, picked at load time.
__attribute__((target_clones("avx2", "default"))) void convertRow(const RowScratch& s,
                                                                  const std::array<int, 12>& m,
                                                                  int width, uint32_t* out) {
    const uint16_t* top = s.top.data();
    const uint16_t* bottom = s.bottom.data();
    const uint8_t* wxs = s.wx.data();
    const uint8_t* wys = s.wy.data();
    const int32_t* cr = s.r.data();
    const int32_t* cg = s.g.data();
    const int32_t* cb = s.b.data();
    const int kr = m[0], kg = m[4], kb = m[8];
    for (int x = 0; x < width; ++x) {
        const int t0 = top[x] & 0xff, t1 = top[x] >> 8;
        const int b0 = bottom[x] & 0xff, b1 = bottom[x] >> 8;
        const int wx = wxs[x], wy = wys[x];
        const int t = (t0 << 7) + (t1 - t0) * wx;
        const int b = (b0 << 7) + (b1 - b0) * wx;
        const int l = ((t << 7) + (b - t) * wy) >> 8;  // sample * 64
        const int r = std::clamp((kr * l + cr[x]) >> 16, 0, 255);
        const int g = std::clamp((kg * l + cg[x]) >> 16, 0, 255);
        const int bl = std::clamp((kb * l + cb[x]) >> 16, 0, 255);
        out[x] = 0xff000000u | uint32_t(r) | (uint32_t(g) << 8) | (uint32_t(bl) << 16);
    }
}

void sampleRows(const Job& j, int y0, int y1) {
    thread_local RowScratch scratch;
    RowScratch& s = scratch;
    s.resize(size_t(j.width));
    // Plain pointers: through the vectors the compiler must assume every store may move them.
    uint16_t* const top = s.top.data();
    uint16_t* const bottom = s.bottom.data();
    uint8_t* const wxs = s.wx.data();
    uint8_t* const wys = s.wy.data();
    int32_t* const cr = s.r.data();
    int32_t* const cg = s.g.data();
    int32_t* const cb = s.b.data();
    const auto& m = j.m;
    const int width = j.width;
    const int ls = j.lumaLinesize;
    const uint8_t* const luma = j.y;
    for (int y = y0; y < y1; ++y) {
        // Chroma once per 2x2 block, as 4:2:0 output has it: computed on a block's first row
        // (bands start on even rows) and reused on its second.
        if (y % 2 == 0 || y == y0) {
            const CpuSampler::Tap* chroma = j.chromaTaps + size_t(y / 2) * size_t(j.blocksWide);
            for (int bx = 0; bx < j.blocksWide; ++bx) {
                const CpuSampler::Tap c = chroma[bx];
                const int u = bilinear(j.u, c, j.chromaLinesize) >> 8;
                const int v = bilinear(j.v, c, j.chromaLinesize) >> 8;
                const int r = m[1] * u + m[2] * v + m[3];
                const int g = m[5] * u + m[6] * v + m[7];
                const int b = m[9] * u + m[10] * v + m[11];
                const int x = bx * 2;
                cr[x] = r, cg[x] = g, cb[x] = b;
                if (x + 1 < width) cr[x + 1] = r, cg[x + 1] = g, cb[x + 1] = b;
            }
        }
        const CpuSampler::Tap* taps = j.lumaTaps + size_t(y) * size_t(width);
        bool outside = false;
        for (int x = 0; x < width; ++x) {
            const CpuSampler::Tap t = taps[x];
            if (t.wx == CpuSampler::kOutside) {
                // Outside the picture: any sample will do, the pixel is blacked out below.
                top[x] = bottom[x] = 0;
                wxs[x] = wys[x] = 0;
                outside = true;
                continue;
            }
            const uint8_t* a = luma + t.offset;
            top[x] = pairAt(a, t.dx);
            bottom[x] = pairAt(a + ls, t.dx);
            wxs[x] = t.wx;
            wys[x] = t.wy;
        }
        uint32_t* out = j.out + size_t(y - j.firstRow) * size_t(width);
        convertRow(s, m, width, out);
        if (outside)
            for (int x = 0; x < width; ++x)
                if (taps[x].wx == CpuSampler::kOutside) out[x] = 0xff000000u;
    }
}

}  // namespace

bool CpuSampler::supports(const AVFrame* frame) {
    if (!frame || !frame->data[0] || !frame->data[1]) return false;
    const media::PixelFormatInfo* info = media::pixelFormatInfo(frame->format);
    if (!info || !info->cpuSampled) return false;
    const bool nv12 = info->interleavedChroma;
    if (!nv12 && (!frame->data[2] || frame->linesize[1] != frame->linesize[2])) return false;
    const PlaneGeometry luma = lumaGeometry(frame), chroma = chromaGeometry(frame);
    for (const PlaneGeometry& p : {luma, chroma}) {
        // Bottom-up frames (negative linesize) and sizes a tap cannot address go to the shaders.
        if (p.width < 2 || p.height < 2 || p.linesize < p.width * p.step) return false;
        if (p.width * p.step > std::numeric_limits<int16_t>::max()) return false;
        if (double(p.linesize) * p.height > double(std::numeric_limits<uint32_t>::max()))
            return false;
    }
    return true;
}

CpuSampler::PlaneGeometry CpuSampler::lumaGeometry(const AVFrame* frame) {
    return {frame->width, frame->height, frame->linesize[0], 1};
}

CpuSampler::PlaneGeometry CpuSampler::chromaGeometry(const AVFrame* frame) {
    const media::PixelFormatInfo* info = media::pixelFormatInfo(frame->format);
    if (!info) return {};
    return {AV_CEIL_RSHIFT(frame->width, info->log2ChromaW),
            AV_CEIL_RSHIFT(frame->height, info->log2ChromaH), frame->linesize[1],
            info->interleavedChroma ? 2 : 1};
}

void CpuSampler::build(int width, int height, PlaneGeometry luma, PlaneGeometry chroma,
                       int wrapMode, const MapReader& read) {
    m_width = m_height = 0;
    if (width <= 0 || height <= 0) return;
    const int blocksWide = (width + 1) / 2, blocksHigh = (height + 1) / 2;
    m_lumaTaps.resize(size_t(width) * size_t(height));
    m_chromaTaps.resize(size_t(blocksWide) * size_t(blocksHigh));
    const bool repeat = wrapMode == 1, seam = wrapMode == 2;
    std::vector<float> map0(size_t(width) * kChunkRows * 4);
    std::vector<float> map1(seam ? map0.size() : 0);
    for (int first = 0; first < height; first += kChunkRows) {
        const int count = std::min(kChunkRows, height - first);
        read(first, count, map0.data(), seam ? map1.data() : nullptr);
        m_rows.run(count, [&](int begin, int end) {
            for (int r = begin; r < end; ++r) {
                const int y = first + r;
                const float* m0 = map0.data() + size_t(r) * size_t(width) * 4;
                const float* m1 = seam ? map1.data() + size_t(r) * size_t(width) * 4 : nullptr;
                Tap* lumaRow = m_lumaTaps.data() + size_t(y) * size_t(width);
                for (int x = 0; x < width; ++x) {
                    const float* p = m0 + size_t(x) * 4;
                    const float* s = m1 ? m1 + size_t(x) * 4 : nullptr;
                    // remap.frag writes y = 0 outside the picture; no texel centre is there.
                    if (p[1] <= 0.0f) {
                        lumaRow[x] = Tap{0, 0, kOutside, 0};
                    } else {
                        lumaRow[x] = makeTap(p[0], p[1], s ? s[0] : 0, s ? s[1] : 0, luma, repeat);
                    }
                }
                if (y % 2 != 0) continue;
                // A block's chroma comes from its first pixel inside the picture, so blocks on
                // the picture's edge (flat screens, 180 degree frames) keep their colour.
                const bool lastRow = r + 1 >= count;
                Tap* chromaRow = m_chromaTaps.data() + size_t(y / 2) * size_t(blocksWide);
                for (int bx = 0; bx < blocksWide; ++bx) {
                    Tap tap{0, 0, 0, 0};
                    for (int k = 0; k < 4; ++k) {
                        const int dx = k % 2, dy = k / 2;
                        if (2 * bx + dx >= width || (dy && lastRow)) continue;
                        const size_t i = (size_t(r + dy) * size_t(width) + size_t(2 * bx + dx)) * 4;
                        const float* p = map0.data() + i;
                        if (p[1] <= 0.0f) continue;
                        const float* s = seam ? map1.data() + i : nullptr;
                        tap = makeTap(p[2], p[3], s ? s[2] : 0, s ? s[3] : 0, chroma, repeat);
                        break;
                    }
                    chromaRow[bx] = tap;
                }
            }
        });
    }
    m_width = width;
    m_height = height;
    m_luma = luma;
    m_chroma = chroma;
}

void CpuSampler::sample(const AVFrame* frame, const YuvToRgb& yuv, int firstRow, int rows,
                        uint8_t* rgba) {
    if (m_width <= 0 || firstRow % 2 != 0 || rows <= 0 || firstRow + rows > m_height) return;
    Job j{};
    j.y = frame->data[0];
    const media::PixelFormatInfo* info = media::pixelFormatInfo(frame->format);
    const bool nv12 = info && info->interleavedChroma;
    j.u = frame->data[1];
    j.v = nv12 ? frame->data[1] + 1 : frame->data[2];
    j.lumaLinesize = frame->linesize[0];
    j.chromaLinesize = frame->linesize[1];
    j.lumaTaps = m_lumaTaps.data();
    j.chromaTaps = m_chromaTaps.data();
    j.width = m_width;
    j.height = firstRow + rows;
    j.firstRow = firstRow;
    j.blocksWide = (m_width + 1) / 2;
    j.out = reinterpret_cast<uint32_t*>(rgba);
    // Samples arrive scaled by 64; rgb / 255 = matrix * sample / 255 - offset, so
    // rgb * 65536 = (matrix * 1024) * (sample * 64) - offset * 255 * 65536 (+ half for rounding).
    for (size_t row = 0; row < 3; ++row) {
        for (size_t col = 0; col < 3; ++col)
            j.m[row * 4 + col] = int(std::lround(double(yuv.matrix[row * 3 + col]) * 1024.0));
        j.m[row * 4 + 3] = int(std::lround(-double(yuv.offset[row]) * 255.0 * 65536.0)) + 32768;
    }
    m_rows.run(rows, [&](int begin, int end) { sampleRows(j, firstRow + begin, firstRow + end); });
}

}  // namespace omk::render
