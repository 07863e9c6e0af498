#include "xr/GlxGraphicsPlugin.h"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QSurfaceFormat>

namespace omk::xr {

Expected<std::unique_ptr<GlxGraphicsPlugin>> GlxGraphicsPlugin::create(QOffscreenSurface* surface) {
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        return fail(QStringLiteral("the Xlib binding needs the X11 (xcb) platform, not %1")
                        .arg(QGuiApplication::platformName()));
    if (!surface || !surface->isValid())
        return fail(QStringLiteral("no offscreen surface for the headset's GL context"));
    std::unique_ptr<GlxGraphicsPlugin> plugin(new GlxGraphicsPlugin);
    plugin->m_surface = surface;
    plugin->m_context = std::make_unique<QOpenGLContext>();
    // As the EGL path: what the sphere renderer needs.
    QSurfaceFormat format = surface->format();
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    plugin->m_context->setFormat(format);
    if (!plugin->m_context->create())
        return fail(QStringLiteral("Qt could not create an OpenGL 3.3 context for the headset"));
    if (!plugin->m_context->nativeInterface<QNativeInterface::QGLXContext>())
        return fail(QStringLiteral("Qt's OpenGL context here is not a GLX one"));
    if (!plugin->makeCurrent())
        return fail(QStringLiteral("the headset's GL context cannot be made current"));
    return plugin;
}

GlxGraphicsPlugin::~GlxGraphicsPlugin() {
    if (m_context && makeCurrent()) {
        release();
        m_context->doneCurrent();
    }
}

bool GlxGraphicsPlugin::makeCurrent() {
    return m_context->makeCurrent(m_surface);
}

std::vector<const char*> GlxGraphicsPlugin::requiredExtensions() const {
    return {XR_KHR_OPENGL_ENABLE_EXTENSION_NAME};
}

Expected<void> GlxGraphicsPlugin::prepare(XrInstance instance, XrSystemId system) {
    if (!makeCurrent())
        return fail(QStringLiteral("the headset's GL context cannot be made current"));
    if (auto req = checkRequirements(instance, system); !req) return req;
    auto binding = makeXlibBinding();
    if (!binding) return binding.unexpected();
    m_binding = std::move(*binding);
    return {};
}

const void* GlxGraphicsPlugin::sessionBinding() const {
    return m_binding ? sessionBindingOf(*m_binding) : nullptr;
}

}  // namespace omk::xr
