// Which OpenGL binding the window's headset session takes: Xlib on X11 (what desktop runtimes
// offer), EGL elsewhere, OMNIKAST_XR_BINDING to force one, a sentence when none fits.
#include "xr/GlBinding.h"

#include <gtest/gtest.h>

namespace omk::xr {
namespace {

const QString kX11 = QStringLiteral("xcb"), kWayland = QStringLiteral("wayland");

TEST(XrGlBinding, X11TakesXlibAndElsewhereEgl) {
    EXPECT_EQ(*chooseGlBinding(true, true, kX11, {}), GlBinding::Xlib);
    EXPECT_EQ(*chooseGlBinding(false, true, kX11, {}), GlBinding::Xlib) << "SteamVR offers no EGL";
    EXPECT_EQ(*chooseGlBinding(true, true, kWayland, {}), GlBinding::Egl);
}

TEST(XrGlBinding, TheEnvironmentForcesOneWhereItIsOffered) {
    EXPECT_EQ(*chooseGlBinding(true, true, kX11, QStringLiteral("egl")), GlBinding::Egl);
    EXPECT_EQ(*chooseGlBinding(true, true, kX11, QStringLiteral("xlib")), GlBinding::Xlib);
    EXPECT_EQ(bindingName(GlBinding::Xlib), QStringLiteral("xlib"));
    EXPECT_EQ(bindingName(GlBinding::Egl), QStringLiteral("egl"));
}

TEST(XrGlBinding, NoneFittingSaysWhy) {
    EXPECT_EQ(chooseGlBinding(false, true, kWayland, {}).error().message,
              QStringLiteral("on wayland the window needs OpenGL through EGL (XR_MNDX_egl_enable), "
                             "which the OpenXR runtime does not offer"));
    EXPECT_EQ(chooseGlBinding(false, true, kX11, QStringLiteral("egl")).error().message,
              QStringLiteral("OMNIKAST_XR_BINDING=egl, but the OpenXR runtime does not offer "
                             "XR_MNDX_egl_enable"));
    EXPECT_EQ(chooseGlBinding(true, true, kWayland, QStringLiteral("xlib")).error().message,
              QStringLiteral("OMNIKAST_XR_BINDING=xlib needs X11; the window runs on wayland"));
    EXPECT_EQ(chooseGlBinding(true, true, kX11, QStringLiteral("vulkan")).error().message,
              QStringLiteral("OMNIKAST_XR_BINDING must be egl or xlib, not \"vulkan\""));
}

}  // namespace
}  // namespace omk::xr
