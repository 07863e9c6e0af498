#include "render/CpuSamplePath.h"

#include "render/FramebufferStateGuard.h"
#include "render/RemapPass.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <algorithm>

namespace omk::render {

bool CpuSamplePath::hold(const AVFrame* frame) {
    m_frame.reset();
    media::AvFramePtr ref = media::makeFrame();
    if (ref && av_frame_ref(ref.get(), frame) >= 0) m_frame = std::move(ref);
    return bool(m_frame);
}

bool CpuSamplePath::draw(const MapKey& key, const YuvToRgb& yuv, RemapPass& maps,
                         const ShaderPrograms& programs) {
    // A blit cannot write into a multisampled framebuffer.
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLE_BUFFERS, &samples);
    if (samples > 0) return false;

    const AVFrame* frame = m_frame.get();
    const auto luma = CpuSampler::lumaGeometry(frame);
    const auto chroma = CpuSampler::chromaGeometry(frame);
    FramebufferStateGuard guard;
    if (m_tableKey != key || !m_sampler.builtFor(luma, chroma)) {
        if (!maps.hasMap() && !maps.run(key, programs)) return false;
        m_sampler.build(key.width, key.height, luma, chroma, key.wrapMode,
                        [&maps](int first, int count, float* map0, float* map1) {
                            maps.readRows(first, count, map0, map1);
                        });
        m_tableKey = key;
        // The tables hold everything the maps did; 16-32 MB at 1080p need not stay resident.
        // The maps stay madeFor(key), so an unchanged view neither remaps nor rebuilds.
        maps.releaseTextures();
    }
    const QSize size(key.width, key.height);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_texture.ensure());
    if (m_textureSize != size) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width(), size.height(), 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        m_textureSize = size;
    }
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    // In bands: a band of pixels is all the CPU copy there is (0.5 MB, not 8 MB at 1080p).
    constexpr int kBandRows = 64;
    m_pixels.resize(size_t(size.width()) * kBandRows * 4);
    for (int first = 0; first < size.height(); first += kBandRows) {
        const int rows = std::min(kBandRows, size.height() - first);
        m_sampler.sample(frame, yuv, first, rows, m_pixels.data());
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, first, size.width(), rows, GL_RGBA, GL_UNSIGNED_BYTE,
                        m_pixels.data());
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo.ensure());
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                           m_texture.get(), 0);
    // On llvmpipe a same-size blit is a copy of rows, a fraction of a millisecond at 1080p,
    // where a full-screen textured draw costs about 10 ms of CPU.
    glBlitFramebuffer(0, 0, size.width(), size.height(), 0, 0, size.width(), size.height(),
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    return true;
}

void CpuSamplePath::reset() {
    m_texture.reset();
    m_fbo.reset();
    m_textureSize = {};
    handOver();
    m_sampler.reset();
    std::vector<uint8_t>().swap(m_pixels);
}

void CpuSamplePath::abandon() {
    m_texture.abandon();
    m_fbo.abandon();
    reset();
}

}  // namespace omk::render
