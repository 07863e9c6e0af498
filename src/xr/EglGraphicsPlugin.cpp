#include "xr/EglGraphicsPlugin.h"

#include "xr/Log.h"

namespace omk::xr {

Expected<std::unique_ptr<EglGraphicsPlugin>> EglGraphicsPlugin::create() {
    auto ctx = render::EglHeadlessContext::create();
    if (!ctx) return ctx.unexpected();
    std::unique_ptr<EglGraphicsPlugin> plugin(new EglGraphicsPlugin);
    plugin->m_context = std::move(*ctx);
    return plugin;
}

EglGraphicsPlugin::~EglGraphicsPlugin() {
    if (m_context && m_context->makeCurrent()) release();
}

std::vector<const char*> EglGraphicsPlugin::requiredExtensions() const {
    return {XR_MNDX_EGL_ENABLE_EXTENSION_NAME, XR_KHR_OPENGL_ENABLE_EXTENSION_NAME};
}

Expected<void> EglGraphicsPlugin::prepare(XrInstance instance, XrSystemId system) {
    if (auto r = m_context->makeCurrent(); !r) return r;
    if (auto req = checkRequirements(instance, system); !req) return req;
    m_binding = xrStruct<XrGraphicsBindingEGLMNDX>(XR_TYPE_GRAPHICS_BINDING_EGL_MNDX);
    m_binding.getProcAddress = reinterpret_cast<PFNEGLGETPROCADDRESSPROC>(
        render::EglHeadlessContext::procAddressFunction());
    m_binding.display = static_cast<EGLDisplay>(m_context->eglDisplay());
    m_binding.config = static_cast<EGLConfig>(m_context->eglConfig());
    m_binding.context = static_cast<EGLContext>(m_context->eglContext());
    return {};
}

}  // namespace omk::xr
