#pragma once
// The graphics API half of an OpenXR program, as the SDK's hello_xr splits it: which instance
// extensions the binding needs, the binding chained to xrCreateSession, the swapchain format and
// how to draw into a swapchain image. Two, both OpenGL (GlGraphicsPlugin): EglGraphicsPlugin
// (XR_MNDX_egl_enable) and GlxGraphicsPlugin (XR_KHR_opengl_enable's Xlib binding).
// Threading: every call on the thread that owns the graphics context (the frame loop's).

#include "core/Expected.h"
#include "xr/XrPlatform.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <cstdint>
#include <vector>

namespace omk::xr {

class GraphicsPlugin {
public:
    virtual ~GraphicsPlugin() = default;

    virtual QString name() const = 0;
    // Instance extensions the binding cannot work without.
    virtual std::vector<const char*> requiredExtensions() const = 0;
    // After xrGetSystem, before xrCreateSession (the specification requires the call): checks the
    // runtime's API version bounds against the context and makes the context current.
    virtual Expected<void> prepare(XrInstance instance, XrSystemId system) = 0;
    // The XrGraphicsBinding* structure chained to XrSessionCreateInfo; valid after prepare().
    virtual const void* sessionBinding() const = 0;
    // The colour format to create swapchains with, from the runtime's list (its preference
    // first); 0 when none will do.
    virtual int64_t chooseColorFormat(const std::vector<int64_t>& offered) const = 0;
    // The images of a swapchain, as the API's handles (GL texture names).
    virtual Expected<std::vector<uint32_t>> swapchainImages(XrSwapchain swapchain) = 0;
    // Makes image (one of swapchainImages()) the target of the next draw, viewport (0, 0, size).
    virtual Expected<void> bindImage(uint32_t image, QSize size) = 0;
    // What the bound image holds now, top row first; for checks and snapshots, not per frame.
    virtual QImage readBoundImage(QSize size) = 0;
    // Done drawing into the bound image (before xrReleaseSwapchainImage).
    virtual void unbindImage() = 0;
    // Waits until the graphics API has carried out everything asked of it so far; for timing a
    // draw (XrProgram::setEyeTiming), never needed for correctness.
    virtual void finish() {}
    // Deletes the plugin's own graphics objects; the context stays.
    virtual void release() = 0;
};

}  // namespace omk::xr
