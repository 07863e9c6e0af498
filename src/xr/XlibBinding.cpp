// Qt first: Xlib's macros must not reach its headers.
#include "xr/XlibBinding.h"

#include <QString>

#include <GL/glx.h>
#include <X11/Xlib.h>

#define XR_USE_PLATFORM_XLIB
#define XR_USE_GRAPHICS_API_OPENGL
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

namespace omk::xr {

struct XlibBinding {
    XrGraphicsBindingOpenGLXlibKHR binding{};
};

void XlibBindingDeleter::operator()(XlibBinding* b) const {
    delete b;
}

Expected<XlibBindingPtr> makeXlibBinding() {
    Display* display = glXGetCurrentDisplay();
    GLXContext context = glXGetCurrentContext();
    GLXDrawable drawable = glXGetCurrentDrawable();
    if (!display || !context || !drawable)
        return fail(QStringLiteral("no GLX context is current (the window does not use GLX)"));
    int configId = 0, screen = 0;
    if (glXQueryContext(display, context, GLX_FBCONFIG_ID, &configId) != Success ||
        glXQueryContext(display, context, GLX_SCREEN, &screen) != Success)
        return fail(QStringLiteral("the GLX context does not say its framebuffer configuration"));
    const int wanted[] = {GLX_FBCONFIG_ID, configId, None};
    int count = 0;
    GLXFBConfig* configs = glXChooseFBConfig(display, screen, wanted, &count);
    if (!configs || count < 1) {
        if (configs) XFree(configs);
        return fail(QStringLiteral("GLX has no framebuffer configuration %1").arg(configId));
    }
    XlibBindingPtr out(new XlibBinding);
    auto& b = out->binding;
    b.type = XR_TYPE_GRAPHICS_BINDING_OPENGL_XLIB_KHR;
    b.xDisplay = display;
    b.glxFBConfig = configs[0];
    b.glxDrawable = drawable;
    b.glxContext = context;
    int visual = 0;
    glXGetFBConfigAttrib(display, configs[0], GLX_VISUAL_ID, &visual);
    b.visualid = uint32_t(visual);
    XFree(configs);
    return out;
}

const void* sessionBindingOf(const XlibBinding& binding) {
    return &binding.binding;
}

}  // namespace omk::xr
