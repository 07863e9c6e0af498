#include "xr/RuntimeProbe.h"

#include "xr/Log.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace omk::xr {
namespace {

// Where the OpenXR loader looks on Linux when XR_RUNTIME_JSON is unset (loader documentation,
// "Active Runtime Location"): the XDG config home, the XDG config dirs, then /etc.
QStringList manifestCandidates() {
    const QString rel = QStringLiteral("/openxr/1/active_runtime.json");
    QStringList out;
    QString home = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (home.isEmpty()) home = QDir::homePath() + QStringLiteral("/.config");
    out << home + rel;
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty()) dirs = QStringLiteral("/etc/xdg");
    for (const QString& d : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) out << d + rel;
    out << QStringLiteral("/etc") + rel;
    return out;
}

QString instanceFailure(XrResult r) {
    switch (r) {
        case XR_ERROR_RUNTIME_UNAVAILABLE:
        case XR_ERROR_RUNTIME_FAILURE:
        case XR_ERROR_INSTANCE_LOST:
            return QStringLiteral("the OpenXR runtime failed to load (%1)").arg(resultName(r));
        case XR_ERROR_EXTENSION_NOT_PRESENT:
            return QStringLiteral("the OpenXR runtime lacks an extension Omnikast needs (%1)")
                .arg(resultName(r));
        default:
            return QStringLiteral("the OpenXR runtime refused to start (%1)").arg(resultName(r));
    }
}

}  // namespace

Expected<QString> findRuntimeManifest() {
    const QString env = qEnvironmentVariable("XR_RUNTIME_JSON");
    if (!env.isEmpty()) {
        if (!QFileInfo(env).isFile())
            return fail(QStringLiteral("XR_RUNTIME_JSON names %1, which does not exist").arg(env));
        return env;
    }
    for (const QString& c : manifestCandidates())
        if (QFileInfo(c).isFile()) return c;
    return fail(
        QStringLiteral("no OpenXR runtime is installed (set XR_RUNTIME_JSON or install one)"));
}

Expected<QStringList> offeredExtensions() {
    uint32_t count = 0;
    XrResult r = xrEnumerateInstanceExtensionProperties(nullptr, 0, &count, nullptr);
    if (XR_FAILED(r)) return fail(instanceFailure(r));
    std::vector<XrExtensionProperties> props(
        count, xrStruct<XrExtensionProperties>(XR_TYPE_EXTENSION_PROPERTIES));
    r = xrEnumerateInstanceExtensionProperties(nullptr, count, &count, props.data());
    if (XR_FAILED(r)) return fail(instanceFailure(r));
    QStringList out;
    for (uint32_t i = 0; i < count; ++i) out << QString::fromUtf8(props[i].extensionName);
    return out;
}

Expected<XrInstance> createInstance(const std::vector<const char*>& extensions) {
    auto ci = xrStruct<XrInstanceCreateInfo>(XR_TYPE_INSTANCE_CREATE_INFO);
    std::strncpy(ci.applicationInfo.applicationName, "Omnikast", XR_MAX_APPLICATION_NAME_SIZE - 1);
    std::strncpy(ci.applicationInfo.engineName, "Omnikast", XR_MAX_ENGINE_NAME_SIZE - 1);
    ci.applicationInfo.applicationVersion = 1;
    ci.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 20);
    ci.enabledExtensionCount = uint32_t(extensions.size());
    ci.enabledExtensionNames = extensions.data();
    XrInstance instance = XR_NULL_HANDLE;
    const XrResult r = xrCreateInstance(&ci, &instance);
    if (XR_FAILED(r)) return fail(instanceFailure(r));
    return instance;
}

Expected<XrSystemId> headMountedSystem(XrInstance instance) {
    auto gi = xrStruct<XrSystemGetInfo>(XR_TYPE_SYSTEM_GET_INFO);
    gi.formFactor = XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY;
    XrSystemId system = XR_NULL_SYSTEM_ID;
    const XrResult r = xrGetSystem(instance, &gi, &system);
    if (r == XR_ERROR_FORM_FACTOR_UNAVAILABLE)
        return fail(QStringLiteral("no headset is connected (the OpenXR runtime reports none)"));
    if (XR_FAILED(r))
        return fail(QStringLiteral("the OpenXR runtime offers no headset (%1)").arg(resultName(r)));
    return system;
}

void describeRuntime(XrInstance instance, XrSystemId system, RuntimeInfo& info) {
    auto ip = xrStruct<XrInstanceProperties>(XR_TYPE_INSTANCE_PROPERTIES);
    if (XR_SUCCEEDED(xrGetInstanceProperties(instance, &ip))) {
        info.runtimeName = QString::fromUtf8(ip.runtimeName);
        info.runtimeVersion = QStringLiteral("%1.%2.%3")
                                  .arg(XR_VERSION_MAJOR(ip.runtimeVersion))
                                  .arg(XR_VERSION_MINOR(ip.runtimeVersion))
                                  .arg(XR_VERSION_PATCH(ip.runtimeVersion));
    }
    auto sp = xrStruct<XrSystemProperties>(XR_TYPE_SYSTEM_PROPERTIES);
    if (XR_SUCCEEDED(xrGetSystemProperties(instance, system, &sp)))
        info.systemName = QString::fromUtf8(sp.systemName);
}

Expected<RuntimeInfo> probeRuntime() {
    if (auto manifest = findRuntimeManifest(); !manifest) return manifest.unexpected();
    auto extensions = offeredExtensions();
    if (!extensions) return extensions.unexpected();
    RuntimeInfo info;
    info.extensions = *extensions;
    info.supportsEgl = extensions->contains(QLatin1String(XR_MNDX_EGL_ENABLE_EXTENSION_NAME)) &&
                       extensions->contains(QLatin1String(XR_KHR_OPENGL_ENABLE_EXTENSION_NAME));
    info.supportsEquirect2 =
        extensions->contains(QLatin1String(XR_KHR_COMPOSITION_LAYER_EQUIRECT2_EXTENSION_NAME));
    if (!extensions->contains(QLatin1String(XR_KHR_OPENGL_ENABLE_EXTENSION_NAME)))
        return fail(QStringLiteral(
            "the OpenXR runtime does not offer OpenGL (XR_KHR_opengl_enable), which Omnikast "
            "draws with"));
    auto instance = createInstance({});
    if (!instance) return instance.unexpected();
    auto system = headMountedSystem(*instance);
    if (system) describeRuntime(*instance, *system, info);
    xrDestroyInstance(*instance);
    if (!system) return system.unexpected();
    qCDebug(lcXr) << "runtime" << info.runtimeName << "system" << info.systemName;
    return info;
}

}  // namespace omk::xr
