#pragma once
// Parsing of the `omnikast` sub-commands' arguments into plain structs. Kept free of I/O so the
// parsers can be unit-tested and fuzzed; every failure is a one-line reason.

#include "core/Expected.h"
#include "core/Spherical.h"

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

struct PlayOptions {
    QString input;  // empty: the generated demo
    SphericalOverride override;
};

Expected<QSize> parseSize(const QString& text);
Expected<ProbeOptions> parseProbeArgs(const QStringList& args);
Expected<SnapshotOptions> parseSnapshotArgs(const QStringList& args);
Expected<BenchOptions> parseBenchArgs(const QStringList& args);
Expected<PlayOptions> parsePlayArgs(const QStringList& args);

// Applies a user override on top of what the media engine detected.
SphericalInfo applyOverride(SphericalInfo detected, const SphericalOverride& o);

}  // namespace omk::cli
