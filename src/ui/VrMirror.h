#pragma once
// The desktop window's copy of one eye while a headset is in use: the eye just drawn (the bound
// framebuffer) scaled down into a small framebuffer of our own and read back as a QImage, at
// most `maxRate` times a second, so the mirror costs a few small reads rather than a full-size
// read of every frame.
// Threading: the XR thread, with its graphics context current; every GL object lives and dies
// there (release() before the context goes).

#include "render/GlObject.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSize>

namespace omk::ui {

class VrMirror {
public:
    explicit VrMirror(int maxWidth = 512, double maxRate = 30.0)
        : m_maxWidth(maxWidth), m_minIntervalNs(qint64(1e9 / maxRate)) {}
    VrMirror(const VrMirror&) = delete;
    VrMirror& operator=(const VrMirror&) = delete;

    // Whether the next eye drawn should be captured (the rate limit allows it).
    bool due() const { return !m_clock.isValid() || m_clock.nsecsElapsed() >= m_minIntervalNs; }
    // Copies the currently bound draw framebuffer (eyeSize) into a top-row-first image; leaves
    // the framebuffer bindings as they were. A null image when GL refuses.
    QImage capture(QSize eyeSize);
    void release();

private:
    void ensureTarget(QSize size);

    int m_maxWidth;
    qint64 m_minIntervalNs;
    QElapsedTimer m_clock;
    render::GlTexture m_texture;
    render::GlFramebuffer m_fbo;
    QSize m_size;
};

}  // namespace omk::ui
