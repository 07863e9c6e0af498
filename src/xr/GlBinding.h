#pragma once
// Which OpenGL binding the window's headset session uses. Desktop runtimes offer
// XR_KHR_opengl_enable's Xlib binding (SteamVR offers nothing else), so on X11 that is the
// choice, on a GLX context of Qt's; XR_MNDX_egl_enable on our own EGL context serves elsewhere
// (Wayland, no display) and where the runtime offers it. OMNIKAST_XR_BINDING (egl or xlib)
// overrides the choice, for checking one binding on a runtime that offers both.
// Threading: none (a pure function).

#include "core/Expected.h"

#include <QString>

namespace omk::xr {

enum class GlBinding { Egl, Xlib };

// "egl" or "xlib", as OMNIKAST_XR_BINDING names them.
QString bindingName(GlBinding binding);
// offersEgl: XR_MNDX_egl_enable (with XR_KHR_opengl_enable); offersOpenGl: XR_KHR_opengl_enable;
// platform: Qt's platform name ("xcb" is X11); requested: OMNIKAST_XR_BINDING, empty to choose.
Expected<GlBinding> chooseGlBinding(bool offersEgl, bool offersOpenGl, const QString& platform,
                                    const QString& requested);

}  // namespace omk::xr
