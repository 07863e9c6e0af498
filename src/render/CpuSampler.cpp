#include "render/CpuSampler.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace omk::render {
namespace {

constexpr int kChunkRows = 64;  // map rows read back at a time: 2 MB of floats at 1080p

bool isPlanarYuv8(int format) {
    switch (format) {
        case AV_PIX_FMT_YUV420P:
        case AV_PIX_FMT_YUVJ420P:
        case AV_PIX_FMT_YUV422P:
        case AV_PIX_FMT_YUVJ422P:
        case AV_PIX_FMT_YUV444P:
        case AV_PIX_FMT_YUVJ444P:
            return true;
        default:
            return false;
    }
}

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
    const int top = a[0] * (128 - wx) + a[t.dx] * wx;
    const int bottom = a[linesize] * (128 - wx) + a[linesize + t.dx] * wx;
    return top * (128 - wy) + bottom * wy;
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

inline uint32_t clampByte(int v) {
    return uint32_t(std::clamp(v >> 16, 0, 255));
}

// The hot loop: about 3 M bilinear taps per 1080p frame. Built twice, for AVX2 and for the
// baseline, and picked at load time: gathers and wider integer maths pay off here.
__attribute__((target_clones("avx2", "default"))) void sampleBlockRows(const Job& j, int by0,
                                                                       int by1) {
    const auto& m = j.m;
    for (int by = by0; by < by1; ++by) {
        for (int bx = 0; bx < j.blocksWide; ++bx) {
            const CpuSampler::Tap c = j.chromaTaps[size_t(by) * size_t(j.blocksWide) + size_t(bx)];
            const int u = bilinear(j.u, c, j.chromaLinesize) >> 8;
            const int v = bilinear(j.v, c, j.chromaLinesize) >> 8;
            const int r = m[1] * u + m[2] * v + m[3];
            const int g = m[5] * u + m[6] * v + m[7];
            const int b = m[9] * u + m[10] * v + m[11];
            for (int dy = 0; dy < 2; ++dy) {
                const int y = by * 2 + dy;
                if (y >= j.height) break;
                for (int dx = 0; dx < 2; ++dx) {
                    const int x = bx * 2 + dx;
                    if (x >= j.width) break;
                    const size_t i = size_t(y) * size_t(j.width) + size_t(x);
                    uint32_t* out = j.out + (i - size_t(j.firstRow) * size_t(j.width));
                    const CpuSampler::Tap t = j.lumaTaps[i];
                    if (t.wx == CpuSampler::kOutside) {
                        *out = 0xff000000u;
                        continue;
                    }
                    const int l = bilinear(j.y, t, j.lumaLinesize) >> 8;
                    *out = 0xff000000u | clampByte(m[0] * l + r) | (clampByte(m[4] * l + g) << 8) |
                           (clampByte(m[8] * l + b) << 16);
                }
            }
        }
    }
}

}  // namespace

bool CpuSampler::supports(const AVFrame* frame) {
    if (!frame || !frame->data[0] || !frame->data[1]) return false;
    const bool nv12 = frame->format == AV_PIX_FMT_NV12;
    if (!nv12 && !isPlanarYuv8(frame->format)) return false;
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
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(AVPixelFormat(frame->format));
    if (!desc) return {};
    return {AV_CEIL_RSHIFT(frame->width, int(desc->log2_chroma_w)),
            AV_CEIL_RSHIFT(frame->height, int(desc->log2_chroma_h)), frame->linesize[1],
            frame->format == AV_PIX_FMT_NV12 ? 2 : 1};
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
    const bool nv12 = frame->format == AV_PIX_FMT_NV12;
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
    const int firstBlock = firstRow / 2, blocks = (rows + 1) / 2;
    m_rows.run(blocks, [&](int begin, int end) {
        sampleBlockRows(j, firstBlock + begin, firstBlock + end);
    });
}

}  // namespace omk::render
