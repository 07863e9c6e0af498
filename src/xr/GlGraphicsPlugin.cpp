#include "xr/GlGraphicsPlugin.h"

#include "render/OffscreenTarget.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::xr {

Expected<void> GlGraphicsPlugin::checkRequirements(XrInstance instance, XrSystemId system) {
    PFN_xrGetOpenGLGraphicsRequirementsKHR getRequirements = nullptr;
    XrResult r = xrGetInstanceProcAddr(instance, "xrGetOpenGLGraphicsRequirementsKHR",
                                       reinterpret_cast<PFN_xrVoidFunction*>(&getRequirements));
    if (XR_FAILED(r) || !getRequirements)
        return fail(QStringLiteral("the runtime has no xrGetOpenGLGraphicsRequirementsKHR (%1)")
                        .arg(resultName(r)));
    auto req = xrStruct<XrGraphicsRequirementsOpenGLKHR>(XR_TYPE_GRAPHICS_REQUIREMENTS_OPENGL_KHR);
    r = getRequirements(instance, system, &req);
    if (XR_FAILED(r))
        return fail(
            QStringLiteral("xrGetOpenGLGraphicsRequirementsKHR failed (%1)").arg(resultName(r)));
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    const XrVersion have = XR_MAKE_VERSION(major, minor, 0);
    if (have < req.minApiVersionSupported)
        return fail(QStringLiteral("the runtime needs OpenGL %1.%2; this context has %3.%4")
                        .arg(XR_VERSION_MAJOR(req.minApiVersionSupported))
                        .arg(XR_VERSION_MINOR(req.minApiVersionSupported))
                        .arg(major)
                        .arg(minor));
    return {};
}

int64_t GlGraphicsPlugin::chooseColorFormat(const std::vector<int64_t>& offered) const {
    // The renderer writes gamma-encoded colour (video code values). An sRGB image tells the
    // compositor so, with GL_FRAMEBUFFER_SRGB left off so GL stores the values unchanged; a
    // linear RGBA8 image would be read as linear light and look washed out.
    for (int64_t want : {int64_t(GL_SRGB8_ALPHA8), int64_t(GL_RGBA8)})
        for (int64_t f : offered)
            if (f == want) return f;
    return 0;
}

Expected<std::vector<uint32_t>> GlGraphicsPlugin::swapchainImages(XrSwapchain swapchain) {
    uint32_t count = 0;
    XrResult r = xrEnumerateSwapchainImages(swapchain, 0, &count, nullptr);
    if (XR_FAILED(r))
        return fail(QStringLiteral("xrEnumerateSwapchainImages failed (%1)").arg(resultName(r)));
    std::vector<XrSwapchainImageOpenGLKHR> images(
        count, xrStruct<XrSwapchainImageOpenGLKHR>(XR_TYPE_SWAPCHAIN_IMAGE_OPENGL_KHR));
    r = xrEnumerateSwapchainImages(swapchain, count, &count,
                                   reinterpret_cast<XrSwapchainImageBaseHeader*>(images.data()));
    if (XR_FAILED(r))
        return fail(QStringLiteral("xrEnumerateSwapchainImages failed (%1)").arg(resultName(r)));
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < count; ++i) out.push_back(images[i].image);
    return out;
}

Expected<void> GlGraphicsPlugin::bindImage(uint32_t image, QSize size) {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.ensure());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, image, 0);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return fail(QStringLiteral("cannot draw into swapchain image %1 (framebuffer status 0x%2)")
                        .arg(image)
                        .arg(status, 0, 16));
    }
    // The image is sRGB: GL must store what the renderer writes, not encode it again.
    glDisable(GL_FRAMEBUFFER_SRGB);
    glViewport(0, 0, size.width(), size.height());
    return {};
}

QImage GlGraphicsPlugin::readBoundImage(QSize size) {
    return render::readFramebuffer(m_fbo.get(), size);
}

void GlGraphicsPlugin::unbindImage() {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, 0, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void GlGraphicsPlugin::finish() {
    glFinish();
}

void GlGraphicsPlugin::release() {
    m_fbo.reset();
}

}  // namespace omk::xr
