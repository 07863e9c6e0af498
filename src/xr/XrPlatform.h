#pragma once
// The one place OpenXR's platform header is included, with the bindings Omnikast uses enabled:
// XR_MNDX_egl_enable (XrGraphicsBindingEGLMNDX) and XR_KHR_opengl_enable (swapchain images and
// graphics requirements). Debian's 1.0.20 headers already declare XrGraphicsBindingEGLMNDX.

// Mesa's eglplatform.h pulls in Xlib otherwise, whose macros (None, Bool, Status) break Qt.
#ifndef EGL_NO_X11
#define EGL_NO_X11
#endif
#include <EGL/egl.h>

#define XR_USE_PLATFORM_EGL
#define XR_USE_GRAPHICS_API_OPENGL
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include <QString>

namespace omk::xr {

// An OpenXR input/output structure with its type set and everything else zero, as the API
// requires (and without brace-initialising only the first member, which -Wextra rejects).
template <class T>
T xrStruct(XrStructureType type) {
    T t{};
    t.type = type;
    return t;
}

// "XR_ERROR_SESSION_LOST" for a result code, without needing an instance (xrResultToString does).
QString resultName(XrResult result);
QString sessionStateName(XrSessionState state);

}  // namespace omk::xr
