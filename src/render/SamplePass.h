#pragma once
// The renderer's per-frame pass on the GPU: shaders/sample.frag looks each output pixel's sampling
// positions up in the remap pass's map, filters the planes with GL_LINEAR (GL_REPEAT across the
// 0/360 wrap) and converts YUV to RGB with the frame's matrix. Without usable maps,
// shaders/sphere.frag maps and samples every pixel every frame instead (drawDirect). Holds how
// the current frame's samples are read (sample mode, YUV->RGB), which the CPU path uses too.
// Threading: render thread only (GL context current); owns no GL objects.

#include "render/ColorMatrix.h"
#include "render/TextureFormat.h"

namespace omk::render {

struct MapKey;
class PlaneUploader;
class RemapPass;
class ShaderPrograms;

class SamplePass {
public:
    // How the current frame is read: its sample mode and YUV->RGB conversion.
    void setFrameFormat(SampleMode mode, const YuvToRgb& yuv) {
        m_mode = mode;
        m_yuv = yuv;
    }
    const YuvToRgb& yuv() const { return m_yuv; }

    // One full-screen triangle with the sample program for the frame's mode and key's seam,
    // reading the maps of `maps` (made for key). The caller binds the vertex array.
    void draw(const ShaderPrograms& programs, const PlaneUploader& planes, const RemapPass& maps,
              const MapKey& key) const;
    // The single-pass fallback: sphere.frag maps and samples every pixel.
    void drawDirect(const ShaderPrograms& programs, const PlaneUploader& planes,
                    const MapKey& key) const;

private:
    SampleMode m_mode = SampleMode::Yuv;
    YuvToRgb m_yuv;
};

}  // namespace omk::render
