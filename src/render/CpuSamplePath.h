#pragma once
// The per-frame pass done on the CPU (render/CpuSampler) for software rasterizers: holds the
// frame by reference (its planes are never copied into textures), builds CpuSampler's tables
// from the remap pass's map whenever the MapKey or the planes change (and then frees the map
// textures: the tables hold everything they did), samples each frame in 64-row bands into a
// texture and blits that into the caller's framebuffer.
// Threading: render thread only (GL context current); the texture and framebuffer are made and
// deleted there; CpuSampler fans its rows out over its own pool and returns when done.

#include "media/AvPtr.h"
#include "render/CpuSampler.h"
#include "render/GlObject.h"
#include "render/MapKey.h"

#include <QSize>

#include <cstdint>
#include <optional>
#include <vector>

namespace omk::render {

class RemapPass;
class ShaderPrograms;
struct YuvToRgb;

class CpuSamplePath {
public:
    // Keeps a reference to frame for draw(); false (holding nothing) when it cannot.
    bool hold(const AVFrame* frame);
    // The frame held, or null: the CPU path draws exactly while it holds one.
    const AVFrame* frame() const { return m_frame.get(); }
    void dropFrame() { m_frame.reset(); }
    // Lets go of the frame and of the tables' key: the shaders draw from now on.
    void handOver() {
        m_frame.reset();
        m_tableKey.reset();
    }

    // Samples the frame for key into the bound draw framebuffer (rebuilding the tables first
    // when needed, from `maps`, remapping with `programs` if the map was freed). False when that
    // framebuffer cannot take a blit (multisampled) or the map cannot be made.
    bool draw(const MapKey& key, const YuvToRgb& yuv, RemapPass& maps,
              const ShaderPrograms& programs);

    // Drops the frame, the tables and the GL objects (context current).
    void reset();
    // The same, forgetting the GL names without a GL call (their context is gone).
    void abandon();

private:
    media::AvFramePtr m_frame;
    CpuSampler m_sampler;
    std::optional<MapKey> m_tableKey;  // what m_sampler's tables were built from
    std::vector<uint8_t> m_pixels;     // one band
    GlTexture m_texture;
    GlFramebuffer m_fbo;
    QSize m_textureSize;
};

}  // namespace omk::render
