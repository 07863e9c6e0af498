#include "ui/VrMirror.h"

#include "render/OffscreenTarget.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <algorithm>

namespace omk::ui {

void VrMirror::ensureTarget(QSize size) {
    if (m_fbo && size == m_size) return;
    release();
    m_size = size;
    m_texture = render::GlTexture::make();
    glBindTexture(GL_TEXTURE_2D, m_texture.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width(), size.height(), 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glBindTexture(GL_TEXTURE_2D, 0);
    m_fbo = render::GlFramebuffer::make();
    GLint draw = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fbo.get());
    glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                           m_texture.get(), 0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(draw));
}

QImage VrMirror::capture(QSize eyeSize) {
    if (eyeSize.isEmpty()) return {};
    m_clock.start();
    const QSize size =
        eyeSize.width() > m_maxWidth
            ? QSize(m_maxWidth, std::max(1, eyeSize.height() * m_maxWidth / eyeSize.width()))
            : eyeSize;
    while (glGetError() != GL_NO_ERROR) {
    }  // earlier errors are not the capture's
    GLint draw = 0, read = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read);
    ensureTarget(size);
    // The eye's image is sRGB-encoded; with GL_FRAMEBUFFER_SRGB off the blit copies the encoded
    // values as they are, which is what a desktop window shows.
    glDisable(GL_FRAMEBUFFER_SRGB);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(draw));
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fbo.get());
    glBlitFramebuffer(0, 0, eyeSize.width(), eyeSize.height(), 0, 0, size.width(), size.height(),
                      GL_COLOR_BUFFER_BIT, GL_LINEAR);
    QImage image = render::readFramebuffer(m_fbo.get(), size);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(draw));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(read));
    if (glGetError() != GL_NO_ERROR) return {};
    // The window shows the eye as opaque, whatever alpha the runtime's swapchain holds.
    image.reinterpretAsFormat(QImage::Format_RGBX8888);
    return image;
}

void VrMirror::release() {
    m_fbo.reset();
    m_texture.reset();
    m_size = {};
}

}  // namespace omk::ui
