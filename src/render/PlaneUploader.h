#pragma once
// Copies a decoded frame's planes into the textures the per-frame pass samples: luma (or packed
// RGB, or grey) into one, chroma into the other, planar chroma interleaved into one two-channel
// texture on the way (render/TextureFormat says which format goes where). On GPUs the copy goes
// through two alternating, orphaned pixel-buffer objects so it never waits for a draw still
// reading the previous frame; software rasterizers (llvmpipe) upload straight from the frame's
// memory, where a pixel buffer is only one more copy and a fresh allocation per frame.
// Threading: render thread only (GL context current); the textures and buffers are made and
// deleted there.

#include "render/GlObject.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <array>
#include <cstdint>
#include <vector>

namespace omk::render {

class PlaneUploader {
public:
    // Upload straight from the frame (software rasterizers) rather than through pixel buffers.
    void setDirectUpload(bool direct) { m_directUpload = direct; }
    bool directUpload() const { return m_directUpload; }

    // Copies the frame's planes into the textures (made or resized as needed). The frame's
    // format must be one render/TextureFormat knows and its planes present; upload() checks.
    void upload(const AVFrame* frame);
    // Binds the plane textures to units kPlaneUnit and kPlaneUnit + 1, wrapping horizontally
    // (GL_REPEAT) or clamping.
    void bind(bool repeatS) const;
    // The texture of plane 0 (luma/RGB/gray) or 1 (chroma); 0 before the first upload.
    unsigned texture(int plane) const { return m_planes[size_t(plane)].texture.get(); }

    // Deletes the textures and buffers (context current); the next upload makes them again.
    void reset();
    // Forgets them without a GL call (their context is gone).
    void abandon();

private:
    struct Plane {
        GlTexture texture;
        std::array<GlBuffer, 2> pbo;
        int width = 0, height = 0;
        int internalFormat = 0;
        std::vector<uint8_t> staging;  // reused packing buffer for direct uploads
    };
    // A frame plane, or with data2 two planes whose samples are interleaved into one texture.
    struct PlaneSource {
        const uint8_t* data;
        int linesize;
        const uint8_t* data2 = nullptr;
        int linesize2 = 0;
    };
    void uploadPlane(int index, const PlaneSource& src, int width, int height, int bytesPerPixel,
                     int internalFormat, unsigned format, unsigned type);

    std::array<Plane, 2> m_planes{};  // luma/RGB/gray, chroma
    int m_pboSlot = 0;
    bool m_directUpload = false;
};

}  // namespace omk::render
