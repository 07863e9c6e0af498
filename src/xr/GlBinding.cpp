#include "xr/GlBinding.h"

namespace omk::xr {

QString bindingName(GlBinding binding) {
    return binding == GlBinding::Xlib ? QStringLiteral("xlib") : QStringLiteral("egl");
}

Expected<GlBinding> chooseGlBinding(bool offersEgl, bool offersOpenGl, const QString& platform,
                                    const QString& requested) {
    const bool x11 = platform == QLatin1String("xcb");
    const bool xlib = x11 && offersOpenGl;
    if (requested == QLatin1String("egl")) {
        if (offersEgl) return GlBinding::Egl;
        return fail(
            QStringLiteral("OMNIKAST_XR_BINDING=egl, but the OpenXR runtime does not offer "
                           "XR_MNDX_egl_enable"));
    }
    if (requested == QLatin1String("xlib")) {
        if (xlib) return GlBinding::Xlib;
        return fail(
            x11 ? QStringLiteral("OMNIKAST_XR_BINDING=xlib, but the OpenXR runtime does "
                                 "not offer XR_KHR_opengl_enable")
                : QStringLiteral("OMNIKAST_XR_BINDING=xlib needs X11; the window runs on %1")
                      .arg(platform));
    }
    if (!requested.isEmpty())
        return fail(
            QStringLiteral("OMNIKAST_XR_BINDING must be egl or xlib, not \"%1\"").arg(requested));
    if (xlib) return GlBinding::Xlib;
    if (offersEgl) return GlBinding::Egl;
    return fail(
        x11 ? QStringLiteral("the OpenXR runtime does not offer OpenGL "
                             "(XR_KHR_opengl_enable), which Omnikast draws with")
            : QStringLiteral("on %1 the window needs OpenGL through EGL "
                             "(XR_MNDX_egl_enable), which the OpenXR runtime does not offer")
                  .arg(platform));
}

}  // namespace omk::xr
