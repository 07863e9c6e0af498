#pragma once
// Draws a decoded frame as seen from inside the sphere (or on a flat virtual screen) into the
// currently bound framebuffer. Two passes, as FFmpeg's v360 filter does on the CPU: a remap pass
// (shaders/remap.frag) stores each output pixel's sampling positions in 16-bit textures and runs
// only when the mapping changes; the per-frame pass (shaders/sample.frag) looks them up, filters
// with GL_LINEAR and converts YUV->RGB. See render/ProjectionMath.h for the conventions.
// This class only coordinates: ShaderPrograms (compiled programs, shared uniforms),
// PlaneUploader (frame planes into textures), RemapPass (the maps, keyed by MapKey), SamplePass
// (the per-frame draw and its single-pass fallback) and CpuSamplePath (the per-frame pass on the
// CPU for software rasterizers). Every GL name is owned by a render/GlObject handle in them.
// Threading: render thread only (GL context current); all GL objects created and destroyed there.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "media/AvPtr.h"
#include "render/CpuSamplePath.h"
#include "render/PlaneUploader.h"
#include "render/RemapPass.h"
#include "render/SamplePass.h"
#include "render/ShaderPrograms.h"

#include <QSize>

extern "C" {
#include <libavutil/frame.h>
}

#include <array>

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
    bool samplesOnCpu() const { return m_cpu.frame() != nullptr; }
    void setSpherical(const SphericalInfo& info) { m_spherical = info; }
    const SphericalInfo& spherical() const { return m_spherical; }
    // Draws into the currently bound framebuffer, viewport (0, 0, width, height). Black when no
    // frame has been uploaded. Leaves depth test, blending, culling and scissor disabled.
    void render(const ViewParams& view, int width, int height);
    // Forgets the current frame (render() then draws black); textures are kept for reuse.
    void clearFrame() {
        m_hasFrame = false;
        m_frameSize = {};
        m_cpu.dropFrame();
    }
    bool hasFrame() const { return m_hasFrame; }
    QSize frameSize() const { return m_frameSize; }
    // Deletes the GL objects; the destructor calls it when a GL context is current (and
    // otherwise forgets them without a GL call: they went with their context).
    void release();

private:
    bool wantsCpuSampling(const AVFrame* frame) const;

    ShaderPrograms m_programs;
    PlaneUploader m_planes;
    RemapPass m_remap;
    SamplePass m_sample;
    CpuSamplePath m_cpu;
    std::array<QSize, 2> m_planeSizes{};  // of the current frame, whichever path draws it
    SamplingPath m_samplingPath = SamplingPath::Auto;
    bool m_hasFrame = false;
    QSize m_frameSize;
    SphericalInfo m_spherical;
};

}  // namespace omk::render
