#pragma once
// What every OpenGL binding shares (XR_KHR_opengl_enable's swapchain images and graphics
// requirements, and drawing into an image through a framebuffer of our own); the subclasses
// differ only in the context they bring and the binding structure they chain to the session:
// EglGraphicsPlugin (XR_MNDX_egl_enable, no display needed) and GlxGraphicsPlugin (Xlib,
// from Qt's GLX context in the window).
// Threading: create and use on one thread; the context is current there.

#include "render/GlObject.h"
#include "xr/GraphicsPlugin.h"

namespace omk::xr {

class GlGraphicsPlugin : public GraphicsPlugin {
public:
    // The subclass released the framebuffer while its context was current, or the context is
    // gone and the framebuffer with it.
    ~GlGraphicsPlugin() override { m_fbo.abandon(); }
    int64_t chooseColorFormat(const std::vector<int64_t>& offered) const override;
    Expected<std::vector<uint32_t>> swapchainImages(XrSwapchain swapchain) override;
    Expected<void> bindImage(uint32_t image, QSize size) override;
    QImage readBoundImage(QSize size) override;
    void unbindImage() override;
    void finish() override;
    void release() override;

protected:
    // With the context current: the runtime's OpenGL version bounds against the context's
    // (xrGetOpenGLGraphicsRequirementsKHR, which the specification requires before a session).
    static Expected<void> checkRequirements(XrInstance instance, XrSystemId system);

private:
    render::GlFramebuffer m_fbo;
};

}  // namespace omk::xr
