#pragma once
// XrGraphicsBindingOpenGLXlibKHR for a GLX context, built in a file of its own: Xlib's macros
// (None, Bool, Status...) break Qt's headers, so no header of ours includes Xlib, and the binding
// is handed around as the opaque pointer xrCreateSession takes.
// Threading: the thread where the GLX context is current.

#include "core/Expected.h"

#include <memory>

namespace omk::xr {

struct XlibBinding;
struct XlibBindingDeleter {
    void operator()(XlibBinding* b) const;
};
using XlibBindingPtr = std::unique_ptr<XlibBinding, XlibBindingDeleter>;

// For the GLX context current on this thread (its display, drawable, FBConfig and visual).
Expected<XlibBindingPtr> makeXlibBinding();
// The XrGraphicsBindingOpenGLXlibKHR to chain to XrSessionCreateInfo.
const void* sessionBindingOf(const XlibBinding& binding);

}  // namespace omk::xr
