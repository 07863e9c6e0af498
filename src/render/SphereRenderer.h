#pragma once
// Draws a decoded frame as seen from inside the sphere (or on a flat virtual screen) into the
// currently bound framebuffer. The projection, stereo half, YUV->RGB conversion and filtering all
// happen in one fragment shader; see shaders/sphere.frag and render/ProjectionMath.h for the
// conventions.
// Threading: render thread only (GL context current); all GL objects created and destroyed there.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "render/ColorMatrix.h"

#include <QSize>

extern "C" {
#include <libavutil/frame.h>
}

#include <array>

namespace omk::render {

class SphereRenderer {
public:
    SphereRenderer() = default;
    ~SphereRenderer();
    SphereRenderer(const SphereRenderer&) = delete;
    SphereRenderer& operator=(const SphereRenderer&) = delete;

    // Compiles the shaders and creates the vertex array; call once with the context current.
    Expected<void> initialize();
    // Copies the frame into textures through pixel buffer objects. Accepts the formats
    // media::isRenderablePixelFormat accepts; anything else is an error and keeps the old frame.
    Expected<void> upload(const AVFrame* frame);
    void setSpherical(const SphericalInfo& info) { m_spherical = info; }
    const SphericalInfo& spherical() const { return m_spherical; }
    // Draws into the currently bound framebuffer, viewport (0, 0, width, height). Black when no
    // frame has been uploaded. Leaves depth test, blending, culling and scissor disabled.
    void render(const ViewParams& view, int width, int height);
    // Forgets the current frame (render() then draws black); textures are kept for reuse.
    void clearFrame() {
        m_hasFrame = false;
        m_frameSize = {};
    }
    bool hasFrame() const { return m_hasFrame; }
    QSize frameSize() const { return m_frameSize; }
    // Deletes the GL objects; the destructor calls it when a GL context is current.
    void release();

private:
    struct Plane {
        unsigned texture = 0;
        std::array<unsigned, 2> pbo{};
        int width = 0, height = 0;
        int internalFormat = 0;
    };

    Expected<void> linkProgram();
    void uploadPlane(int index, const uint8_t* data, int linesize, int width, int height,
                     int bytesPerPixel, int internalFormat, unsigned format, unsigned type);

    unsigned m_program = 0;
    unsigned m_vao = 0;
    std::array<Plane, 3> m_planes{};
    int m_pboSlot = 0;
    int m_sampleMode = 0;  // see u_format in sphere.frag
    YuvToRgb m_yuv;
    bool m_hasFrame = false;
    QSize m_frameSize;
    SphericalInfo m_spherical;
};

}  // namespace omk::render
