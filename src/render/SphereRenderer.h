#pragma once
// Draws a decoded frame as seen from inside the sphere (or on a flat virtual screen) into the
// currently bound framebuffer. Two passes, as FFmpeg's v360 filter does on the CPU: a remap pass
// (shaders/remap.frag) stores each output pixel's sampling positions in 16-bit textures and runs
// only when the mapping changes; the per-frame pass (shaders/sample.frag) looks them up, filters
// with GL_LINEAR and converts YUV->RGB. See render/ProjectionMath.h for the conventions.
// Threading: render thread only (GL context current); all GL objects created and destroyed there.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "media/AvPtr.h"
#include "render/ColorMatrix.h"
#include "render/CpuSampler.h"

#include <QSize>

#include <vector>

extern "C" {
#include <libavutil/frame.h>
}

#include <array>
#include <optional>

namespace omk::render {

// Where the per-frame pass runs. Auto: on the CPU (CpuSampler) when the GL itself draws on the
// CPU (llvmpipe, softpipe, SwiftShader), in the shaders otherwise.
enum class SamplingPath { Auto, Shader, Cpu };

class SphereRenderer {
public:
    SphereRenderer() = default;
    ~SphereRenderer();
    SphereRenderer(const SphereRenderer&) = delete;
    SphereRenderer& operator=(const SphereRenderer&) = delete;

    // Compiles the shaders and creates the vertex array; call once with the context current.
    Expected<void> initialize();
    // Copies the frame into textures through pixel buffer objects, or on the CPU sampling path
    // keeps a reference to it until the next upload. Accepts the formats
    // media::isRenderablePixelFormat accepts; anything else is an error and keeps the old frame.
    Expected<void> upload(const AVFrame* frame);
    void setSamplingPath(SamplingPath path) { m_samplingPath = path; }
    // Whether the current frame is drawn by CpuSampler ("cpu") or sample.frag ("shader").
    bool samplesOnCpu() const { return bool(m_cpuFrame); }
    void setSpherical(const SphericalInfo& info) { m_spherical = info; }
    const SphericalInfo& spherical() const { return m_spherical; }
    // Draws into the currently bound framebuffer, viewport (0, 0, width, height). Black when no
    // frame has been uploaded. Leaves depth test, blending, culling and scissor disabled.
    void render(const ViewParams& view, int width, int height);
    // Forgets the current frame (render() then draws black); textures are kept for reuse.
    void clearFrame() {
        m_hasFrame = false;
        m_frameSize = {};
        m_cpuFrame.reset();
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
        std::vector<uint8_t> staging;  // reused packing buffer for direct uploads
    };

    // Everything the remap pass reads: the map is current exactly while this equals what it was
    // made from.
    struct MapKey {
        std::array<float, 9> cameraToWorld{};
        std::array<float, 4> tanBounds{};  // left, right, down, up (ViewTangents)
        int projection = 0;
        std::array<float, 4> bounds{};
        bool wrapX = false;
        int wrapMode = 0;  // see u_wrapMode in remap.frag
        std::array<float, 4> eyeRect{};
        std::array<float, 2> flatHalfExtent{};
        std::array<int, 2> size0{}, size1{};
        int width = 0, height = 0;
        bool operator==(const MapKey&) const = default;
    };

    Expected<void> linkPrograms();
    void uploadTextures(const AVFrame* frame);
    bool wantsCpuSampling(const AVFrame* frame) const;
    // The CPU path: tables from the map (rebuilt when key or the planes change), sampling, and
    // a blit into the caller's framebuffer. False when that framebuffer cannot take a blit.
    bool drawOnCpu(const MapKey& key);
    void readMapRows(int firstRow, int count, float* map0, float* map1);
    void releaseMapTextures();
    // A frame plane, or with data2 two planes whose samples are interleaved into one texture.
    struct PlaneSource {
        const uint8_t* data;
        int linesize;
        const uint8_t* data2 = nullptr;
        int linesize2 = 0;
    };
    void uploadPlane(int index, const PlaneSource& src, int width, int height, int bytesPerPixel,
                     int internalFormat, unsigned format, unsigned type);
    MapKey mapKey(const ViewParams& view, int width, int height) const;
    void setProjectionUniforms(unsigned program, const MapKey& key) const;
    // Rebuilds the map textures for key; false when the GL cannot render to them.
    bool remap(const MapKey& key);
    void drawDirect(const MapKey& key);
    void drawSampled(const MapKey& key);
    void bindPlanes(bool repeatS) const;

    unsigned m_remapProgram = 0;
    unsigned m_directProgram = 0;  // fallback without 16-bit or float render targets
    // Indexed by sample mode * 2 + seam (OMK_FORMAT, OMK_SEAM in sample.frag).
    std::array<unsigned, 6> m_samplePrograms{};
    unsigned m_vao = 0;
    unsigned m_mapFbo = 0;
    std::array<unsigned, 2> m_mapTextures{};
    std::array<QSize, 2> m_mapTextureSizes{};
    std::optional<MapKey> m_mapKey;  // what the map textures hold
    bool m_mapsUnsupported = false;
    bool m_mapFloat = false;          // RGBA32F maps where RGBA16 cannot be rendered to
    std::array<Plane, 2> m_planes{};  // luma/RGB/gray, chroma
    int m_pboSlot = 0;
    // Software rasterizers keep textures in ordinary memory: a pixel buffer is one more copy and
    // a fresh allocation per frame there, so they get the frame's memory directly.
    bool m_directUpload = false;
    int m_sampleMode = 0;                 // see OMK_FORMAT in sample.frag
    std::array<QSize, 2> m_planeSizes{};  // of the current frame, whichever path draws it
    SamplingPath m_samplingPath = SamplingPath::Auto;
    media::AvFramePtr m_cpuFrame;  // the current frame while the CPU path draws it
    CpuSampler m_cpuSampler;
    std::optional<MapKey> m_cpuTableKey;  // what m_cpuSampler's tables were built from
    std::vector<uint8_t> m_cpuPixels;
    std::vector<uint16_t> m_mapReadback;
    unsigned m_cpuTexture = 0;
    unsigned m_cpuFbo = 0;
    QSize m_cpuTextureSize;
    YuvToRgb m_yuv;
    bool m_hasFrame = false;
    QSize m_frameSize;
    SphericalInfo m_spherical;
};

}  // namespace omk::render
