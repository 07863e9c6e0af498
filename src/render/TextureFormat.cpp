#include "render/TextureFormat.h"

#include "media/PixelFormat.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render {
namespace {

constexpr PlaneTextureFormat kR8{GL_R8, GL_RED, GL_UNSIGNED_BYTE, 1};
constexpr PlaneTextureFormat kR16{GL_R16, GL_RED, GL_UNSIGNED_SHORT, 2};
constexpr PlaneTextureFormat kRG8{GL_RG8, GL_RG, GL_UNSIGNED_BYTE, 2};
constexpr PlaneTextureFormat kRG16{GL_RG16, GL_RG, GL_UNSIGNED_SHORT, 4};
constexpr PlaneTextureFormat kRGBA{GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, 4};
constexpr PlaneTextureFormat kBGRA{GL_RGBA8, GL_BGRA, GL_UNSIGNED_BYTE, 4};

}  // namespace

std::optional<TextureFormat> textureFormat(int format) {
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    if (!info) return std::nullopt;
    const bool wide = info->bytesPerSample == 2;
    switch (info->family) {
        case media::PixelFamily::Yuv: {
            // 10-bit samples sit in the low bits of 16 (R16 returns code / 65535); P010 keeps
            // them in the high bits (code * 64 / 65535).
            const double maxCode = double((1 << info->bits) - 1);
            const double scale = !wide ? 1.0
                                 : info->msbAligned
                                     ? 65535.0 / (maxCode * double(1 << (16 - info->bits)))
                                     : 65535.0 / maxCode;
            const PlaneTextureFormat luma = wide ? kR16 : kR8, chroma = wide ? kRG16 : kRG8;
            return TextureFormat{SampleMode::Yuv, info->planes, {luma, chroma},
                                 info->bits,      scale,        !info->interleavedChroma};
        }
        case media::PixelFamily::Rgb:
            return TextureFormat{
                SampleMode::Rgb, 1, {info->bgr ? kBGRA : kRGBA, kR8}, info->bits, 1.0};
        case media::PixelFamily::Gray:
            return TextureFormat{SampleMode::Gray, 1, {kR8, kR8}, info->bits, 1.0};
    }
    return std::nullopt;
}

}  // namespace omk::render
