#pragma once
// OpenGL through XR_MNDX_egl_enable on our headless EGL context: runs with no window and no
// display server (the CLI's `xr` command, tests against Monado). XR_KHR_opengl_enable is enabled
// beside it for the swapchain image type and xrGetOpenGLGraphicsRequirementsKHR, which Monado's
// EGL path requires before xrCreateSession.
// Threading: create and use on one thread; the context is current there.

#include "render/EglContext.h"
#include "xr/GlGraphicsPlugin.h"

#include <memory>

namespace omk::xr {

class EglGraphicsPlugin final : public GlGraphicsPlugin {
public:
    // Creates the EGL context (desktop GL 3.3 core), current on the calling thread.
    static Expected<std::unique_ptr<EglGraphicsPlugin>> create();
    ~EglGraphicsPlugin() override;

    render::EglHeadlessContext& context() { return *m_context; }

    QString name() const override { return QStringLiteral("OpenGL (EGL)"); }
    std::vector<const char*> requiredExtensions() const override;
    Expected<void> prepare(XrInstance instance, XrSystemId system) override;
    const void* sessionBinding() const override { return &m_binding; }

private:
    EglGraphicsPlugin() = default;
    std::unique_ptr<render::EglHeadlessContext> m_context;
    XrGraphicsBindingEGLMNDX m_binding{};
};

}  // namespace omk::xr
