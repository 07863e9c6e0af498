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

// Options shared by every command that picks a projection.
Expected<bool> takeOverride(const QString& opt, Args& a, SphericalOverride& o) {
    if (opt == QLatin1String("--projection")) {
        auto v = a.valueFor(opt);
        if (!v) return v.unexpected();
        auto p = parseProjection(*v);
        if (!p) return p.unexpected();
        o.projection = *p;
        return true;
    }
    if (opt == QLatin1String("--stereo")) {
        auto v = a.valueFor(opt);
        if (!v) return v.unexpected();
        auto s = parseStereo(*v);
        if (!s) return s.unexpected();
        o.stereo = *s;
        return true;
    }
    return false;
}

Expected<void> setInput(QString& input, const QString& arg) {
    if (arg.startsWith(QLatin1String("--")) && arg.size() > 2)
        return fail(QStringLiteral("unknown option %1").arg(arg));
    if (!input.isEmpty()) return fail(QStringLiteral("unexpected extra argument '%1'").arg(arg));
    input = arg;
    return {};
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
    Args a(args);
    while (!a.atEnd()) {
        const QString arg = a.next();
        auto over = takeOverride(arg, a, o.override);
        if (!over) return over.unexpected();
        if (*over) continue;
        if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (auto r = setInput(o.input, arg); !r) {
            return r.unexpected();
        }
    }
    if (o.input.isEmpty()) return fail(QStringLiteral("probe needs an INPUT"));
    return o;
}

Expected<SnapshotOptions> parseSnapshotArgs(const QStringList& args) {
    SnapshotOptions o;
    Args a(args);
    while (!a.atEnd()) {
        const QString arg = a.next();
        auto over = takeOverride(arg, a, o.override);
        if (!over) return over.unexpected();
        if (*over) continue;

        struct NumberOption {
            const char* name;
            double* target;
            double lo, hi;
        };
        const NumberOption numbers[] = {
            {"--at", &o.at, 0, 1e9},
            {"--yaw", &o.view.yaw, -3600, 3600},
            {"--pitch", &o.view.pitch, -90, 90},
            {"--roll", &o.view.roll, -3600, 3600},
            {"--fov", &o.view.fov, 1, 179},
        };
        bool handled = false;
        for (const auto& n : numbers) {
            if (arg != QLatin1String(n.name)) continue;
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            auto d = parseNumber(arg, *v, n.lo, n.hi);
            if (!d) return d.unexpected();
            *n.target = *d;
            handled = true;
        }
        if (handled) continue;

        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            o.output = *v;
        } else if (arg == QLatin1String("--size")) {
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            auto s = parseSize(*v);
            if (!s) return s.unexpected();
            o.size = *s;
        } else if (arg == QLatin1String("--eye")) {
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            auto e = parseEye(*v);
            if (!e) return e.unexpected();
            o.view.eye = *e;
        } else if (auto r = setInput(o.input, arg); !r) {
            return r.unexpected();
        }
    }
    if (o.input.isEmpty()) return fail(QStringLiteral("snapshot needs an INPUT"));
    if (o.output.isEmpty()) return fail(QStringLiteral("snapshot needs -o OUT.png"));
    return o;
}

Expected<BenchOptions> parseBenchArgs(const QStringList& args) {
    BenchOptions o;
    Args a(args);
    while (!a.atEnd()) {
        const QString arg = a.next();
        if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (arg == QLatin1String("--size")) {
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            auto s = parseSize(*v);
            if (!s) return s.unexpected();
            o.size = *s;
        } else if (arg == QLatin1String("--frames")) {
            auto v = a.valueFor(arg);
            if (!v) return v.unexpected();
            auto n = parseNumber(arg, *v, 1, 1e9);
            if (!n) return n.unexpected();
            o.frames = static_cast<long long>(*n);
        } else if (auto r = setInput(o.input, arg); !r) {
            return r.unexpected();
        }
    }
    if (o.input.isEmpty()) return fail(QStringLiteral("bench needs an INPUT"));
    return o;
}

Expected<PlayOptions> parsePlayArgs(const QStringList& args) {
    PlayOptions o;
    Args a(args);
    while (!a.atEnd()) {
        const QString arg = a.next();
        auto over = takeOverride(arg, a, o.override);
        if (!over) return over.unexpected();
        if (*over) continue;
        if (auto r = setInput(o.input, arg); !r) return r.unexpected();
    }
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
