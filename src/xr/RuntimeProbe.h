#pragma once
// Whether VR can run here, and if not, why, in one sentence the UI and the CLI show as they are
// ("no OpenXR runtime is installed (set XR_RUNTIME_JSON or install one)").

#include "core/Expected.h"
#include "xr/XrPlatform.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace omk::xr {

struct RuntimeInfo {
    QString runtimeName;             // "Monado(XRT) by Collabora et al '...'"
    QString runtimeVersion;          // "21.0.0"
    QString systemName;              // "Monado: Simulated HMD"
    QStringList extensions;          // instance extensions the runtime offers
    bool supportsEgl = false;        // XR_MNDX_egl_enable with XR_KHR_opengl_enable
    bool supportsEquirect2 = false;  // XR_KHR_composition_layer_equirect2
};

// The runtime manifest the loader will use, checked before the loader runs so a missing
// runtime is one sentence of ours rather than the loader's own log lines on stderr.
Expected<QString> findRuntimeManifest();
// Loads the runtime, asks for a head-mounted system and what it offers, and lets it go again.
Expected<RuntimeInfo> probeRuntime();

// Shared with XrProgram: instance creation with the given extensions, and its failure sentence.
Expected<XrInstance> createInstance(const std::vector<const char*>& extensions);
Expected<QStringList> offeredExtensions();
// Fills runtimeName/Version/systemName for an instance and system.
void describeRuntime(XrInstance instance, XrSystemId system, RuntimeInfo& info);
// xrGetSystem for a head-mounted display, with the reason in words when there is none.
Expected<XrSystemId> headMountedSystem(XrInstance instance);

}  // namespace omk::xr
