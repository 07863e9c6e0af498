#include "ui/VideoView.h"

#include "ui/VideoViewRenderer.h"

namespace omk::ui {

VideoView::VideoView(QQuickItem* parent) : QQuickFramebufferObject(parent) {
    setFlag(ItemHasContents, true);
    // GL framebuffers are bottom-up; the scene graph shows the texture as-is unless told.
    setMirrorVertically(true);
    // Frames become due on the media clock, not on input events; redraw at display rate while a
    // player is attached. The renderer decides whether a new frame is actually shown.
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &QQuickItem::update);
}

QQuickFramebufferObject::Renderer* VideoView::createRenderer() const {
    return new VideoViewRenderer;
}

void VideoView::setController(PlayerController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
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

void VideoView::noteFrameRendered() {
    ++m_renderedFrames;
    emit renderedFramesChanged();
}

}  // namespace omk::ui
