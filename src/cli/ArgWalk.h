#pragma once
// The argument walker behind every sub-command's option parser: options as values, every
// failure a one-line reason naming the option. Shared by cli's parsers and xrcli's.
// Threading: none (pure functions).

#include "cli/CliOptions.h"
#include "core/Expected.h"

#include <QString>
#include <QStringList>

#include <cmath>

namespace omk::cli::args {

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

inline Expected<double> parseNumber(const QString& option, const QString& text, double lo,
                                    double hi) {
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

inline auto number(const char* option, double lo, double hi) {
    return [=](const QString& text) { return parseNumber(QLatin1String(option), text, lo, hi); };
}

inline Expected<QString> anyText(const QString& text) {
    return text;
}

// Options shared by every command that picks a projection.
inline Expected<bool> takeOverride(const QString& arg, Args& a, SphericalOverride& o) {
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

inline Expected<void> setInput(QString& input, const QString& arg) {
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

}  // namespace omk::cli::args
