#include "render/TestPattern.h"

#include "render/ProjectionMath.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cmath>
#include <cstring>

namespace omk::render {
namespace {

uint8_t toByte(double x) {
    return uint8_t(std::clamp(std::lround(x * 255.0), 0L, 255L));
}

struct Coefficients {
    double kr, kb;
};

Coefficients coefficients(AVColorSpace space) {
    switch (space) {
        case AVCOL_SPC_BT2020_NCL:
        case AVCOL_SPC_BT2020_CL:
            return {0.2627, 0.0593};
        case AVCOL_SPC_BT470BG:
        case AVCOL_SPC_SMPTE170M:
            return {0.299, 0.114};
        default:
            return {0.2126, 0.0722};
    }
}

}  // namespace

media::AvFramePtr directionPattern(Projection p, StereoLayout stereo, int width, int height) {
    media::AvFramePtr frame = media::makeFrame();
    frame->format = AV_PIX_FMT_RGBA;
    frame->width = width;
    frame->height = height;
    if (av_frame_get_buffer(frame.get(), 0) < 0) return nullptr;
    const bool tb = stereo == StereoLayout::TopBottom;
    const bool sbs = stereo == StereoLayout::SideBySide;
    const int eyeW = sbs ? width / 2 : width;
    const int eyeH = tb ? height / 2 : height;
    for (int y = 0; y < height; ++y) {
        uint8_t* row = frame->data[0] + ptrdiff_t(y) * frame->linesize[0];
        for (int x = 0; x < width; ++x) {
            const bool right = (sbs && x >= eyeW) || (tb && y >= eyeH);
            const int ex = sbs && right ? x - eyeW : x;
            const int ey = tb && right ? y - eyeH : y;
            QVector3D d =
                directionForUv(p, (ex + 0.5) / eyeW, (ey + 0.5) / eyeH, double(eyeW) / eyeH);
            if (right) d = -d;
            row[x * 4 + 0] = toByte((d.x() + 1) / 2);
            row[x * 4 + 1] = toByte((d.y() + 1) / 2);
            row[x * 4 + 2] = toByte((d.z() + 1) / 2);
            row[x * 4 + 3] = 255;
        }
    }
    return frame;
}

QVector3D decodeDirection(QRgb c, Eye eye) {
    QVector3D d(qRed(c) / 127.5f - 1, qGreen(c) / 127.5f - 1, qBlue(c) / 127.5f - 1);
    if (eye == Eye::Right) d = -d;
    return d.normalized();
}

media::AvFramePtr solidYuvFrame(int r, int g, int b, AVColorSpace space, AVColorRange range,
                                AVPixelFormat format, int width, int height) {
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(format);
    if (!desc || desc->nb_components != 3 || (desc->flags & AV_PIX_FMT_FLAG_RGB) ||
        (desc->flags & AV_PIX_FMT_FLAG_BE))
        return nullptr;
    const int bits = desc->comp[0].depth;
    if (bits != 8 && bits != 10) return nullptr;
    media::AvFramePtr frame = media::makeFrame();
    frame->format = format;
    frame->width = width;
    frame->height = height;
    frame->colorspace = space;
    frame->color_range = range;
    if (av_frame_get_buffer(frame.get(), 0) < 0) return nullptr;

    // Y'CbCr from R'G'B' per ITU-R BT.601/709/2020: Y' = Kr R + Kg G + Kb B,
    // Cb = (B - Y') / (2 (1 - Kb)), Cr = (R - Y') / (2 (1 - Kr)).
    const auto [kr, kb] = coefficients(space);
    const double R = r / 255.0, G = g / 255.0, B = b / 255.0;
    const double Y = kr * R + (1 - kr - kb) * G + kb * B;
    const double Cb = (B - Y) / (2 * (1 - kb));
    const double Cr = (R - Y) / (2 * (1 - kr));
    const double maxCode = (1 << bits) - 1;
    const double step = 1 << (bits - 8);
    const bool full = range == AVCOL_RANGE_JPEG;
    auto luma = [&](double v) {
        return full ? std::lround(v * maxCode) : std::lround((219 * v + 16) * step);
    };
    auto chroma = [&](double v) {
        return full ? std::lround(v * maxCode + (1 << (bits - 1)))
                    : std::lround((224 * v + 128) * step);
    };
    const long codes[3] = {std::clamp(luma(Y), 0L, long(maxCode)),
                           std::clamp(chroma(Cb), 0L, long(maxCode)),
                           std::clamp(chroma(Cr), 0L, long(maxCode))};

    for (int c = 0; c < 3; ++c) {
        const AVComponentDescriptor& comp = desc->comp[c];
        const int w = c ? AV_CEIL_RSHIFT(width, int(desc->log2_chroma_w)) : width;
        const int h = c ? AV_CEIL_RSHIFT(height, int(desc->log2_chroma_h)) : height;
        const unsigned value = unsigned(codes[c]) << comp.shift;
        for (int y = 0; y < h; ++y) {
            uint8_t* row = frame->data[comp.plane] + ptrdiff_t(y) * frame->linesize[comp.plane];
            for (int x = 0; x < w; ++x) {
                uint8_t* px = row + x * comp.step + comp.offset;
                if (bits > 8) {
                    const uint16_t v16 = uint16_t(value);
                    std::memcpy(px, &v16, 2);  // little-endian formats only (checked above)
                } else {
                    *px = uint8_t(value);
                }
            }
        }
    }
    return frame;
}

}  // namespace omk::render
