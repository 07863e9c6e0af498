#include "replay/Options.h"

#include "cli/CliOptions.h"

#include <QHash>

#include <cmath>
#include <functional>

namespace omk::replay {

namespace {

// Both commands' flags as a table: switches, flags that take a value, and (replay only) the
// positional argument. Unknown flags and missing values fail the same way for both.
struct FlagTable {
    QHash<QString, std::function<void()>> switches;
    QHash<QString, std::function<Expected<void>(const QString& flag, const QString& value)>> valued;
    std::function<Expected<void>(const QString&)> positional;  // null: none accepted
};

Expected<void> walk(const QStringList& args, const FlagTable& table) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (auto sw = table.switches.constFind(a); sw != table.switches.constEnd()) {
            (*sw)();
            continue;
        }
        if (table.positional && !a.startsWith(QLatin1Char('-'))) {
            if (auto ok = table.positional(a); !ok) return ok;
            continue;
        }
        const auto handler = table.valued.constFind(a);
        if (handler == table.valued.constEnd())
            return fail(QStringLiteral("unknown argument \"%1\"").arg(a));
        if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
            return fail(QStringLiteral("%1 needs a value").arg(a));
        if (auto ok = (*handler)(a, args.at(++i)); !ok) return ok;
    }
    return {};
}

Expected<double> positiveSeconds(const QString& name, const QString& text) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return fail(QStringLiteral("%1: expected a positive number of seconds, got \"%2\"")
                        .arg(name, text));
    return v;
}

// A handler storing the value as it is.
auto into(QString& target) {
    return [&target](const QString&, const QString& v) -> Expected<void> {
        target = v;
        return {};
    };
}

// A handler storing positive seconds.
auto secondsInto(double& target) {
    return [&target](const QString& flag, const QString& v) -> Expected<void> {
        auto d = positiveSeconds(flag, v);
        if (!d) return d.unexpected();
        target = *d;
        return {};
    };
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
    FlagTable t;
    t.switches = {{QStringLiteral("--json"), [&] { o.json = true; }},
                  {QStringLiteral("--no-progress"), [&] { o.progress = false; }}};
    t.valued = {{QStringLiteral("--server"),
                 [&](const QString&, const QString& v) -> Expected<void> {
                     auto url = webSocketUrl(v);
                     if (!url) return url.unexpected();
                     o.url = *url;
                     o.server = v;
                     return {};
                 }},
                {QStringLiteral("--room"), into(o.room)},
                {QStringLiteral("--duration"), secondsInto(o.duration)},
                {QStringLiteral("-o"), into(o.output)},
                {QStringLiteral("--output"), into(o.output)},
                {QStringLiteral("--name"), into(o.guestName)},
                {QStringLiteral("--token"), into(o.token)}};
    if (auto ok = walk(args, t); !ok) return ok.unexpected();
    if (o.server.isEmpty()) return fail(QStringLiteral("--server URL is required"));
    if (o.room.isEmpty()) return fail(QStringLiteral("--room is required"));
    if (o.output.isEmpty()) return fail(QStringLiteral("-o FILE is required"));
    return o;
}

Expected<ReplayOptions> parseReplayArgs(const QStringList& args) {
    ReplayOptions o;
    bool headless = false;
    FlagTable t;
    t.switches = {{QStringLiteral("--headless"), [&] { headless = true; }},
                  {QStringLiteral("--json"), [&] { o.json = true; }},
                  {QStringLiteral("--no-progress"), [&] { o.progress = false; }}};
    t.positional = [&](const QString& a) -> Expected<void> {
        if (!o.recording.isEmpty())
            return fail(
                QStringLiteral("one recording at a time (\"%1\" and \"%2\")").arg(o.recording, a));
        o.recording = a;
        return {};
    };
    t.valued = {
        {QStringLiteral("--speed"),
         [&](const QString&, const QString& v) -> Expected<void> {
             if (v != QLatin1String("1") && v != QLatin1String("max"))
                 return fail(QStringLiteral("--speed: expected 1 or max, got \"%1\"").arg(v));
             o.paced = v == QLatin1String("1");
             return {};
         }},
        {QStringLiteral("--camera"), into(o.camera)},
        {QStringLiteral("--snapshots"), into(o.snapshotsDir)},
        {QStringLiteral("--every"), secondsInto(o.every)},
        {QStringLiteral("--report"), into(o.report)},
        {QStringLiteral("--fps"),
         [&](const QString& flag, const QString& v) -> Expected<void> {
             auto d = positiveSeconds(flag, v);
             if (!d || *d > 240)
                 return fail(QStringLiteral("--fps: expected 1 to 240, got \"%1\"").arg(v));
             o.fps = *d;
             return {};
         }},
        {QStringLiteral("--size"), [&](const QString&, const QString& v) -> Expected<void> {
             auto size = cli::parseSize(v);
             if (!size) return fail(QStringLiteral("--size: ") + size.error().message);
             o.size = *size;
             return {};
         }}};
    if (auto ok = walk(args, t); !ok) return ok.unexpected();
    if (o.recording.isEmpty()) return fail(QStringLiteral("a recording FILE is required"));
    if (!headless)
        return fail(QStringLiteral("--headless is required (a windowed replay is not available)"));
    if (o.report.isEmpty()) return fail(QStringLiteral("--report REPORT.json is required"));
    if (o.snapshotsDir.isEmpty() != (o.every == 0))
        return fail(QStringLiteral("--snapshots DIR and --every SECONDS go together"));
    return o;
}

}  // namespace omk::replay
