#pragma once
// OpenGL through XR_KHR_opengl_enable's Xlib binding, on a GLX context of Qt's (the window's
// platform is xcb): what desktop runtimes that lack XR_MNDX_egl_enable (SteamVR, for one) take.
// The context is the session thread's own QOpenGLContext on an offscreen surface the GUI thread
// made (Qt creates surfaces there only).
// Threading: create and use on one thread; the context is current there.

#include "xr/GlGraphicsPlugin.h"
#include "xr/XlibBinding.h"

#include <memory>

class QOffscreenSurface;
class QOpenGLContext;

namespace omk::xr {

class GlxGraphicsPlugin final : public GlGraphicsPlugin {
public:
    // A desktop GL 3.3 core context of Qt's on `surface`, current on the calling thread. Fails
    // unless Qt's platform uses GLX.
    static Expected<std::unique_ptr<GlxGraphicsPlugin>> create(QOffscreenSurface* surface);
    ~GlxGraphicsPlugin() override;

    QString name() const override { return QStringLiteral("OpenGL (Xlib)"); }
    std::vector<const char*> requiredExtensions() const override;
    Expected<void> prepare(XrInstance instance, XrSystemId system) override;
    const void* sessionBinding() const override;

private:
    GlxGraphicsPlugin() = default;
    bool makeCurrent();
    std::unique_ptr<QOpenGLContext> m_context;
    QOffscreenSurface* m_surface = nullptr;
    XlibBindingPtr m_binding;
};

}  // namespace omk::xr
