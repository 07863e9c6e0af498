#include "ui/VideoView.h"

#include "ui/VideoViewRenderer.h"

namespace omk::ui {

VideoView::VideoView(QQuickItem* parent) : QQuickFramebufferObject(parent) {
    setFlag(ItemHasContents, true);
    // GL framebuffers are bottom-up; the scene graph shows the texture as-is unless told.
    setMirrorVertically(true);
    // Frames become due on the media clock, not on input events; redraw at display rate while a
    // player is playing. The renderer decides whether a new frame is actually shown.
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &VideoView::onFrameTimer);
}

QQuickFramebufferObject::Renderer* VideoView::createRenderer() const {
    return new VideoViewRenderer;
}

void VideoView::onFrameTimer() {
    // Paused or failed, the picture only changes on input (handled in changed()) or when a frame
    // arrives after a seek (frameReady); redrawing the same frame would only burn the CPU, which
    // on a software rasterizer is all of it.
    if (m_controller && (m_controller->paused() || !m_controller->errorString().isEmpty())) return;
    // Mirroring redraws when a mirror image arrives, not on the clock.
    if (m_mirroring) return;
    update();
}

void VideoView::setController(PlayerController* controller) {
    if (controller == m_controller) return;
    if (m_controller) disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &PlayerController::frameReady, this, &QQuickItem::update);
    if (m_controller)
        m_frameTimer.start();
    else
        m_frameTimer.stop();
    emit controllerChanged();
    update();
}

void VideoView::changed() {
    emit viewChanged();
    update();
}

void VideoView::setYaw(double yaw) {
    m_view.setYaw(yaw);
    changed();
}
void VideoView::setPitch(double pitch) {
    m_view.setPitch(pitch);
    changed();
}
void VideoView::setFov(double fov) {
    m_view.setFov(fov);
    changed();
}
void VideoView::dragBy(double dx, double dy) {
    m_view.dragBy(dx, dy, width());
    changed();
}
void VideoView::turn(double dYaw, double dPitch) {
    m_view.turn(dYaw, dPitch);
    changed();
}
void VideoView::zoomBy(double steps) {
    m_view.zoomBy(steps);
    changed();
}
void VideoView::recenter() {
    m_view.recenter();
    changed();
}

void VideoView::noteRenderError(const QString& message) {
    if (!m_error.isEmpty() || message.isEmpty()) return;
    m_error = message;
    emit errorStringChanged();
}

void VideoView::releaseFrameSource() {
    if (m_mirroring) return;
    m_mirroring = true;
    m_releaseConfirmed = false;
    m_releaseSerial += 2;
    emit mirroringChanged();
    update();  // the confirmation comes from the next synchronize()
}

void VideoView::reclaimFrameSource() {
    if (!m_mirroring) return;
    m_mirroring = false;
    m_releaseConfirmed = false;
    m_mirrorImage = QImage();
    ++m_mirrorSerial;
    emit mirroringChanged();
    update();
}

void VideoView::noteFrameSourceReleased(quint64 serial) {
    if (!m_mirroring || serial != m_releaseSerial || m_releaseConfirmed) return;
    m_releaseConfirmed = true;
    emit frameSourceReleased();
}

void VideoView::setMirrorImage(const QImage& image) {
    if (!m_mirroring) return;
    m_mirrorImage = image;
    ++m_mirrorSerial;
    update();
}

void VideoView::noteFrameRendered() {
    ++m_renderedFrames;
    emit renderedFramesChanged();
}

}  // namespace omk::ui
