#pragma once
// The first of the renderer's two passes: shaders/remap.frag stores, for every output pixel, where
// the per-frame pass samples the planes (luma and chroma positions) in a 16-bit map texture, a
// second one for a side-by-side eye that wraps (the seam). It runs only when the MapKey changes.
// 16-bit unorm maps where the GL can render to them, 32-bit float otherwise; where it can render
// to neither (GLES 3.0 without EXT_color_buffer_float) run() says so and every frame takes the
// single-pass fallback. readRows() hands the map to the CPU sampling path.
// Threading: render thread only (GL context current); the map textures and framebuffer are made
// and deleted there.

#include "render/GlObject.h"
#include "render/MapKey.h"

#include <QSize>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace omk::render {

class ShaderPrograms;

class RemapPass {
public:
    // Rebuilds the maps for key with programs.remap() into the map framebuffer, leaving the
    // caller's framebuffers and viewport as they were. False when the GL cannot render to them.
    bool run(const MapKey& key, const ShaderPrograms& programs);
    // Whether the maps were last made for key (they may have been freed since: see resident()).
    bool madeFor(const MapKey& key) const { return m_key == key; }
    // Whether the textures key needs are there: the map, and the seam map where key wraps one.
    bool resident(const MapKey& key) const {
        return m_textures[0] && (key.wrapMode != 2 || m_textures[1]);
    }
    bool hasMap() const { return bool(m_textures[0]); }

    // Binds the map (and the seam map with seam) to units kMapUnit and kMapUnit + 1.
    void bind(bool seam) const;
    // Reads `count` rows from `firstRow` (GL order) of the map, and of the seam map into map1
    // when it is not null, as RGBA floats (render/CpuSampler's MapReader).
    void readRows(int firstRow, int count, float* map0, float* map1);
    // Frees the map textures but remembers what they were made for (see madeFor()).
    void releaseTextures();

    // Deletes everything and forgets what the GL could render to (context current).
    void reset();
    // Forgets the GL names without a GL call (their context is gone).
    void abandon();

private:
    GlFramebuffer m_fbo;
    std::array<GlTexture, 2> m_textures;
    std::array<QSize, 2> m_textureSizes{};
    std::optional<MapKey> m_key;  // what the map textures hold
    bool m_unsupported = false;
    bool m_float = false;  // RGBA32F maps where RGBA16 cannot be rendered to
    std::vector<uint16_t> m_readback;
};

}  // namespace omk::render
