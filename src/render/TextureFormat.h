#pragma once
// The textures a decoded frame goes into, derived from media's one pixel-format table
// (media/PixelFormat.h): per plane the GL internal format, upload format and type, plus how the
// shaders read the samples (sample mode, bit depth, the scale from texture value to code value).
// Nothing here repeats the table; it only adds the GL side. Values are GL enums kept as plain
// integers so the header stays free of GL's.
// Threading: none (pure function over constant data); any thread.

#include <array>
#include <optional>

namespace omk::render {

// OMK_FORMAT in sample.frag, u_format in sphere.frag.
enum class SampleMode { Yuv = 0, Rgb = 1, Gray = 2 };

struct PlaneTextureFormat {
    int internalFormat;  // GL_R8, GL_RG16, GL_RGBA8, ...
    unsigned format;     // GL_RED, GL_RG, GL_RGBA, GL_BGRA
    unsigned type;       // GL_UNSIGNED_BYTE or GL_UNSIGNED_SHORT
    int bytesPerPixel;
};

struct TextureFormat {
    SampleMode mode;
    int planes;  // in the frame
    std::array<PlaneTextureFormat, 2> plane;
    int bits;
    double textureScale;
    // Planar chroma goes into one two-channel texture, interleaved while it is copied into the
    // pixel buffer anyway: one bilinear tap per pixel instead of two, the biggest single cost
    // of the per-frame pass on llvmpipe (about 5 ms per 1080p frame).
    bool interleaveChroma = false;
};

// The textures a frame of AVPixelFormat `format` goes into; nullopt for formats the pixel-format
// table does not list (the decoder converts those first).
std::optional<TextureFormat> textureFormat(int format);

}  // namespace omk::render
