#pragma once
// A desktop OpenGL 3.3 core context with no window and no surface, for tests, the CLI and
// thumbnailing. Works on Mesa (llvmpipe or hardware) and NVIDIA without an X server.
// Threading: create, use and destroy on one thread; makeCurrent() binds it to the caller.

#include "core/Expected.h"

#include <QString>

#include <memory>

namespace omk::render {

class EglHeadlessContext {
public:
    // Tries, in order: Mesa's surfaceless platform, the EGL device platform (NVIDIA servers),
    // then EGL_DEFAULT_DISPLAY. The context is current on the calling thread on success.
    // Desktop OpenGL 3.3 core is what Omnikast draws with. GLES 3.0 is what a headset runtime
    // on a phone-class device offers; tests use it to keep the shaders GLES-clean.
    enum class Api { DesktopCore33, Gles30 };
    static Expected<std::unique_ptr<EglHeadlessContext>> create(Api api = Api::DesktopCore33);
    ~EglHeadlessContext();
    EglHeadlessContext(const EglHeadlessContext&) = delete;
    EglHeadlessContext& operator=(const EglHeadlessContext&) = delete;

    Expected<void> makeCurrent();
    // "GL_RENDERER, GL_VERSION" plus which EGL platform was used; needs the context current.
    QString description() const;
    // The EGL objects, for bindings that hand the context to someone else (OpenXR's
    // XR_MNDX_egl_enable); EGLDisplay, EGLConfig (EGL_NO_CONFIG_KHR where the driver chose
    // none) and EGLContext, kept opaque so EGL headers stay out of users.
    void* eglDisplay() const { return m_display; }
    void* eglConfig() const { return m_config; }
    void* eglContext() const { return m_context; }
    // eglGetProcAddress, as a binding that wants the loader function takes it.
    using ProcAddressFunction = void (*(*)(const char*))();
    static ProcAddressFunction procAddressFunction();

private:
    EglHeadlessContext() = default;

    void* m_display = nullptr;  // EGLDisplay; kept opaque so EGL headers stay out of users
    void* m_config = nullptr;   // EGLConfig
    void* m_context = nullptr;  // EGLContext
    QString m_platform;
};

}  // namespace omk::render
