#include "render/SphereRenderer.h"

#include "media/PixelFormat.h"
#include "render/Log.h"
#include "render/TextureFormat.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QByteArray>

namespace omk::render {

SphereRenderer::~SphereRenderer() {
    // With glvnd, glGetString returns null when no context is current on this thread; deleting
    // names then would be a silent no-op at best, so they are forgotten instead.
    if (glGetString(GL_VERSION) != nullptr) {
        release();
        return;
    }
    m_programs.abandon();
    m_planes.abandon();
    m_remap.abandon();
    m_cpu.abandon();
}

Expected<void> SphereRenderer::initialize() {
    if (m_programs.linked()) return {};
    // All variants up front: a shader error shows here, not in the middle of playback.
    if (auto r = m_programs.link(); !r) {
        release();
        return r;
    }
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const QByteArray name = renderer ? QByteArray(renderer) : QByteArray();
    m_planes.setDirectUpload(name.contains("llvmpipe") || name.contains("softpipe") ||
                             name.contains("SwiftShader"));
    return {};
}

void SphereRenderer::release() {
    m_planes.reset();
    m_programs.reset();
    m_cpu.reset();
    m_remap.reset();
    m_hasFrame = false;
    m_frameSize = {};
}

Expected<void> SphereRenderer::upload(const AVFrame* frame) {
    if (!frame || frame->width <= 0 || frame->height <= 0 || !frame->data[0])
        return fail(QStringLiteral("cannot upload an empty frame"));
    const auto format = AVPixelFormat(frame->format);
    const auto spec = textureFormat(format);
    if (!spec) {
        const char* name = av_get_pix_fmt_name(format);
        return fail(
            QStringLiteral("pixel format %1 cannot be uploaded; the decoder must convert it")
                .arg(name ? QString::fromLatin1(name) : QString::number(frame->format)));
    }
    for (int i = 0; i < spec->planes; ++i)
        if (!frame->data[i]) return fail(QStringLiteral("frame plane %1 is missing").arg(i));
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    if (wantsCpuSampling(frame))
        m_cpu.hold(frame);
    else
        m_cpu.dropFrame();
    if (!m_cpu.frame()) m_planes.upload(frame);
    const bool yuv = spec->mode == SampleMode::Yuv;
    m_planeSizes[0] = QSize(frame->width, frame->height);
    m_planeSizes[1] = yuv ? QSize(AV_CEIL_RSHIFT(frame->width, info->log2ChromaW),
                                  AV_CEIL_RSHIFT(frame->height, info->log2ChromaH))
                          : m_planeSizes[0];
    m_sample.setFrameFormat(spec->mode, yuvToRgb(lumaCoefficients(frame->colorspace, frame->width),
                                                 isFullRange(format, frame->color_range),
                                                 spec->bits, spec->textureScale));
    m_frameSize = QSize(frame->width, frame->height);
    m_hasFrame = true;
    return {};
}

bool SphereRenderer::wantsCpuSampling(const AVFrame* frame) const {
    switch (m_samplingPath) {
        case SamplingPath::Shader:
            return false;
        case SamplingPath::Cpu:
            return CpuSampler::supports(frame);
        case SamplingPath::Auto:
            break;
    }
    return m_planes.directUpload() && CpuSampler::supports(frame);
}

void SphereRenderer::render(const ViewParams& view, int width, int height) {
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    if (!m_programs.linked() || !m_hasFrame || width <= 0 || height <= 0) {
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    const MapKey key = makeMapKey(view, m_spherical, m_frameSize, m_planeSizes, width, height);
    const bool onCpu = m_cpu.frame() != nullptr;
    // The CPU path frees the map textures once its tables are built; the shaders need them.
    const bool mapped =
        (m_remap.madeFor(key) && (onCpu || m_remap.resident(key))) || m_remap.run(key, m_programs);
    if (onCpu && mapped && m_cpu.draw(key, m_sample.yuv(), m_remap, m_programs)) {
        glUseProgram(0);
        return;
    }
    bool drawable = mapped;
    if (onCpu) {
        // This target or GL cannot take the CPU path's result: from now on the shaders draw.
        qCInfo(lcRender) << "CPU sampling unavailable here; drawing with the shaders";
        m_samplingPath = SamplingPath::Shader;
        m_planes.upload(m_cpu.frame());
        m_cpu.handOver();
        drawable = m_remap.run(key, m_programs);  // the CPU path keeps no map textures
    }
    glBindVertexArray(m_programs.vertexArray());
    if (drawable)
        m_sample.draw(m_programs, m_planes, m_remap, key);
    else
        m_sample.drawDirect(m_programs, m_planes, key);
    glBindVertexArray(0);
    for (int i = kMapUnit + 1; i >= kPlaneUnit; --i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + i));
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    glUseProgram(0);
}

}  // namespace omk::render
