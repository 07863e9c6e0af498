#include "render/EglContext.h"

#include "render/Log.h"

#define GL_GLEXT_PROTOTYPES
#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <GL/glcorearb.h>

#include <QStringList>

#include <cstring>
#include <vector>

namespace omk::render {
namespace {

bool hasExtension(const char* list, const char* name) {
    if (!list) return false;
    const size_t len = std::strlen(name);
    for (const char* p = list; (p = std::strstr(p, name)) != nullptr; p += len) {
        const bool startOk = p == list || p[-1] == ' ';
        const bool endOk = p[len] == '\0' || p[len] == ' ';
        if (startOk && endOk) return true;
    }
    return false;
}

QString eglErrorString() {
    return QStringLiteral("EGL error 0x%1").arg(eglGetError(), 0, 16);
}

struct Candidate {
    EGLDisplay display;
    QString platform;
};

std::vector<Candidate> candidateDisplays() {
    std::vector<Candidate> out;
    const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    auto getPlatformDisplay = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(
        eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (getPlatformDisplay && hasExtension(clientExts, "EGL_MESA_platform_surfaceless")) {
        EGLDisplay d =
            getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (d != EGL_NO_DISPLAY) out.push_back({d, QStringLiteral("surfaceless")});
    }
    auto queryDevices =
        reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
    if (getPlatformDisplay && queryDevices && hasExtension(clientExts, "EGL_EXT_platform_device")) {
        EGLDeviceEXT devices[8];
        EGLint count = 0;
        if (queryDevices(8, devices, &count)) {
            for (EGLint i = 0; i < count; ++i) {
                EGLDisplay d = getPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
                if (d != EGL_NO_DISPLAY) out.push_back({d, QStringLiteral("device %1").arg(i)});
            }
        }
    }
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    if (d != EGL_NO_DISPLAY) out.push_back({d, QStringLiteral("default display")});
    return out;
}

struct CreatedContext {
    EGLContext context;
    EGLConfig config;
};

// Creates a GL 3.3 core (or GLES 3.0) context on an initialised display, or says why it could
// not.
Expected<CreatedContext> createContext(EGLDisplay display, EglHeadlessContext::Api api) {
    const bool gles = api == EglHeadlessContext::Api::Gles30;
    const char* exts = eglQueryString(display, EGL_EXTENSIONS);
    if (!hasExtension(exts, "EGL_KHR_surfaceless_context"))
        return fail(QStringLiteral("EGL_KHR_surfaceless_context is not supported"));
    if (!eglBindAPI(gles ? EGL_OPENGL_ES_API : EGL_OPENGL_API))
        return fail(QStringLiteral("%1 is not supported (%2)")
                        .arg(gles ? QStringLiteral("OpenGL ES") : QStringLiteral("desktop OpenGL"),
                             eglErrorString()));

    EGLConfig config = nullptr;
    // A surface type mask of 0 matches every config; the default (window) would reject all
    // configs on the surfaceless platform.
    const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, gles ? EGL_OPENGL_ES3_BIT : EGL_OPENGL_BIT,
                                    EGL_SURFACE_TYPE, 0, EGL_NONE};
    EGLint numConfigs = 0;
    if (!eglChooseConfig(display, configAttribs, &config, 1, &numConfigs) || numConfigs < 1) {
        if (!hasExtension(exts, "EGL_KHR_no_config_context"))
            return fail(QStringLiteral("no OpenGL-capable EGL config"));
        config = EGL_NO_CONFIG_KHR;
    }
    const EGLint desktopAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                     3,
                                     EGL_CONTEXT_MINOR_VERSION,
                                     3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                     EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_NONE};
    const EGLint glesAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 0,
                                  EGL_NONE};
    const EGLint* contextAttribs = gles ? glesAttribs : desktopAttribs;
    EGLContext ctx = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttribs);
    if (ctx == EGL_NO_CONTEXT)
        return fail(
            QStringLiteral("cannot create an %1 context (%2)")
                .arg(gles ? QStringLiteral("OpenGL ES 3.0") : QStringLiteral("OpenGL 3.3 core"),
                     eglErrorString()));
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
        const QString err = eglErrorString();
        eglDestroyContext(display, ctx);
        return fail(
            QStringLiteral("cannot make the context current without a surface (%1)").arg(err));
    }
    return CreatedContext{ctx, config};
}

}  // namespace

Expected<std::unique_ptr<EglHeadlessContext>> EglHeadlessContext::create(Api api) {
    QStringList reasons;
    for (const Candidate& c : candidateDisplays()) {
        EGLint major = 0, minor = 0;
        if (!eglInitialize(c.display, &major, &minor)) {
            reasons << QStringLiteral("%1: eglInitialize failed (%2)")
                           .arg(c.platform, eglErrorString());
            continue;
        }
        auto ctx = createContext(c.display, api);
        if (!ctx) {
            reasons << QStringLiteral("%1: %2").arg(c.platform, ctx.error().message);
            continue;
        }
        std::unique_ptr<EglHeadlessContext> out(new EglHeadlessContext);
        out->m_display = c.display;
        out->m_context = ctx->context;
        out->m_config = ctx->config;
        out->m_platform = c.platform;
        qCDebug(lcRender) << "headless GL:" << out->description();
        return out;
    }
    if (reasons.isEmpty()) reasons << QStringLiteral("no EGL display is available");
    return fail(QStringLiteral("Cannot create a headless OpenGL context: %1.")
                    .arg(reasons.join(QStringLiteral("; "))));
}

EglHeadlessContext::~EglHeadlessContext() {
    if (eglGetCurrentContext() == m_context)
        eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(m_display, m_context);
    // No eglTerminate: EGL hands every caller the same display, and terminating it would
    // invalidate other contexts in the process.
}

EglHeadlessContext::ProcAddressFunction EglHeadlessContext::procAddressFunction() {
    return &eglGetProcAddress;
}

Expected<void> EglHeadlessContext::makeCurrent() {
    if (!eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_context))
        return fail(
            QStringLiteral("cannot make the headless context current (%1)").arg(eglErrorString()));
    return {};
}

QString EglHeadlessContext::description() const {
    auto str = [](GLenum name) {
        const auto* s = reinterpret_cast<const char*>(glGetString(name));
        return s ? QString::fromUtf8(s) : QStringLiteral("?");
    };
    return QStringLiteral("%1, OpenGL %2 (EGL %3)")
        .arg(str(GL_RENDERER), str(GL_VERSION), m_platform);
}

}  // namespace omk::render
