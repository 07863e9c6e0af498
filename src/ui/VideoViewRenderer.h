#pragma once
// Draws a VideoView into its framebuffer with the shared sphere renderer.
//
// Threading: created, used and destroyed on the scene graph's render thread (Qt guarantees the
// GL context is current in render() and at destruction), so every GL object lives and dies there.

#include "core/Spherical.h"
#include "media/Player.h"
#include "render/SphereRenderer.h"

#include <QImage>
#include <QOpenGLTexture>
#include <QOpenGLTextureBlitter>
#include <QPointer>
#include <QQuickFramebufferObject>

#include <memory>

namespace omk::ui {

class VideoView;

class VideoViewRenderer : public QQuickFramebufferObject::Renderer {
public:
    VideoViewRenderer() = default;
    ~VideoViewRenderer() override;

    QOpenGLFramebufferObject* createFramebufferObject(const QSize& size) override;
    void synchronize(QQuickFramebufferObject* item) override;
    void render() override;

private:
    void reportError(const QString& message);
    // Mirror mode: the latest mirror image, letterboxed into the framebuffer.
    void drawMirror();

    render::SphereRenderer m_renderer;
    bool m_initialized = false;
    bool m_failed = false;
    std::shared_ptr<media::Player> m_player;
    std::shared_ptr<media::Player> m_lastPlayer;
    ViewParams m_view;
    SphericalInfo m_spherical;
    QSize m_size;
    QPointer<VideoView> m_item;
    QString m_lastError;
    // Mirror mode (VideoView's "Mirror mode"): no frames are taken while m_released.
    bool m_released = false;
    quint64 m_confirmedRelease = 0;
    QImage m_mirrorImage;
    quint64 m_mirrorSerial = 0;
    bool m_mirrorDirty = false;
    std::unique_ptr<QOpenGLTexture> m_mirrorTexture;
    QOpenGLTextureBlitter m_blitter;
};

}  // namespace omk::ui
