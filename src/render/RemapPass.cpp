#include "render/RemapPass.h"

#include "render/FramebufferStateGuard.h"
#include "render/Log.h"
#include "render/ShaderPrograms.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render {

bool RemapPass::run(const MapKey& key, const ShaderPrograms& programs) {
    if (m_unsupported) return false;
    m_key.reset();
    const QSize size(key.width, key.height);
    const bool seam = key.wrapMode == 2;
    for (size_t i = 0; i < (seam ? 2u : 1u); ++i) {
        if (m_textures[i] && m_textureSizes[i] == size) continue;
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_textures[i].ensure());
        // 16-bit unorm is within 1/65536 of the position (a thirtieth of a texel on a 4K frame)
        // and halves what the per-frame pass reads, about 1 ms per 1080p frame on llvmpipe. Half
        // floats would be off by several texels.
        if (m_float)
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, size.width(), size.height(), 0, GL_RGBA,
                         GL_FLOAT, nullptr);
        else
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16, size.width(), size.height(), 0, GL_RGBA,
                         GL_UNSIGNED_SHORT, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        glBindTexture(GL_TEXTURE_2D, 0);
        m_textureSizes[i] = size;
    }

    FramebufferStateGuard guard;
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.ensure());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_textures[0].get(),
                           0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D,
                           seam ? m_textures[1].get() : 0, 0);
    const GLenum buffers[2] = {GL_COLOR_ATTACHMENT0,
                               seam ? GLenum(GL_COLOR_ATTACHMENT1) : GLenum(GL_NONE)};
    glDrawBuffers(2, buffers);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE && !m_float) {
        // GLES has RGBA16 only with EXT_texture_norm16; float maps hold the same values.
        m_float = true;
        m_textureSizes = {};
        return run(key, programs);
    }
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        // GLES 3.0 without EXT_color_buffer_float: every frame takes the direct path instead.
        qCWarning(lcRender) << "cannot render to 16-bit or float textures (framebuffer status"
                            << Qt::hex << status << "); mapping every pixel every frame";
        m_unsupported = true;
        return false;
    }
    const unsigned program = programs.remap();
    glViewport(0, 0, key.width, key.height);
    glUseProgram(program);
    ShaderPrograms::setProjectionUniforms(program, key);
    glUniform2f(glGetUniformLocation(program, "u_size0"), float(key.size0[0]), float(key.size0[1]));
    glUniform2f(glGetUniformLocation(program, "u_size1"), float(key.size1[0]), float(key.size1[1]));
    glUniform1i(glGetUniformLocation(program, "u_wrapMode"), key.wrapMode);
    glBindVertexArray(programs.vertexArray());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    m_key = key;
    return true;
}

void RemapPass::bind(bool seam) const {
    for (int i = 0; i < (seam ? 2 : 1); ++i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + kMapUnit + i));
        glBindTexture(GL_TEXTURE_2D, m_textures[size_t(i)].get());
    }
}

void RemapPass::readRows(int firstRow, int count, float* map0, float* map1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo.get());
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    const size_t values = size_t(m_key->width) * size_t(count) * 4;
    auto read = [&](GLenum attachment, float* out) {
        glReadBuffer(attachment);
        if (m_float) {
            glReadPixels(0, firstRow, m_key->width, count, GL_RGBA, GL_FLOAT, out);
            return;
        }
        // GLES reads 16-bit normalised buffers only as GL_UNSIGNED_SHORT.
        m_readback.resize(values);
        glReadPixels(0, firstRow, m_key->width, count, GL_RGBA, GL_UNSIGNED_SHORT,
                     m_readback.data());
        for (size_t i = 0; i < values; ++i) out[i] = float(m_readback[i]) / 65535.0f;
    };
    read(GL_COLOR_ATTACHMENT0, map0);
    if (map1) read(GL_COLOR_ATTACHMENT1, map1);
    glReadBuffer(GL_COLOR_ATTACHMENT0);
}

void RemapPass::releaseTextures() {
    for (GlTexture& texture : m_textures) texture.reset();
    m_textureSizes = {};
}

void RemapPass::reset() {
    releaseTextures();
    m_fbo.reset();
    m_key.reset();
    m_unsupported = false;
    m_float = false;
    std::vector<uint16_t>().swap(m_readback);
}

void RemapPass::abandon() {
    for (GlTexture& texture : m_textures) texture.abandon();
    m_fbo.abandon();
    reset();
}

}  // namespace omk::render
