#pragma once
// The renderer's compiled shaders: the remap program (remap.frag), the single-pass fallback
// (sphere.frag) and one per-frame sample program (sample.frag) per sample mode and seam variant,
// all drawing one full-screen triangle from an empty vertex array. Every variant is linked up
// front, so a shader error shows in SphereRenderer::initialize(), not in the middle of playback.
// Also the uniforms the remap and fallback programs share (the view and projection of a MapKey).
// Threading: render thread only (GL context current); the programs are made and deleted there.

#include "core/Expected.h"
#include "render/GlObject.h"
#include "render/TextureFormat.h"

#include <array>

namespace omk::render {

struct MapKey;

// Texture units, bound to the samplers at link time: the planes, then the map textures.
constexpr int kPlaneUnit = 0;
constexpr int kMapUnit = 2;

class ShaderPrograms {
public:
    // Compiles and links every program and makes the vertex array; on failure holds nothing and
    // says which shader failed and the compiler's or linker's log.
    Expected<void> link();
    bool linked() const { return bool(m_remap); }

    unsigned remap() const { return m_remap.get(); }
    unsigned direct() const { return m_direct.get(); }  // without 16-bit or float targets
    unsigned sample(SampleMode mode, bool seam) const {
        return m_sample[size_t(int(mode) * 2 + (seam ? 1 : 0))].get();
    }
    // The empty vertex array the full-screen triangle is drawn with (glDrawArrays, 3 vertices).
    unsigned vertexArray() const { return m_vertexArray.get(); }

    // The view and projection uniforms of `key` into `program` (in use).
    static void setProjectionUniforms(unsigned program, const MapKey& key);

    // Deletes the programs and the vertex array (context current).
    void reset();
    // Forgets them without a GL call (their context is gone).
    void abandon();

private:
    GlProgram m_remap;
    GlProgram m_direct;
    // Indexed by sample mode * 2 + seam (OMK_FORMAT, OMK_SEAM in sample.frag).
    std::array<GlProgram, 6> m_sample;
    GlVertexArray m_vertexArray;
};

}  // namespace omk::render
