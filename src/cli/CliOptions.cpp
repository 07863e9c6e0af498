#include "cli/CliOptions.h"

#include <QRegularExpression>

#include <cmath>

namespace omk::cli {
namespace {

// A tiny argument walker: QCommandLineParser prints and exits on its own terms, and we want
// every failure as a value naming the offending option.
class Args {
public:
    explicit Args(const QStringList& args) : m_args(args) {}
    bool atEnd() const { return m_i >= m_args.size(); }
    QString next() { return m_args.at(m_i++); }
    Expected<QString> valueFor(const QString& option) {
        if (atEnd()) return fail(QStringLiteral("option %1 needs a value").arg(option));
        return next();
    }

private:
    const QStringList& m_args;
    qsizetype m_i = 0;
};

Expected<double> parseNumber(const QString& option, const QString& text, double lo, double hi) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return fail(QStringLiteral("%1: '%2' is not a number").arg(option, text));
    if (v < lo || v > hi)
        return fail(QStringLiteral("%1: %2 is outside %3..%4").arg(option, text).arg(lo).arg(hi));
    return v;
}

// `--name VALUE`: if arg is this option, parses its value into target and says so.
template <class T, class Parse>
Expected<bool> takeValue(const QString& arg, const char* name, Args& a, Parse parse, T& target) {
    if (arg != QLatin1String(name)) return false;
    auto value = a.valueFor(arg);
    if (!value) return value.unexpected();
    auto parsed = parse(*value);
    if (!parsed) return parsed.unexpected();
    target = *parsed;
    return true;
}

auto number(const char* option, double lo, double hi) {
    return [=](const QString& text) { return parseNumber(QLatin1String(option), text, lo, hi); };
}

Expected<QString> anyText(const QString& text) {
    return text;
}

// Options shared by every command that picks a projection.
Expected<bool> takeOverride(const QString& arg, Args& a, SphericalOverride& o) {
    Projection p{};
    auto projection = takeValue(arg, "--projection", a, parseProjection, p);
    if (!projection || *projection) {
        if (projection) o.projection = p;
        return projection;
    }
    StereoLayout st{};
    auto stereo = takeValue(arg, "--stereo", a, parseStereo, st);
    if (stereo && *stereo) o.stereo = st;
    return stereo;
}

Expected<void> setInput(QString& input, const QString& arg) {
    if (arg.startsWith(QLatin1String("--")) && arg.size() > 2)
        return fail(QStringLiteral("unknown option %1").arg(arg));
    if (!input.isEmpty()) return fail(QStringLiteral("unexpected extra argument '%1'").arg(arg));
    input = arg;
    return {};
}

// Walks the arguments: each is offered to `option` (which says whether it took it), then
// treated as the input.
template <class Option>
Expected<void> walk(const QStringList& args, QString& input, Option option) {
    Args a(args);
    while (!a.atEnd()) {
        const QString arg = a.next();
        auto taken = option(arg, a);
        if (!taken) return taken.unexpected();
        if (*taken) continue;
        if (auto r = setInput(input, arg); !r) return r;
    }
    return {};
}

// The first option that takes arg, or an error from the first that fails.
template <class... Takes>
Expected<bool> anyOf(Takes... takes) {
    Expected<bool> result = false;
    ((result = takes(), !result || *result) || ...);
    return result;
}

}  // namespace

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
