#pragma once
// A colour-only framebuffer to render into without a window (tests, CLI snapshots).
// Threading: render thread only (GL context current); all GL objects created and destroyed there.

#include "core/Expected.h"
#include "render/GlObject.h"

#include <QImage>
#include <QSize>

#include <memory>

namespace omk::render {

// Reads framebuffer `fbo`'s first colour attachment back, top row first, as
// QImage::Format_RGBA8888. Leaves `fbo` bound as the read framebuffer; the caller restores its own.
QImage readFramebuffer(unsigned fbo, QSize size);
// The other way: writes `image` (top row first, converted to premultiplied RGBA8888 as Qt Quick
// renders) into the colour texture attached to the bound draw framebuffer, at its origin, so that
// readFramebuffer() would give the image back. False when nothing suitable is bound.
bool writeBoundFramebuffer(const QImage& image);

class OffscreenTarget {
public:
    static Expected<std::unique_ptr<OffscreenTarget>> create(int width, int height);
    static Expected<std::unique_ptr<OffscreenTarget>> create(QSize size) {
        return create(size.width(), size.height());
    }
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    // Binds the framebuffer and sets the viewport to cover it.
    void bind();
    // Reads the colour buffer back, top row first, as QImage::Format_RGBA8888.
    QImage readImage();
    QSize size() const { return m_size; }

private:
    OffscreenTarget() = default;

    QSize m_size;
    GlTexture m_color;
    GlFramebuffer m_fbo;  // declared after the texture it holds: deleted before it
};

}  // namespace omk::render
