#pragma once
// Parsing of the `omnikast` sub-commands' arguments into plain structs. Kept free of I/O so the
// parsers can be unit-tested and fuzzed; every failure is a one-line reason.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "xr/VideoLayer.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace omk::cli {

// Projection/stereo forced by the user; unset fields keep what the file says.
struct SphericalOverride {
    std::optional<Projection> projection;
    std::optional<StereoLayout> stereo;
};

struct ProbeOptions {
    QString input;
    bool json = false;
    SphericalOverride override;
};

struct SnapshotOptions {
    QString input;
    QString output;
    double at = 0;
    ViewParams view;
    QSize size{1280, 720};
    SphericalOverride override;
};

struct BenchOptions {
    QString input;
    QSize size{1280, 720};
    long long frames = -1;  // -1: the whole input
    bool json = false;
    QString sampling = QStringLiteral("auto");  // auto | shader | cpu (render::SamplingPath)
};

struct XrOptions {
    QString input;
    long long frames = 120;  // frames submitted with a projection layer, then exit
    double seconds = 0;      // > 0: exit after this long even with fewer frames
    bool json = false;
    QString snapshotEyes;  // directory for left.png / right.png of the last frame; empty: none
    SphericalOverride override;
    // The projection layer (the sphere drawn per eye), or the runtime's equirect layer where it
    // has XR_KHR_composition_layer_equirect2.
    xr::VideoLayer layer = xr::VideoLayer::Projection;
};

struct PlayOptions {
    QString input;  // empty: the generated demo
    SphericalOverride override;
};

Expected<QSize> parseSize(const QString& text);
Expected<ProbeOptions> parseProbeArgs(const QStringList& args);
Expected<SnapshotOptions> parseSnapshotArgs(const QStringList& args);
Expected<BenchOptions> parseBenchArgs(const QStringList& args);
Expected<PlayOptions> parsePlayArgs(const QStringList& args);
Expected<XrOptions> parseXrArgs(const QStringList& args);
// `xr-check`: the options of `xr` that make sense for the demo; no INPUT (input stays empty).
Expected<XrOptions> parseXrCheckArgs(const QStringList& args);

// Applies a user override on top of what the media engine detected.
SphericalInfo applyOverride(SphericalInfo detected, const SphericalOverride& o);

}  // namespace omk::cli
