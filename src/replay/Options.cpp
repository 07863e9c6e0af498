#include "replay/Options.h"

#include "cli/CliOptions.h"

#include <cmath>

namespace omk::replay {

namespace {

// The value after option `name` at args[i], or why there is none.
Expected<QString> valueOf(const QStringList& args, qsizetype& i) {
    if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
        return fail(QStringLiteral("%1 needs a value").arg(args.at(i)));
    return args.at(++i);
}

Expected<double> positiveSeconds(const QString& name, const QString& text) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return fail(QStringLiteral("%1: expected a positive number of seconds, got \"%2\"")
                        .arg(name, text));
    return v;
}

}  // namespace

Expected<QUrl> webSocketUrl(const QString& server) {
    QUrl url(server, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("--server: \"%1\" is not a ws:// or http:// URL").arg(server));
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss")) return url;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(QStringLiteral("--server: \"%1\" is not a ws:// or http:// URL").arg(server));
    url.setScheme(scheme == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) path.chop(1);
    url.setPath(path + QStringLiteral("/ws"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Expected<RecordOptions> parseRecordArgs(const QStringList& args) {
    RecordOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json")) {
            o.json = true;
            continue;
        }
        if (a == QLatin1String("--no-progress")) {
            o.progress = false;
            continue;
        }
        const bool known = a == QLatin1String("--server") || a == QLatin1String("--room") ||
                           a == QLatin1String("--duration") || a == QLatin1String("-o") ||
                           a == QLatin1String("--output") || a == QLatin1String("--name") ||
                           a == QLatin1String("--token");
        if (!known) return fail(QStringLiteral("unknown argument \"%1\"").arg(a));
        auto v = valueOf(args, i);
        if (!v) return v.unexpected();
        if (a == QLatin1String("--server")) {
            auto url = webSocketUrl(*v);
            if (!url) return url.unexpected();
            o.url = *url;
            o.server = *v;
        } else if (a == QLatin1String("--room")) {
            o.room = *v;
        } else if (a == QLatin1String("--duration")) {
            auto d = positiveSeconds(a, *v);
            if (!d) return d.unexpected();
            o.duration = *d;
        } else if (a == QLatin1String("--name")) {
            o.guestName = *v;
        } else if (a == QLatin1String("--token")) {
            o.token = *v;
        } else {
            o.output = *v;
        }
    }
    if (o.server.isEmpty()) return fail(QStringLiteral("--server URL is required"));
    if (o.room.isEmpty()) return fail(QStringLiteral("--room is required"));
    if (o.output.isEmpty()) return fail(QStringLiteral("-o FILE is required"));
    return o;
}

Expected<ReplayOptions> parseReplayArgs(const QStringList& args) {
    ReplayOptions o;
    bool headless = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--headless")) {
            headless = true;
            continue;
        }
        if (a == QLatin1String("--json")) {
            o.json = true;
            continue;
        }
        if (a == QLatin1String("--no-progress")) {
            o.progress = false;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            if (!o.recording.isEmpty())
                return fail(QStringLiteral("one recording at a time (\"%1\" and \"%2\")")
                                .arg(o.recording, a));
            o.recording = a;
            continue;
        }
        const bool known = a == QLatin1String("--speed") || a == QLatin1String("--camera") ||
                           a == QLatin1String("--snapshots") || a == QLatin1String("--every") ||
                           a == QLatin1String("--report") || a == QLatin1String("--fps") ||
                           a == QLatin1String("--size");
        if (!known) return fail(QStringLiteral("unknown argument \"%1\"").arg(a));
        auto v = valueOf(args, i);
        if (!v) return v.unexpected();
        if (a == QLatin1String("--speed")) {
            if (*v == QLatin1String("1"))
                o.paced = true;
            else if (*v == QLatin1String("max"))
                o.paced = false;
            else
                return fail(QStringLiteral("--speed: expected 1 or max, got \"%1\"").arg(*v));
        } else if (a == QLatin1String("--camera")) {
            o.camera = *v;
        } else if (a == QLatin1String("--snapshots")) {
            o.snapshotsDir = *v;
        } else if (a == QLatin1String("--every")) {
            auto d = positiveSeconds(a, *v);
            if (!d) return d.unexpected();
            o.every = *d;
        } else if (a == QLatin1String("--report")) {
            o.report = *v;
        } else if (a == QLatin1String("--fps")) {
            auto d = positiveSeconds(a, *v);
            if (!d || *d > 240)
                return fail(QStringLiteral("--fps: expected 1 to 240, got \"%1\"").arg(*v));
            o.fps = *d;
        } else {
            auto size = cli::parseSize(*v);
            if (!size) return fail(QStringLiteral("--size: ") + size.error().message);
            o.size = *size;
        }
    }
    if (o.recording.isEmpty()) return fail(QStringLiteral("a recording FILE is required"));
    if (!headless)
        return fail(QStringLiteral("--headless is required (a windowed replay is not available)"));
    if (o.report.isEmpty()) return fail(QStringLiteral("--report REPORT.json is required"));
    if (o.snapshotsDir.isEmpty() != (o.every == 0))
        return fail(QStringLiteral("--snapshots DIR and --every SECONDS go together"));
    return o;
}

}  // namespace omk::replay
