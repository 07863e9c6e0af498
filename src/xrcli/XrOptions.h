#pragma once
// The options of `omnikast xr` and `omnikast xr-check`, parsed by cli's argument walker; apart
// from the headless commands so that they, and replay and preflight, link no OpenXR.
// Threading: none (pure functions).

#include "cli/CliOptions.h"
#include "core/Expected.h"
#include "xr/VideoLayer.h"

#include <QString>
#include <QStringList>

namespace omk::xrcli {

struct XrOptions {
    QString input;
    long long frames = 120;  // frames submitted with a projection layer, then exit
    double seconds = 0;      // > 0: exit after this long even with fewer frames
    bool json = false;
    QString snapshotEyes;  // directory for left.png / right.png of the last frame; empty: none
    cli::SphericalOverride override;
    // The projection layer (the sphere drawn per eye), or the runtime's equirect layer where it
    // has XR_KHR_composition_layer_equirect2.
    xr::VideoLayer layer = xr::VideoLayer::Projection;
};

Expected<XrOptions> parseXrArgs(const QStringList& args);
// `xr-check`: the options of `xr` that make sense for the demo; no INPUT (input stays empty).
Expected<XrOptions> parseXrCheckArgs(const QStringList& args);

}  // namespace omk::xrcli
