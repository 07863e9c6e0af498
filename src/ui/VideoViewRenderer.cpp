#include "ui/VideoViewRenderer.h"

#include "ui/Log.h"
#include "ui/VideoView.h"

#include <QMetaObject>
#include <QOpenGLFramebufferObject>
#include <QQuickOpenGLUtils>

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

namespace omk::ui {

VideoViewRenderer::~VideoViewRenderer() {
    m_renderer.release();
    m_mirrorTexture.reset();
    if (m_blitter.isCreated()) m_blitter.destroy();
}

QOpenGLFramebufferObject* VideoViewRenderer::createFramebufferObject(const QSize& size) {
    m_size = size;
    QOpenGLFramebufferObjectFormat format;
    format.setAttachment(QOpenGLFramebufferObject::NoAttachment);
    return new QOpenGLFramebufferObject(size, format);
}

void VideoViewRenderer::synchronize(QQuickFramebufferObject* item) {
    auto* view = static_cast<VideoView*>(item);
    m_item = view;
    m_view = view->viewParams();
    if (auto* controller = view->controller()) {
        m_player = controller->player();
        m_spherical = controller->effectiveSpherical();
    } else {
        m_player.reset();
    }
    m_released = view->mirroring();
    if (!m_released) return;
    // From here on render() takes no frame until a synchronize() without the release; this
    // thread is not inside render() now, so the release holds from this moment.
    if (m_confirmedRelease != view->releaseSerial()) {
        m_confirmedRelease = view->releaseSerial();
        QMetaObject::invokeMethod(
            view,
            [item = QPointer<VideoView>(view), serial = m_confirmedRelease] {
                if (item) item->noteFrameSourceReleased(serial);
            },
            Qt::QueuedConnection);
    }
    if (m_mirrorSerial != view->mirrorSerial()) {
        m_mirrorSerial = view->mirrorSerial();
        m_mirrorImage = view->mirrorImage();
        m_mirrorDirty = true;
    }
}

void VideoViewRenderer::drawMirror() {
    if (m_mirrorDirty) {
        m_mirrorDirty = false;
        m_mirrorTexture.reset();
        if (!m_mirrorImage.isNull()) {
            m_mirrorTexture = std::make_unique<QOpenGLTexture>(
                m_mirrorImage.convertToFormat(QImage::Format_RGBA8888),
                QOpenGLTexture::DontGenerateMipMaps);
            m_mirrorTexture->setMinMagFilters(QOpenGLTexture::Linear, QOpenGLTexture::Linear);
            m_mirrorTexture->setWrapMode(QOpenGLTexture::ClampToEdge);
        }
    }
    if (!m_mirrorTexture || m_size.isEmpty()) return;
    if (!m_blitter.isCreated() && !m_blitter.create()) {
        reportError(QStringLiteral("the VR mirror could not be drawn"));
        return;
    }
    // The whole eye, as large as fits, centred.
    const QSizeF eye = QSizeF(m_mirrorImage.size()).scaled(QSizeF(m_size), Qt::KeepAspectRatio);
    const QRectF target(
        QPointF((m_size.width() - eye.width()) / 2, (m_size.height() - eye.height()) / 2), eye);
    glViewport(0, 0, m_size.width(), m_size.height());
    m_blitter.bind();
    m_blitter.blit(m_mirrorTexture->textureId(),
                   QOpenGLTextureBlitter::targetTransform(target, QRect(QPoint(0, 0), m_size)),
                   QOpenGLTextureBlitter::OriginTopLeft);
    m_blitter.release();
}

void VideoViewRenderer::reportError(const QString& message) {
    // Shown once in the window; the item keeps the first reason, so repeats cost nothing there.
    if (message == m_lastError || !m_item) return;
    m_lastError = message;
    QMetaObject::invokeMethod(
        m_item.data(),
        [item = m_item, message] {
            if (item) item->noteRenderError(message);
        },
        Qt::QueuedConnection);
}

void VideoViewRenderer::render() {
    if (!m_initialized && !m_failed) {
        if (auto r = m_renderer.initialize(); !r) {
            m_failed = true;
            qCCritical(lcUi) << "renderer failed to start:" << r.error().message;
            reportError(
                QStringLiteral("the video renderer could not start: %1").arg(r.error().message));
        }
        m_initialized = !m_failed;
    }
    glClearColor(0.f, 0.f, 0.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (m_failed) return;
    if (m_released) {
        drawMirror();
        QQuickOpenGLUtils::resetOpenGLState();
        return;
    }

    // A new player means the old picture no longer belongs on screen.
    if (m_player != m_lastPlayer) {
        m_lastPlayer = m_player;
        m_renderer.clearFrame();
    }
    bool newFrame = false;
    if (m_player) {
        if (auto frame = m_player->takeFrameForPresentation()) {
            if (auto r = m_renderer.upload(frame->frame.get()); !r)
                reportError(r.error().message);
            else
                newFrame = true;
        }
    }
    m_renderer.setSpherical(m_spherical);
    if (m_renderer.hasFrame()) m_renderer.render(m_view, m_size.width(), m_size.height());
    QQuickOpenGLUtils::resetOpenGLState();
    if (newFrame && m_item)
        QMetaObject::invokeMethod(m_item.data(), &VideoView::noteFrameRendered,
                                  Qt::QueuedConnection);
}

}  // namespace omk::ui
