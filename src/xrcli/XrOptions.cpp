#include "xrcli/XrOptions.h"

#include "cli/ArgWalk.h"

namespace omk::xrcli {

using namespace cli::args;

Expected<XrOptions> parseXrArgs(const QStringList& args) {
    XrOptions o;
    double frames = double(o.frames);
    auto r = walk(args, o.input, [&](const QString& arg, Args& a) -> Expected<bool> {
        if (arg == QLatin1String("--json")) return o.json = true;
        return anyOf(
            [&] { return takeValue(arg, "--frames", a, number("--frames", 1, 1e7), frames); },
            [&] {
                return takeValue(arg, "--seconds", a, number("--seconds", 0.1, 86400), o.seconds);
            },
            [&] { return takeValue(arg, "--snapshot-eyes", a, anyText, o.snapshotEyes); },
            [&] { return takeValue(arg, "--layer", a, xr::parseVideoLayer, o.layer); },
            [&] { return takeOverride(arg, a, o.override); });
    });
    if (!r) return r.unexpected();
    if (o.input.isEmpty()) return fail(QStringLiteral("xr needs an INPUT"));
    o.frames = static_cast<long long>(frames);
    return o;
}

Expected<XrOptions> parseXrCheckArgs(const QStringList& args) {
    XrOptions o;
    double frames = double(o.frames);
    QString input;
    auto r = walk(args, input, [&](const QString& arg, Args& a) -> Expected<bool> {
        if (arg == QLatin1String("--json")) return o.json = true;
        return anyOf(
            [&] { return takeValue(arg, "--frames", a, number("--frames", 1, 1e7), frames); },
            [&] { return takeValue(arg, "--snapshot-eyes", a, anyText, o.snapshotEyes); },
            [&] { return takeValue(arg, "--layer", a, xr::parseVideoLayer, o.layer); });
    });
    if (!r) return r.unexpected();
    if (!input.isEmpty())
        return fail(
            QStringLiteral("xr-check takes no INPUT (it plays the demo clip; use `omnikast xr %1`)")
                .arg(input));
    o.frames = static_cast<long long>(frames);
    return o;
}

}  // namespace omk::xrcli
