#include "preflight/Options.h"

#include <QRegularExpression>

namespace omk::preflight {

const char* const kCheckUsage =
    "Usage: omnikast check EVENT_URL_OR_FILE [--report REPORT.json] [--json] [--snapshots DIR]\n"
    "                      [--timeout SECONDS] [--jobs N] [--streams STREAMS_FILE|URL]\n"
    "  Pre-flights every stream of an event: reachable, decodes, projection, time to first\n"
    "  frame, bitrate, one snapshot. --timeout bounds each stream (default 20 s); --jobs checks\n"
    "  that many streams at once (default 4). Snapshots go to DIR (default: a new\n"
    "  omnikast-check-* directory in the temporary directory); the report names each file.\n"
    "  --streams: the rooms' streams of a schedule that carries none (docs/CATALOG-FORMAT.md).\n"
    "  Exit: 0 every stream passed; 1 bad arguments or the catalog could not be read;\n"
    "        2 the check ran and at least one stream failed.\n";

const char* const kLoadTestUsage =
    "Usage: omnikast loadtest --server URL --room R --clients N [--duration D] [--chat-rate M]\n"
    "                         [--disconnect-fraction F] [--token MODERATOR_TOKEN] [--threads T]\n"
    "                         [--lean-receivers L] [--max-p99-ms MS] [--json]\n"
    "  N protocol clients join room R, chat M messages/s in all (default 10) for D (default\n"
    "  10 s), a fraction F of them (default 0.1) lose their socket half-way and must resume;\n"
    "  L more receivers (default 0) only listen, on raw WebSockets that cost little CPU, so a\n"
    "  large room can be tested from the server's own machine (ws:// only);\n"
    "  with a moderator token (omnikast-server invite --role moderator --room R) the room's\n"
    "  playback is driven too and each client's position is compared with the room's.\n"
    "  Exit: 0 all joined, nothing lost or doubled, all resumed (and p99 within --max-p99-ms);\n"
    "        1 bad arguments; 2 the run completed and some check or threshold failed.\n";

Expected<double> parseSeconds(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:\.\d+)?)(ms|s|m)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return fail(QStringLiteral("\"%1\" is not a duration (30, 30s, 2m, 500ms)").arg(text));
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("ms")) v /= 1000.0;
    if (unit == QLatin1String("m")) v *= 60.0;
    return v;
}

namespace {

// Walks the arguments: flags with a value, boolean flags, and one positional.
class ArgWalker {
public:
    explicit ArgWalker(const QStringList& args) : m_args(args) {}
    bool next() { return ++m_i < m_args.size(); }
    const QString& arg() const { return m_args.at(m_i); }
    Expected<QString> value() {
        if (m_i + 1 >= m_args.size())
            return fail(QStringLiteral("option %1 needs a value").arg(arg()));
        return m_args.at(++m_i);
    }

private:
    const QStringList& m_args;
    qsizetype m_i = -1;
};

Expected<int> toInt(const QString& flag, const QString& v, int min, int max) {
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < min || n > max)
        return fail(QStringLiteral("%1: expected a whole number from %2 to %3")
                        .arg(flag)
                        .arg(min)
                        .arg(max));
    return n;
}

Expected<double> toDouble(const QString& flag, const QString& v, double min, double max) {
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || d < min || d > max)
        return fail(
            QStringLiteral("%1: expected a number from %2 to %3").arg(flag).arg(min).arg(max));
    return d;
}

}  // namespace

Expected<CheckOptions> parseCheckArgs(const QStringList& args) {
    CheckOptions o;
    ArgWalker w(args);
    while (w.next()) {
        const QString a = w.arg();
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--report") || a == QLatin1String("--snapshots") ||
                   a == QLatin1String("--timeout") || a == QLatin1String("--jobs") ||
                   a == QLatin1String("--streams")) {
            auto v = w.value();
            if (!v) return v.unexpected();
            if (a == QLatin1String("--report")) {
                o.report = *v;
            } else if (a == QLatin1String("--streams")) {
                o.streams = *v;
            } else if (a == QLatin1String("--snapshots")) {
                o.snapshots = *v;
            } else if (a == QLatin1String("--timeout")) {
                auto s = parseSeconds(*v);
                if (!s) return fail(QStringLiteral("--timeout: ") + s.error().message);
                if (*s <= 0) return fail(QStringLiteral("--timeout: must be above 0"));
                o.timeoutS = *s;
            } else {
                auto n = toInt(a, *v, 1, 16);
                if (!n) return n.unexpected();
                o.jobs = *n;
            }
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            return fail(QStringLiteral("unknown option %1").arg(a));
        } else if (!o.input.isEmpty()) {
            return fail(QStringLiteral("unexpected extra argument '%1'").arg(a));
        } else {
            o.input = a;
        }
    }
    if (o.input.isEmpty()) return fail(QStringLiteral("check needs an EVENT_URL_OR_FILE"));
    return o;
}

Expected<LoadTestCommandOptions> parseLoadTestArgs(const QStringList& args) {
    LoadTestCommandOptions o;
    LoadTestOptions& r = o.run;
    QString server;
    ArgWalker w(args);
    while (w.next()) {
        const QString a = w.arg();
        if (a == QLatin1String("--json")) {
            o.json = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--")))
            return fail(QStringLiteral("unexpected argument '%1'").arg(a));
        static const QStringList valued = {
            QStringLiteral("--server"),     QStringLiteral("--room"),
            QStringLiteral("--clients"),    QStringLiteral("--duration"),
            QStringLiteral("--chat-rate"),  QStringLiteral("--disconnect-fraction"),
            QStringLiteral("--token"),      QStringLiteral("--threads"),
            QStringLiteral("--max-p99-ms"), QStringLiteral("--lean-receivers")};
        if (!valued.contains(a)) return fail(QStringLiteral("unknown option %1").arg(a));
        auto v = w.value();
        if (!v) return v.unexpected();
        if (a == QLatin1String("--server")) {
            server = *v;
        } else if (a == QLatin1String("--room")) {
            r.room = *v;
        } else if (a == QLatin1String("--token")) {
            r.token = *v;
        } else if (a == QLatin1String("--clients")) {
            auto n = toInt(a, *v, 1, 100000);
            if (!n) return n.unexpected();
            r.clients = *n;
        } else if (a == QLatin1String("--lean-receivers")) {
            auto n = toInt(a, *v, 0, 100000);
            if (!n) return n.unexpected();
            r.leanReceivers = *n;
        } else if (a == QLatin1String("--threads")) {
            auto n = toInt(a, *v, 1, 64);
            if (!n) return n.unexpected();
            r.threads = *n;
        } else if (a == QLatin1String("--duration")) {
            auto s = parseSeconds(*v);
            if (!s) return fail(QStringLiteral("--duration: ") + s.error().message);
            if (*s <= 0) return fail(QStringLiteral("--duration: must be above 0"));
            r.durationS = *s;
        } else if (a == QLatin1String("--chat-rate")) {
            auto d = toDouble(a, *v, 0.01, 100000);
            if (!d) return d.unexpected();
            r.chatRate = *d;
        } else if (a == QLatin1String("--disconnect-fraction")) {
            auto d = toDouble(a, *v, 0, 1);
            if (!d) return d.unexpected();
            r.disconnectFraction = *d;
        } else {
            auto d = toDouble(a, *v, 0, 1e9);
            if (!d) return d.unexpected();
            r.maxP99Ms = *d;
        }
    }
    if (server.isEmpty()) return fail(QStringLiteral("loadtest needs --server URL"));
    if (r.room.isEmpty()) return fail(QStringLiteral("loadtest needs --room R"));
    if (r.clients < 1) return fail(QStringLiteral("loadtest needs --clients N"));
    auto url = roomServerUrl(server);
    if (!url) return url.unexpected();
    r.server = *url;
    return o;
}

}  // namespace omk::preflight
