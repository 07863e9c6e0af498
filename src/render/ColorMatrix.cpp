#include "render/ColorMatrix.h"

#include "media/PixelFormat.h"

namespace omk::render {

LumaCoefficients lumaCoefficients(AVColorSpace space, int width) {
    switch (space) {
        case AVCOL_SPC_BT709:
            return {0.2126, 0.0722};
        case AVCOL_SPC_BT470BG:
        case AVCOL_SPC_SMPTE170M:
        case AVCOL_SPC_FCC:
            return {0.299, 0.114};
        case AVCOL_SPC_SMPTE240M:
            return {0.212, 0.087};
        // Constant-luminance BT.2020 is rare; the non-constant matrix is the closest we draw.
        case AVCOL_SPC_BT2020_NCL:
        case AVCOL_SPC_BT2020_CL:
            return {0.2627, 0.0593};
        default:
            return width >= 1280 ? LumaCoefficients{0.2126, 0.0722}
                                 : LumaCoefficients{0.299, 0.114};
    }
}

bool isFullRange(AVPixelFormat format, AVColorRange range) {
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    return (info && info->fullRange) || range == AVCOL_RANGE_JPEG;
}

YuvToRgb yuvToRgb(LumaCoefficients k, bool fullRange, int bits, double textureScale) {
    const double maxCode = double((1 << bits) - 1);
    const double step = double(1 << (bits - 8));  // 8-bit code values scale with bit depth
    // Y' = sy * n - oy and C = sc * n - oc, with n = code / maxCode.
    double sy, oy, sc, oc;
    if (fullRange) {
        sy = 1.0, oy = 0.0;
        sc = 1.0, oc = double(1 << (bits - 1)) / maxCode;
    } else {
        sy = maxCode / (219.0 * step), oy = 16.0 / 219.0;
        sc = maxCode / (224.0 * step), oc = 128.0 / 224.0;
    }
    const double kg = 1.0 - k.kr - k.kb;
    // R'G'B' from Y'CbCr (Cb, Cr in [-0.5, 0.5]).
    const double m[9] = {1.0,
                         0.0,
                         2.0 * (1.0 - k.kr),
                         1.0,
                         -2.0 * k.kb * (1.0 - k.kb) / kg,
                         -2.0 * k.kr * (1.0 - k.kr) / kg,
                         1.0,
                         2.0 * (1.0 - k.kb),
                         0.0};
    const double scale[3] = {sy * textureScale, sc * textureScale, sc * textureScale};
    const double off[3] = {oy, oc, oc};
    YuvToRgb out;
    for (int r = 0; r < 3; ++r) {
        double o = 0;
        for (int c = 0; c < 3; ++c) {
            out.matrix[r * 3 + c] = float(m[r * 3 + c] * scale[c]);
            o += m[r * 3 + c] * off[c];
        }
        out.offset[r] = float(o);
    }
    return out;
}

}  // namespace omk::render
