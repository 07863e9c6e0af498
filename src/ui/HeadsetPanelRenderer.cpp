#include "ui/HeadsetPanelRenderer.h"

#include "ui/Log.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickGraphicsDevice>
#include <QQuickItem>
#include <QQuickRenderControl>
#include <QQuickRenderTarget>
#include <QQuickWindow>

namespace omk::ui {
namespace {

// The panel changes when a chat message arrives or the pointer moves; 20 renders a second keep
// the pointer smooth without rendering a text-heavy scene at the headset's rate.
constexpr int kMinRenderIntervalMs = 50;

}  // namespace

HeadsetPanelRenderer::HeadsetPanelRenderer(QSize pixels, QObject* parent)
    : QObject(parent), m_size(pixels) {
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, [this] {
        if (!m_dirty) return;
        render();
        emit imageChanged(m_image);
    });
}

HeadsetPanelRenderer::~HeadsetPanelRenderer() {
    // Qt Quick's GL resources go while the context is current, before the context itself.
    if (m_context && m_surface) m_context->makeCurrent(m_surface.get());
    delete m_root.data();
    m_window.reset();
    m_control.reset();
    m_fbo.reset();
    if (m_context) m_context->doneCurrent();
}

Expected<void> HeadsetPanelRenderer::start() {
    if (m_fbo) return {};  // made last: a start that got this far worked
    // Nothing half-made is kept, so a later start() begins again rather than finding a control
    // that never initialised; Qt Quick's objects go while their context is still current.
    auto giveUp = [this](const QString& why) -> Expected<void> {
        m_window.reset();
        m_control.reset();
        if (m_context) m_context->doneCurrent();
        m_surface.reset();
        m_context.reset();
        return fail(why);
    };
    m_context = std::make_unique<QOpenGLContext>();
    if (!m_context->create()) return giveUp(tr("no OpenGL context for the panel on this display"));
    m_surface = std::make_unique<QOffscreenSurface>();
    m_surface->setFormat(m_context->format());
    m_surface->create();
    if (!m_context->makeCurrent(m_surface.get()))
        return giveUp(tr("the panel's OpenGL context cannot be made current"));
    m_control = std::make_unique<QQuickRenderControl>();
    m_window = std::make_unique<QQuickWindow>(m_control.get());
    m_window->setGraphicsDevice(QQuickGraphicsDevice::fromOpenGLContext(m_context.get()));
    // Transparent where the panel draws nothing: the quad layer blends with source alpha.
    m_window->setColor(Qt::transparent);
    m_window->setGeometry(0, 0, m_size.width(), m_size.height());
    if (!m_control->initialize()) return giveUp(tr("Qt Quick cannot render the panel offscreen"));
    m_fbo = std::make_unique<QOpenGLFramebufferObject>(
        m_size, QOpenGLFramebufferObject::CombinedDepthStencil);
    m_window->setRenderTarget(QQuickRenderTarget::fromOpenGLTexture(m_fbo->texture(), m_size));
    connect(m_control.get(), &QQuickRenderControl::renderRequested, this,
            &HeadsetPanelRenderer::scheduleRender);
    connect(m_control.get(), &QQuickRenderControl::sceneChanged, this,
            &HeadsetPanelRenderer::scheduleRender);
    m_context->doneCurrent();
    return {};
}

Expected<void> HeadsetPanelRenderer::setComponent(QQmlComponent* component) {
    if (!component) return fail(tr("no panel component"));
    if (component->isError()) return fail(component->errorString().trimmed());
    if (!component->isReady()) return fail(tr("the panel component is not ready"));
    if (auto r = start(); !r) {
        emit errorOccurred(r.error().message);
        return r;
    }
    // A component declared in QML creates in the context it was declared in, so it binds to the
    // window's objects; one made in C++ has none and gets its engine's root context.
    QQmlContext* context = component->creationContext();
    if (!context && component->engine()) context = component->engine()->rootContext();
    if (!context) return fail(tr("the panel component has no QML engine"));
    QObject* object = component->beginCreate(context);
    if (!object) return fail(component->errorString().trimmed());
    auto* item = qobject_cast<QQuickItem*>(object);
    if (!item) {
        component->completeCreate();
        delete object;
        return fail(tr("the panel must be an Item"));
    }
    item->setParentItem(m_window->contentItem());
    item->setSize(m_size);
    component->completeCreate();
    delete m_root.data();
    m_root = item;
    m_dirty = true;
    render();
    return {};
}

QImage HeadsetPanelRenderer::image() {
    if (m_dirty) render();
    return m_image;
}

void HeadsetPanelRenderer::scheduleRender() {
    m_dirty = true;
    if (!m_renderTimer.isActive()) m_renderTimer.start(m_image.isNull() ? 0 : kMinRenderIntervalMs);
}

void HeadsetPanelRenderer::render() {
    if (!m_control || !m_context->makeCurrent(m_surface.get())) return;
    m_dirty = false;
    m_control->polishItems();
    m_control->beginFrame();
    m_control->sync();
    m_control->render();
    m_control->endFrame();
    m_image = m_fbo->toImage().convertToFormat(QImage::Format_RGBA8888_Premultiplied);
    m_context->doneCurrent();
}

void HeadsetPanelRenderer::sendMouse(int type, QPointF uv, Qt::MouseButton button,
                                     Qt::MouseButtons buttons) {
    if (!m_window || uv.x() < 0 || uv.x() > 1 || uv.y() < 0 || uv.y() > 1) return;
    const QPointF at(uv.x() * m_size.width(), uv.y() * m_size.height());
    QMouseEvent event(QEvent::Type(type), at, at, at, button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &event);
}

void HeadsetPanelRenderer::click(QPointF uv) {
    sendMouse(QEvent::MouseMove, uv, Qt::NoButton, Qt::NoButton);
    sendMouse(QEvent::MouseButtonPress, uv, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, uv, Qt::LeftButton, Qt::NoButton);
}

void HeadsetPanelRenderer::hover(QPointF uv) {
    sendMouse(QEvent::MouseMove, uv, Qt::NoButton, Qt::NoButton);
}

}  // namespace omk::ui
