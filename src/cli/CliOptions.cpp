#include "cli/CliOptions.h"

#include "cli/ArgWalk.h"

#include <QRegularExpression>

namespace omk::cli {

using namespace args;

Expected<QSize> parseSize(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return fail(QStringLiteral("size '%1' is not WIDTHxHEIGHT").arg(text));
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > 16384 || h > 16384)
        return fail(QStringLiteral("size '%1' is outside 16x16..16384x16384").arg(text));
    return QSize(w, h);
}

Expected<ProbeOptions> parseProbeArgs(const QStringList& args) {
    ProbeOptions o;
    auto r = walk(args, o.input, [&](const QString& arg, Args& a) -> Expected<bool> {
        if (arg == QLatin1String("--json")) return o.json = true;
        return takeOverride(arg, a, o.override);
    });
    if (!r) return r.unexpected();
    if (o.input.isEmpty()) return fail(QStringLiteral("probe needs an INPUT"));
    return o;
}

Expected<SnapshotOptions> parseSnapshotArgs(const QStringList& args) {
    SnapshotOptions o;
    auto r = walk(args, o.input, [&](const QString& arg, Args& a) {
        return anyOf(
            [&] { return takeOverride(arg, a, o.override); },
            [&] { return takeValue(arg, "--at", a, number("--at", 0, 1e9), o.at); },
            [&] { return takeValue(arg, "--yaw", a, number("--yaw", -3600, 3600), o.view.yaw); },
            [&] { return takeValue(arg, "--pitch", a, number("--pitch", -90, 90), o.view.pitch); },
            [&] { return takeValue(arg, "--roll", a, number("--roll", -3600, 3600), o.view.roll); },
            [&] { return takeValue(arg, "--fov", a, number("--fov", 1, 179), o.view.fov); },
            [&] { return takeValue(arg, "-o", a, anyText, o.output); },
            [&] { return takeValue(arg, "--output", a, anyText, o.output); },
            [&] { return takeValue(arg, "--size", a, parseSize, o.size); },
            [&] { return takeValue(arg, "--eye", a, parseEye, o.view.eye); });
    });
    if (!r) return r.unexpected();
    if (o.input.isEmpty()) return fail(QStringLiteral("snapshot needs an INPUT"));
    if (o.output.isEmpty()) return fail(QStringLiteral("snapshot needs -o OUT.png"));
    return o;
}

Expected<QString> parseSampling(const QString& text) {
    if (text == QLatin1String("auto") || text == QLatin1String("shader") ||
        text == QLatin1String("cpu"))
        return text;
    return fail(QStringLiteral("--sampling must be auto, shader or cpu, not \"%1\"").arg(text));
}

Expected<BenchOptions> parseBenchArgs(const QStringList& args) {
    BenchOptions o;
    double frames = -1;
    auto r = walk(args, o.input, [&](const QString& arg, Args& a) -> Expected<bool> {
        if (arg == QLatin1String("--json")) return o.json = true;
        return anyOf(
            [&] { return takeValue(arg, "--size", a, parseSize, o.size); },
            [&] { return takeValue(arg, "--frames", a, number("--frames", 1, 1e9), frames); },
            [&] { return takeValue(arg, "--sampling", a, parseSampling, o.sampling); });
    });
    if (!r) return r.unexpected();
    if (o.input.isEmpty()) return fail(QStringLiteral("bench needs an INPUT"));
    o.frames = static_cast<long long>(frames);
    return o;
}

Expected<PlayOptions> parsePlayArgs(const QStringList& args) {
    PlayOptions o;
    auto r = walk(args, o.input,
                  [&](const QString& arg, Args& a) { return takeOverride(arg, a, o.override); });
    if (!r) return r.unexpected();
    return o;
}

SphericalInfo applyOverride(SphericalInfo detected, const SphericalOverride& o) {
    if (o.projection) {
        detected.projection = *o.projection;
        detected.projectionSource = InfoSource::Override;
    }
    if (o.stereo) {
        detected.stereo = *o.stereo;
        detected.stereoSource = InfoSource::Override;
    }
    return detected;
}

}  // namespace omk::cli
