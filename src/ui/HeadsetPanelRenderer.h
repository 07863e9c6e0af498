#pragma once
// The in-headset panel's pixels: a QML component rendered offscreen (QQuickRenderControl on a
// QOpenGLContext and QOffscreenSurface of its own) into an image, again only when its scene
// changed, for the VR thread to put into the panel's quad layer; and pointer input given in
// panel coordinates (where a controller's ray meets the panel) delivered as mouse events.
// Threading: GUI thread only. The GL context is this object's own and current only inside its
// calls; the image crosses to the VR thread as an implicitly shared QImage.

#include "core/Expected.h"

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <memory>

class QOffscreenSurface;
class QOpenGLContext;
class QOpenGLFramebufferObject;
class QQmlComponent;
class QQuickItem;
class QQuickRenderControl;
class QQuickWindow;

namespace omk::ui {

class HeadsetPanelRenderer : public QObject {
    Q_OBJECT
public:
    explicit HeadsetPanelRenderer(QSize pixels, QObject* parent = nullptr);
    ~HeadsetPanelRenderer() override;

    // Creates the component in its own creation context (so its bindings to the window's objects
    // hold) as the panel's root item, sized to the panel. An error if GL or Qt Quick cannot
    // start here, or the component is not ready or not an Item.
    Expected<void> setComponent(QQmlComponent* component);
    QQuickItem* rootItem() const { return m_root; }
    QSize pixelSize() const { return m_size; }
    // The panel as last rendered (premultiplied RGBA8888, top row first), rendered first when the
    // scene changed since. Null before setComponent().
    QImage image();
    // At uv in [0,1]x[0,1], (0,0) the top-left corner: a left click (press and release), a hover.
    // Ignored outside.
    void click(QPointF uv);
    void hover(QPointF uv);

signals:
    // Rendered again after a change: at most one render per event-loop turn and ~20 a second.
    void imageChanged(const QImage& image);
    void errorOccurred(const QString& message);

private:
    Expected<void> start();
    void render();
    void scheduleRender();
    void sendMouse(int type, QPointF uv, Qt::MouseButton button, Qt::MouseButtons buttons);

    QSize m_size;
    std::unique_ptr<QOpenGLContext> m_context;
    std::unique_ptr<QOffscreenSurface> m_surface;
    std::unique_ptr<QQuickRenderControl> m_control;
    std::unique_ptr<QQuickWindow> m_window;
    std::unique_ptr<QOpenGLFramebufferObject> m_fbo;
    QPointer<QQuickItem> m_root;
    QImage m_image;
    bool m_dirty = false;
    QTimer m_renderTimer;
};

}  // namespace omk::ui
