#include "render/OffscreenTarget.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <cstring>

namespace omk::render {

Expected<std::unique_ptr<OffscreenTarget>> OffscreenTarget::create(int width, int height) {
    if (width <= 0 || height <= 0)
        return fail(QStringLiteral("invalid offscreen size %1x%2").arg(width).arg(height));
    std::unique_ptr<OffscreenTarget> t(new OffscreenTarget);
    t->m_size = QSize(width, height);
    t->m_color = GlTexture::make();
    glBindTexture(GL_TEXTURE_2D, t->m_color.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);

    t->m_fbo = GlFramebuffer::make();
    glBindFramebuffer(GL_FRAMEBUFFER, t->m_fbo.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, t->m_color.get(),
                           0);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        return fail(QStringLiteral("offscreen framebuffer %1x%2 is incomplete (status 0x%3)")
                        .arg(width)
                        .arg(height)
                        .arg(status, 0, 16));
    return t;
}

OffscreenTarget::~OffscreenTarget() = default;

void OffscreenTarget::bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.get());
    glViewport(0, 0, m_size.width(), m_size.height());
}

QImage readFramebuffer(unsigned fbo, QSize size) {
    QImage image(size, QImage::Format_RGBA8888);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    const int w = size.width(), h = size.height();
    QByteArray raw(qsizetype(w) * h * 4, Qt::Uninitialized);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
    // GL's first row is the bottom one.
    for (int y = 0; y < h; ++y)
        std::memcpy(image.scanLine(y), raw.constData() + qsizetype(h - 1 - y) * w * 4,
                    size_t(w) * 4);
    return image;
}

bool writeBoundFramebuffer(const QImage& image) {
    GLint type = 0, name = 0;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                                          GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE, &type);
    if (type != GL_TEXTURE) return false;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0,
                                          GL_FRAMEBUFFER_ATTACHMENT_OBJECT_NAME, &name);
    // GL's first row is the bottom one.
    const QImage rows =
        image.convertToFormat(QImage::Format_RGBA8888_Premultiplied).mirrored(false, true);
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, GLuint(name));
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, int(rows.bytesPerLine() / 4));
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, rows.width(), rows.height(), GL_RGBA, GL_UNSIGNED_BYTE,
                    rows.constBits());
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glBindTexture(GL_TEXTURE_2D, GLuint(bound));
    return glGetError() == GL_NO_ERROR;
}

QImage OffscreenTarget::readImage() {
    return readFramebuffer(m_fbo.get(), m_size);
}

}  // namespace omk::render
